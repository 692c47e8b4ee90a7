import type { IntlShape } from 'react-intl';

/** A moment from the api as a Dutch date (and time), in Europe/Amsterdam whatever the browser's zone. */
export function formatMoment(intl: IntlShape, iso: string, withTime = true): string {
  return intl.formatDate(iso, {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  });
}
