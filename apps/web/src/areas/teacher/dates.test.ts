// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addDays, dutchDay, nextSchoolYear, schoolYearOfDay, startOfDutchDay } from './dates';

describe('Dutch days', () => {
  it('start at midnight in Amsterdam, in winter and in summer time', () => {
    expect(startOfDutchDay('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfDutchDay('2026-07-31')).toBe('2026-07-30T22:00:00.000Z');
    // The days the clocks change: midnight is still before the change.
    expect(startOfDutchDay('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDutchDay('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(dutchDay(startOfDutchDay('2026-10-25'))).toBe('2026-10-25');
  });

  it('are counted in Amsterdam, and added across months', () => {
    expect(dutchDay('2026-08-31T22:30:00Z')).toBe('2026-09-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('the next school year', () => {
  it('is the one starting in the coming August', () => {
    expect(nextSchoolYear('2026-03-10')).toEqual({ year: 2026, start: '2026-08-01', end: '2027-07-31' });
    expect(nextSchoolYear('2026-07-31')).toEqual({ year: 2026, start: '2026-08-01', end: '2027-07-31' });
    expect(nextSchoolYear('2026-08-01')).toEqual({ year: 2027, start: '2027-08-01', end: '2028-07-31' });
    expect(nextSchoolYear('2026-12-01')).toEqual({ year: 2027, start: '2027-08-01', end: '2028-07-31' });
    expect(schoolYearOfDay('2027-07-31')).toBe(2026);
  });
});
