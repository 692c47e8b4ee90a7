import type { IntlShape } from 'react-intl';

// How the company pages write dates, money and lists: Dutch, in Dutch time.

export const formatDay = (intl: IntlShape, moment: string) =>
  intl.formatDate(moment, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

export const formatDateTime = (intl: IntlShape, moment: string) =>
  intl.formatDate(moment, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  });

/** 'van 1 maart 2026 tot en met 5 maart 2026', 'vanaf ...', 'tot en met ...'; null without dates. */
export function formatPeriod(intl: IntlShape, from?: string | null, to?: string | null): string | null {
  if (from && to) {
    return intl.formatMessage(
      { id: 'company.period.fromTo' },
      { from: formatDay(intl, from), to: formatDay(intl, to) },
    );
  }
  if (from) return intl.formatMessage({ id: 'company.period.from' }, { from: formatDay(intl, from) });
  if (to) return intl.formatMessage({ id: 'company.period.to' }, { to: formatDay(intl, to) });
  return null;
}

/** 'Gratis' or '€ 12,50'. */
export const formatCost = (intl: IntlShape, euros: number) =>
  euros === 0
    ? intl.formatMessage({ id: 'company.cost.free' })
    : intl.formatNumber(euros, { style: 'currency', currency: 'EUR' });

/** 'havo, vwo en mbo'. */
export const formatList = (intl: IntlShape, items: string[]) =>
  intl.formatList(items, { type: 'conjunction' });
