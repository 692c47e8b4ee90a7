// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  activityFormSchema,
  EMPTY_ACTIVITY,
  formValuesOf,
  parseDecimal,
  toCreateInput,
  toUpdateInput,
  type ActivityFormValues,
} from './activity-form';

const NOW = new Date('2026-03-10T10:00:00Z');

const VALID: ActivityFormValues = {
  ...EMPTY_ACTIVITY,
  title: '  Gastles waterstof ',
  description: 'Een ingenieur vertelt over waterstof.',
  type: 'GUEST_LESSON',
  programme: 'JET_NET',
  levels: ['HAVO', 'VWO'],
  delivery: 'AT_SCHOOL',
  locationId: 'loc-1',
  costEuros: '0',
};

// The message ids of the problems, by field, as the form shows them.
function problems(values: Partial<ActivityFormValues>): Record<string, string> {
  const result = activityFormSchema(NOW).safeParse({ ...VALID, ...values });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('the activity form checks', () => {
  it('accept a complete activity and trim its texts', () => {
    const result = activityFormSchema(NOW).parse(VALID);
    expect(result.title).toBe('Gastles waterstof');
  });

  it('ask for everything the api needs', () => {
    expect(
      activityFormSchema(NOW)
        .safeParse(EMPTY_ACTIVITY)
        .error?.issues.map((i) => i.path[0])
        .sort(),
    ).toEqual(['delivery', 'description', 'levels', 'locationId', 'programme', 'title', 'type'].sort());
  });

  it('keep the title to 1–200 characters and the description to 10,000', () => {
    expect(problems({ title: '   ' })).toEqual({ title: 'company.activityForm.error.titleRequired' });
    expect(problems({ title: 'x'.repeat(201) })).toEqual({
      title: 'company.activityForm.error.titleTooLong',
    });
    expect(problems({ title: 'x'.repeat(200) })).toEqual({});
    expect(problems({ description: 'x'.repeat(10_001) })).toEqual({
      description: 'company.activityForm.error.descriptionTooLong',
    });
  });

  it('take the cost as a Dutch amount from 0 to 100,000 euros', () => {
    expect(problems({ costEuros: '12,50' })).toEqual({});
    expect(problems({ costEuros: '' })).toEqual({ costEuros: 'company.activityForm.error.costEuros' });
    expect(problems({ costEuros: '-5' })).toEqual({ costEuros: 'company.activityForm.error.costEuros' });
    expect(problems({ costEuros: '100001' })).toEqual({ costEuros: 'company.activityForm.error.costEuros' });
    expect(parseDecimal('12,50')).toBe(12.5);
  });

  it('keep optional numbers whole and within the api limits', () => {
    expect(problems({ durationMinutes: '0' })).toEqual({
      durationMinutes: 'company.activityForm.error.durationMinutes',
    });
    expect(problems({ durationMinutes: '44641' })).toEqual({
      durationMinutes: 'company.activityForm.error.durationMinutes',
    });
    expect(problems({ durationMinutes: '1,5' })).toEqual({
      durationMinutes: 'company.activityForm.error.durationMinutes',
    });
    expect(problems({ maxParticipants: '10001' })).toEqual({
      maxParticipants: 'company.activityForm.error.maxParticipants',
    });
    expect(problems({ durationMinutes: '', maxParticipants: '' })).toEqual({});
  });

  it('check the travel distance only for activities at school: more than 0, at most 400 km', () => {
    expect(problems({ maxTravelKm: '401' })).toEqual({
      maxTravelKm: 'company.activityForm.error.maxTravelKm',
    });
    expect(problems({ maxTravelKm: '0' })).toEqual({ maxTravelKm: 'company.activityForm.error.maxTravelKm' });
    expect(problems({ maxTravelKm: '401', delivery: 'ONLINE' })).toEqual({});
  });

  it('keep dates plausible and the end not before the start', () => {
    expect(problems({ startsAt: '2026-05-01', endsAt: '2026-04-30' })).toEqual({
      endsAt: 'company.activityForm.error.endsBeforeStart',
    });
    expect(problems({ startsAt: '2014-12-31' })).toEqual({ startsAt: 'company.activityForm.error.date' });
    expect(problems({ endsAt: '2036-03-11' })).toEqual({ endsAt: 'company.activityForm.error.date' });
    expect(problems({ startsAt: '2026-05-01', endsAt: '2026-05-01' })).toEqual({});
  });
});

describe('the activity form values', () => {
  it('become the api input: empty fields null, days as Dutch moments, no travel off-site', () => {
    const checked = activityFormSchema(NOW).parse({
      ...VALID,
      maxTravelKm: '30',
      costEuros: '7,5',
      startsAt: '2026-06-01',
      endsAt: '2026-06-30',
    });
    expect(toCreateInput(checked)).toEqual({
      title: 'Gastles waterstof',
      description: 'Een ingenieur vertelt over waterstof.',
      type: 'GUEST_LESSON',
      programme: 'JET_NET',
      levels: ['HAVO', 'VWO'],
      targetGroups: [],
      themes: [],
      delivery: 'AT_SCHOOL',
      provinces: null,
      locationId: 'loc-1',
      maxTravelKm: 30,
      durationMinutes: null,
      maxParticipants: null,
      costEuros: 7.5,
      startsAt: '2026-05-31T22:00:00.000Z',
      endsAt: '2026-06-30T21:59:00.000Z',
    });
    const online = toUpdateInput(
      activityFormSchema(NOW).parse({ ...VALID, delivery: 'ONLINE', maxTravelKm: '30' }),
    );
    expect(online.maxTravelKm).toBeNull();
    expect(online).not.toHaveProperty('programme');
  });

  it('are read back from a stored activity (all pupils shown as no choice)', () => {
    const values = formValuesOf({
      title: 'Bedrijfsbezoek',
      description: 'Rondleiding.',
      type: 'COMPANY_VISIT',
      programme: 'TECHNET',
      levels: ['VMBO_BB'],
      targetGroups: ['ALL_PUPILS'],
      themes: ['energie'],
      delivery: 'AT_PROVIDER',
      provinces: ['NOORD_BRABANT'],
      location: { id: 'loc-2' },
      maxTravelKm: null,
      durationMinutes: 90,
      maxParticipants: null,
      costEuros: 12.5,
      startsAt: '2026-05-31T22:00:00.000Z',
      endsAt: null,
    });
    expect(values).toMatchObject({
      targetGroups: [],
      locationId: 'loc-2',
      durationMinutes: '90',
      maxParticipants: '',
      costEuros: '12,5',
      startsAt: '2026-06-01',
      endsAt: '',
    });
    expect(activityFormSchema(NOW).safeParse(values).success).toBe(true);
  });
});
