import { BadInputException, DomainException, ErrorCode, dutchDay } from '@app/core';
import { assertPeriod, daysBetween, schoolYearLabel, schoolYearOf } from './school-year';

const NOW = new Date('2026-03-10T12:00:00Z');

describe('school years', () => {
  it('runs from 1 August to 31 July by the Dutch date', () => {
    expect(schoolYearOf(new Date('2025-08-01'))).toBe(2025);
    expect(schoolYearOf(new Date('2026-07-31'))).toBe(2025);
    // 22:30 UTC on 31 July is already 1 August in Amsterdam.
    expect(schoolYearOf(new Date('2026-07-31T22:30:00Z'))).toBe(2026);
    expect(schoolYearLabel(2025)).toBe('2025/26');
    expect(dutchDay(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(daysBetween('2026-02-28', '2026-03-02')).toBe(2);
  });

  it('accepts a period within one school year that has not ended', () => {
    expect(() => assertPeriod(new Date('2025-08-01'), new Date('2026-07-31'), NOW)).not.toThrow();
    expect(() => assertPeriod(new Date('2026-03-10'), new Date('2026-03-10'), NOW)).not.toThrow();
    expect(() => assertPeriod(new Date('2026-09-01'), new Date('2027-06-30'), NOW)).not.toThrow();
  });

  it.each([
    ['ends before it starts', '2026-05-01', '2026-04-01', 'periodEnd', 'PERIOD_ENDS_BEFORE_START'],
    ['spans two school years', '2026-06-01', '2026-09-30', 'periodEnd', 'PERIOD_SPANS_SCHOOL_YEARS'],
    ['has ended', '2025-09-01', '2026-03-09', 'periodEnd', 'PERIOD_ENDED'],
    ['lies beyond next school year', '2027-09-01', '2027-12-01', 'periodStart', 'PERIOD_TOO_FAR_AHEAD'],
  ])('rejects a period that %s', (_, start, end, field, reason) => {
    try {
      assertPeriod(new Date(start), new Date(end), NOW);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainException);
      expect((error as DomainException).code).toBe(ErrorCode.BAD_USER_INPUT);
      expect((error as DomainException).details).toEqual({ field, reason });
    }
  });

  it('says which date is not a date', () => {
    expect(() => assertPeriod(new Date('no date'), new Date('2026-04-01'), NOW)).toThrow(BadInputException);
  });
});
