import { BadInputException } from '@app/core';

const DUTCH_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Dutch calendar day of an instant, `YYYY-MM-DD` (Europe/Amsterdam). */
export function dutchDay(date: Date): string {
  return DUTCH_DAY.format(date);
}

/** Whole days from day `from` to day `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The school year (1 August – 31 July) of a Dutch day, named by the year it starts: 2025 for 2025/26. */
export function schoolYearOfDay(day: string): number {
  const [year, month] = day.split('-').map(Number);
  return month >= 8 ? year : year - 1;
}

export function schoolYearOf(date: Date): number {
  return schoolYearOfDay(dutchDay(date));
}

/** `2025/26`. */
export function schoolYearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/**
 * A request's or offer's period: it ends on or after it starts, lies within one school year (by the Dutch
 * calendar day, so a date-only value like `2026-07-31` is the last day of 2025/26), has not ended yet, and
 * is at most next school year. Throws BAD_USER_INPUT naming the field.
 */
export function assertPeriod(start: Date, end: Date, now = new Date()): void {
  const bad = (field: string, message: string) => new BadInputException(message, { field });
  if (!(start instanceof Date) || Number.isNaN(start.getTime()))
    throw bad('periodStart', 'periodStart is not a date');
  if (!(end instanceof Date) || Number.isNaN(end.getTime()))
    throw bad('periodEnd', 'periodEnd is not a date');
  if (end < start) throw bad('periodEnd', 'The period ends before it starts');
  const startYear = schoolYearOf(start);
  const endYear = schoolYearOf(end);
  if (startYear !== endYear) {
    throw bad(
      'periodEnd',
      `A period lies within one school year (1 August – 31 July); this one spans ${schoolYearLabel(startYear)} ` +
        `to ${schoolYearLabel(endYear)}`,
    );
  }
  if (dutchDay(end) < dutchDay(now)) throw bad('periodEnd', 'The period has already ended');
  if (startYear > schoolYearOf(now) + 1) {
    throw bad('periodStart', 'Plan at most for next school year');
  }
}
