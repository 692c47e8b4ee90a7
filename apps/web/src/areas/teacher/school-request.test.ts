// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  newRequestValues,
  requestInput,
  schoolRequestSchema,
  type SchoolRequestValues,
} from './school-request';

const t = (id: string, values?: Record<string, string | number>) =>
  values ? `${id} ${JSON.stringify(values)}` : id;
const TODAY = '2026-03-10';

const valid: SchoolRequestValues = {
  type: 'GUEST_LESSON',
  levels: ['HAVO'],
  themes: [],
  sessions: '3',
  periodStart: '2026-08-01',
  periodEnd: '2027-07-31',
};

function problems(values: Partial<SchoolRequestValues>, minSessions = 1) {
  const result = schoolRequestSchema({ t, today: TODAY, minSessions }).safeParse({ ...valid, ...values });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]));
}

describe('a new school request', () => {
  it('is for the next school year by default, one session, and the level when the school has one', () => {
    expect(newRequestValues(TODAY, ['HAVO', 'VWO'])).toEqual({
      type: '',
      levels: [],
      themes: [],
      sessions: '1',
      periodStart: '2026-08-01',
      periodEnd: '2027-07-31',
    });
    expect(newRequestValues('2026-09-15', ['PO_BOVENBOUW'])).toMatchObject({
      levels: ['PO_BOVENBOUW'],
      periodStart: '2027-08-01',
      periodEnd: '2028-07-31',
    });
  });

  it('is sent as the api takes it: days as the start of the Dutch day, sessions as a number', () => {
    expect(requestInput(valid)).toEqual({
      type: 'GUEST_LESSON',
      levels: ['HAVO'],
      themes: [],
      sessions: 3,
      periodStart: '2026-07-31T22:00:00.000Z',
      periodEnd: '2027-07-30T22:00:00.000Z',
    });
  });
});

describe('the checks of a school request', () => {
  it('pass the defaults once a type and level are chosen', () => {
    expect(problems({})).toEqual({});
  });

  it('want a type, a level and 1 to 500 sessions, not fewer than are matched', () => {
    expect(problems({ type: '' })).toEqual({ type: 'teacher.requests.type.required' });
    expect(problems({ levels: [] })).toEqual({ levels: 'teacher.requests.levels.required' });
    expect(problems({ sessions: '0' })).toEqual({
      sessions: 'teacher.requests.sessions.invalid {"max":500}',
    });
    expect(problems({ sessions: '501' })).toEqual({
      sessions: 'teacher.requests.sessions.invalid {"max":500}',
    });
    expect(problems({ sessions: '500' })).toEqual({});
    expect(problems({ sessions: '2' }, 3)).toEqual({
      sessions: 'teacher.requests.sessions.belowMatched {"min":3}',
    });
  });

  it('want a period within one school year, not over, at most next school year', () => {
    expect(problems({ periodEnd: '2026-07-31' })).toEqual({
      periodEnd: 'teacher.requests.period.endBeforeStart',
    });
    expect(problems({ periodStart: '2026-03-10', periodEnd: '2026-09-01' })).toEqual({
      periodEnd: 'teacher.requests.period.spansYears',
    });
    expect(problems({ periodStart: '2025-09-01', periodEnd: '2026-03-09' })).toEqual({
      periodEnd: 'teacher.requests.period.ended',
    });
    expect(problems({ periodStart: '2026-03-10', periodEnd: '2026-03-10' })).toEqual({});
    expect(problems({ periodStart: '2027-08-01', periodEnd: '2028-07-31' })).toEqual({
      periodStart: 'teacher.requests.period.tooFar {"last":"2027-07-31"}',
    });
    expect(problems({ periodStart: '' })).toEqual({ periodStart: 'teacher.requests.date.invalid' });
  });
});
