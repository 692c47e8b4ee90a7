import { describe, expect, it } from 'vitest';
import { bookingSchema, dutchToday, schoolRequestSchema } from './act-for-school';

const NOW = new Date('2026-03-10T10:00:00Z');
const valid = {
  type: 'GUEST_LESSON',
  levels: ['HAVO'],
  themes: [],
  sessions: 2,
  periodStart: '2026-03-10',
  periodEnd: '2026-06-30',
};
const problems = (input: unknown) => {
  const result = schoolRequestSchema(NOW).safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('school request form', () => {
  it('accepts a need within one school year that has not ended', () => {
    expect(problems(valid)).toEqual({});
  });

  it('refuses what the api refuses, naming the field', () => {
    expect(problems({ ...valid, type: '', levels: [] })).toEqual({
      type: 'coordinator.form.error.type',
      levels: 'coordinator.form.error.levels',
    });
    expect(problems({ ...valid, sessions: 0 })).toEqual({ sessions: 'coordinator.form.error.sessions' });
    expect(problems({ ...valid, sessions: 501 })).toEqual({ sessions: 'coordinator.form.error.sessions' });
    expect(problems({ ...valid, sessions: 1.5 })).toEqual({ sessions: 'coordinator.form.error.sessions' });
    expect(problems({ ...valid, sessions: Number.NaN })).toEqual({
      sessions: 'coordinator.form.error.sessions',
    });
    expect(problems({ ...valid, periodEnd: '2026-03-01' })).toEqual({
      periodEnd: 'coordinator.form.error.endBeforeStart',
    });
    expect(problems({ ...valid, periodEnd: '2026-08-01' })).toEqual({
      periodEnd: 'coordinator.form.error.twoYears',
    });
    expect(problems({ ...valid, periodStart: '2026-01-05', periodEnd: '2026-03-09' })).toEqual({
      periodEnd: 'coordinator.form.error.ended',
    });
    expect(problems({ ...valid, periodStart: '2027-09-01', periodEnd: '2027-10-01' })).toEqual({
      periodStart: 'coordinator.form.error.tooFar',
    });
    expect(problems({ ...valid, periodEnd: '' })).toEqual({ periodEnd: 'coordinator.form.error.day' });
  });

  it('takes the last day of July as the end of the school year', () => {
    expect(problems({ ...valid, periodEnd: '2026-07-31' })).toEqual({});
  });
});

describe('booking form', () => {
  const parse = (input: Record<string, unknown>) =>
    bookingSchema(30, NOW).safeParse({
      level: 'HAVO',
      groupSize: 25,
      preferredDate: '',
      message: '',
      ...input,
    });

  it('checks group size against the activity, the date from tomorrow on and the message length', () => {
    expect(parse({}).success).toBe(true);
    expect(parse({ groupSize: 31 }).error?.issues[0].message).toBe('coordinator.form.error.groupSizeMax');
    expect(parse({ groupSize: 0 }).error?.issues[0].message).toBe('coordinator.form.error.groupSize');
    expect(parse({ preferredDate: '2026-03-10' }).error?.issues[0].message).toBe(
      'coordinator.form.error.dateInPast',
    );
    expect(parse({ preferredDate: '2026-03-11' }).success).toBe(true);
    expect(parse({ message: 'x'.repeat(2001) }).error?.issues[0].message).toBe(
      'coordinator.form.error.message',
    );
  });

  it('counts today on the Dutch calendar', () => {
    expect(dutchToday(new Date('2026-03-10T23:30:00Z'))).toBe('2026-03-11');
  });
});
