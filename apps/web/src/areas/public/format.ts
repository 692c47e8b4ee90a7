import type { IntlShape } from 'react-intl';

/** "Gratis", or the cost in euros ("€ 25"). */
export const formatCost = (intl: IntlShape, euros: number) =>
  euros === 0
    ? intl.formatMessage({ id: 'public.cost.free' })
    : intl.formatNumber(euros, { style: 'currency', currency: 'EUR', minimumFractionDigits: 0 });

/** A day in Dutch, in the Netherlands' time zone: "15 september 2026". */
export const formatDay = (intl: IntlShape, iso: string) =>
  intl.formatDate(iso, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

/** A distance: "12 km", "3,4 km" under 10 km. */
export const formatKm = (intl: IntlShape, km: number) =>
  intl.formatMessage(
    { id: 'public.distance.km' },
    { km: intl.formatNumber(km, { maximumFractionDigits: km < 10 ? 1 : 0 }) },
  );
