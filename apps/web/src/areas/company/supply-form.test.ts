// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { newSupplyValues, supplyFormSchema, toCreateSupplyInput, type SupplyFormValues } from './supply-form';

const NOW = new Date('2026-12-03T10:00:00Z');

const VALID: SupplyFormValues = {
  ...newSupplyValues(NOW, 'loc-1'),
  type: 'GUEST_LESSON',
  levels: ['HAVO'],
  sessions: '6',
};

function problems(values: Partial<SupplyFormValues>): Record<string, string> {
  const result = supplyFormSchema(NOW).safeParse({ ...VALID, ...values });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('the supply offer form', () => {
  it('starts today and ends with the school year, 25 km around the location', () => {
    expect(newSupplyValues(NOW)).toMatchObject({
      periodStart: '2026-12-03',
      periodEnd: '2027-07-31',
      maxTravelKm: '25',
    });
    expect(problems({})).toEqual({});
  });

  it('keeps sessions to 1–500 and the distance to more than 0 and at most 400 km', () => {
    expect(problems({ sessions: '0' })).toEqual({ sessions: 'company.supplyForm.error.sessions' });
    expect(problems({ sessions: '501' })).toEqual({ sessions: 'company.supplyForm.error.sessions' });
    expect(problems({ sessions: '2,5' })).toEqual({ sessions: 'company.supplyForm.error.sessions' });
    expect(problems({ maxTravelKm: '400,5' })).toEqual({
      maxTravelKm: 'company.supplyForm.error.maxTravelKm',
    });
    expect(problems({ maxTravelKm: '0' })).toEqual({ maxTravelKm: 'company.supplyForm.error.maxTravelKm' });
  });

  it('keeps the period within one school year, not ended, and at most next school year', () => {
    expect(problems({ periodStart: '2027-03-01', periodEnd: '2027-02-01' })).toEqual({
      periodEnd: 'error.reason.PERIOD_ENDS_BEFORE_START',
    });
    expect(problems({ periodStart: '2027-07-01', periodEnd: '2027-08-15' })).toEqual({
      periodEnd: 'error.reason.PERIOD_SPANS_SCHOOL_YEARS',
    });
    expect(problems({ periodStart: '2026-11-01', periodEnd: '2026-12-02' })).toEqual({
      periodEnd: 'error.reason.PERIOD_ENDED',
    });
    expect(problems({ periodStart: '2028-09-01', periodEnd: '2028-10-01' })).toEqual({
      periodStart: 'error.reason.PERIOD_TOO_FAR_AHEAD',
    });
    expect(problems({ periodStart: '2027-09-01', periodEnd: '2028-07-31' })).toEqual({});
  });

  it('checks the period while other fields still fail, so every problem shows at once', () => {
    expect(problems({ levels: [], periodStart: '2027-03-01', periodEnd: '2027-02-01' })).toEqual({
      levels: 'company.supplyForm.error.levels',
      periodEnd: 'error.reason.PERIOD_ENDS_BEFORE_START',
    });
  });

  it('becomes the api input with Dutch days as moments', () => {
    expect(toCreateSupplyInput(supplyFormSchema(NOW).parse({ ...VALID, maxTravelKm: '60,5' }))).toEqual({
      locationId: 'loc-1',
      type: 'GUEST_LESSON',
      levels: ['HAVO'],
      themes: [],
      sessions: 6,
      maxTravelKm: 60.5,
      periodStart: '2026-12-02T23:00:00.000Z',
      periodEnd: '2027-07-31T21:59:00.000Z',
      activityId: null,
    });
  });
});
