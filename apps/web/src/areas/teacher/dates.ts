import type { IntlShape } from 'react-intl';

// Days as schools count them: calendar days in the Netherlands, whatever the browser's time zone.

export const TIME_ZONE = 'Europe/Amsterdam';

const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const PARTS_FORMAT = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The Dutch calendar day of a moment, as `2026-09-01` (the value of an `<input type="date">`). */
export function dutchDay(moment: Date | string): string {
  return DAY_FORMAT.format(typeof moment === 'string' ? new Date(moment) : moment);
}

/** `2026-09-01` plus `days` days. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

// Minutes the Dutch clock is ahead of UTC at a moment (60 in winter, 120 in summer).
function offsetMinutes(moment: Date): number {
  const parts = Object.fromEntries(PARTS_FORMAT.formatToParts(moment).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - Math.floor(moment.getTime() / 1000) * 1000) / 60_000);
}

/** The start of a Dutch calendar day as an ISO moment (what the api stores for a date without a time). */
export function startOfDutchDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const utcMidnight = Date.UTC(y, m - 1, d);
  return new Date(utcMidnight - offsetMinutes(new Date(utcMidnight)) * 60_000).toISOString();
}

export const isDay = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/** `1 september 2026`, in Dutch time. */
export function formatDay(intl: IntlShape, moment: string | Date): string {
  return intl.formatDate(moment, { dateStyle: 'long', timeZone: TIME_ZONE });
}

/** `1 september 2026 om 14:30`, in Dutch time: for deadlines within a day. */
export function formatDayTime(intl: IntlShape, moment: string | Date): string {
  return intl.formatDate(moment, { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE });
}

/** The school year (1 August – 31 July) of a Dutch day, named by the year it starts: 2025 for 2025/26. */
export function schoolYearOfDay(day: string): number {
  const [year, month] = day.split('-').map(Number);
  return month >= 8 ? year : year - 1;
}

/** `2026/27`. */
export const schoolYearLabel = (year: number): string =>
  `${year}/${String((year + 1) % 100).padStart(2, '0')}`;

/** The first and last day of the school year that starts in the coming August (the next school year). */
export function nextSchoolYear(today: string): { year: number; start: string; end: string } {
  const year = schoolYearOfDay(today) + 1;
  return { year, start: `${year}-08-01`, end: `${year + 1}-07-31` };
}
