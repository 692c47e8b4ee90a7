// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  dutchDayOf,
  endOfDutchDay,
  isDay,
  plausibleDayRange,
  schoolYearOfDay,
  startOfDutchDay,
} from './dates';

describe('Dutch days', () => {
  it('start at midnight in the Netherlands, in winter and in summer time', () => {
    expect(startOfDutchDay('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfDutchDay('2026-07-01')).toBe('2026-06-30T22:00:00.000Z');
    expect(endOfDutchDay('2026-07-01')).toBe('2026-07-01T21:59:00.000Z');
  });

  it('are read back from a moment as the Dutch calendar day', () => {
    expect(dutchDayOf('2026-06-30T22:00:00.000Z')).toBe('2026-07-01');
    expect(dutchDayOf(endOfDutchDay('2026-03-29'))).toBe('2026-03-29');
    expect(dutchDayOf(null)).toBe('');
  });

  it('are real calendar days only', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('28-02-2026')).toBe(false);
  });

  it('belong to the school year that starts on 1 August', () => {
    expect(schoolYearOfDay('2026-07-31')).toBe(2025);
    expect(schoolYearOfDay('2026-08-01')).toBe(2026);
  });

  it('are plausible from 2015 up to ten years ahead', () => {
    expect(plausibleDayRange(new Date('2026-05-01T10:00:00Z'))).toEqual({
      first: '2015-01-01',
      last: '2036-05-01',
    });
  });
});
