import { BadInputException, DomainError, dutchDay } from '@app/core';

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
 * is at most next school year. Throws BAD_USER_INPUT naming the field, with a reason for each rule.
 */
export function assertPeriod(start: Date, end: Date, now = new Date()): void {
  const bad = (field: string, message: string) => new BadInputException(message, { field });
  if (!(start instanceof Date) || Number.isNaN(start.getTime()))
    throw bad('periodStart', 'periodStart is not a date');
  if (!(end instanceof Date) || Number.isNaN(end.getTime()))
    throw bad('periodEnd', 'periodEnd is not a date');
  if (end < start) {
    throw new DomainError('PERIOD_ENDS_BEFORE_START', 'The period ends before it starts', {
      field: 'periodEnd',
    });
  }
  const startYear = schoolYearOf(start);
  const endYear = schoolYearOf(end);
  if (startYear !== endYear) {
    throw new DomainError(
      'PERIOD_SPANS_SCHOOL_YEARS',
      `A period lies within one school year (1 August – 31 July); this one spans ${schoolYearLabel(startYear)} ` +
        `to ${schoolYearLabel(endYear)}`,
      { field: 'periodEnd' },
    );
  }
  if (dutchDay(end) < dutchDay(now)) {
    throw new DomainError('PERIOD_ENDED', 'The period has already ended', { field: 'periodEnd' });
  }
  if (startYear > schoolYearOf(now) + 1) {
    throw new DomainError('PERIOD_TOO_FAR_AHEAD', 'Plan at most for next school year', {
      field: 'periodStart',
    });
  }
}
