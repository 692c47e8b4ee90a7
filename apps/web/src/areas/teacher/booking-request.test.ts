// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  MAX_GROUP,
  maxGroupSize,
  preferredDateRange,
  requestableLevels,
  requestFormSchema,
  type BookableActivity,
  type RequestFormValues,
} from './booking-request';

const t = (id: string, values?: Record<string, string | number>) =>
  values ? `${id} ${JSON.stringify(values)}` : id;

// 10 March 2026, 12:00 in Amsterdam.
const NOW = new Date('2026-03-10T11:00:00Z');

const activity: BookableActivity = {
  levels: ['VWO', 'HAVO', 'VMBO_TL'],
  maxParticipants: 30,
  startsAt: '2026-04-01T08:00:00Z',
  endsAt: '2026-06-30T15:00:00Z',
};

const valid: RequestFormValues = { level: 'HAVO', groupSize: '25', preferredDate: '2026-05-12', message: '' };

function problems(values: Partial<RequestFormValues>, schoolLevels = ['HAVO', 'VWO'], a = activity) {
  const result = requestFormSchema(a, schoolLevels, { t, now: NOW }).safeParse({ ...valid, ...values });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]));
}

describe('the levels of a request', () => {
  it('are those both the activity offers and the school teaches, in the usual order', () => {
    expect(requestableLevels(['VWO', 'HAVO', 'VMBO_TL'], ['HAVO', 'VWO', 'MBO'])).toEqual(['HAVO', 'VWO']);
    expect(requestableLevels(['PO_BOVENBOUW'], ['HAVO'])).toEqual([]);
  });

  it('refuse a level the school does not teach, and no level at all', () => {
    expect(problems({ level: 'VMBO_TL' })).toEqual({ level: 'teacher.request.level.required' });
    expect(problems({ level: '' })).toEqual({ level: 'teacher.request.level.required' });
    expect(problems({ level: 'VWO' })).toEqual({});
  });
});

describe('the group size of a request', () => {
  it('is capped by the activity, or by the api’s own maximum when the activity names none', () => {
    expect(maxGroupSize(activity)).toBe(30);
    expect(maxGroupSize({ ...activity, maxParticipants: null })).toBe(MAX_GROUP);
  });

  it('is a whole number from 1 to the maximum', () => {
    expect(problems({ groupSize: '30' })).toEqual({});
    expect(problems({ groupSize: ' 1 ' })).toEqual({});
    expect(problems({ groupSize: '31' })).toEqual({
      groupSize: 'teacher.request.groupSize.tooLarge {"max":30}',
    });
    for (const groupSize of ['0', '', '2.5', '-3', 'tien']) {
      expect(problems({ groupSize })).toEqual({ groupSize: 'teacher.request.groupSize.invalid' });
    }
    expect(problems({ groupSize: '400' }, ['HAVO'], { ...activity, maxParticipants: null })).toEqual({});
    expect(problems({ groupSize: '501' }, ['HAVO'], { ...activity, maxParticipants: null })).toEqual({
      groupSize: 'teacher.request.groupSize.tooLarge {"max":500}',
    });
  });
});

describe('the preferred date of a request', () => {
  it('lies from tomorrow or the activity’s first day, to its last day (Dutch calendar days)', () => {
    expect(preferredDateRange(activity, NOW)).toEqual({ min: '2026-04-01', max: '2026-06-30' });
    expect(preferredDateRange({ ...activity, startsAt: null, endsAt: null }, NOW)).toEqual({
      min: '2026-03-11',
      max: null,
    });
    // 23:30 in Amsterdam on 31 March is already 1 April's eve there: tomorrow is 1 April.
    expect(preferredDateRange({ levels: [] }, new Date('2026-03-31T21:30:00Z')).min).toBe('2026-04-01');
  });

  it('is optional, and refused outside the activity’s dates', () => {
    expect(problems({ preferredDate: '' })).toEqual({});
    expect(problems({ preferredDate: '2026-04-01' })).toEqual({});
    expect(problems({ preferredDate: '2026-06-30' })).toEqual({});
    expect(problems({ preferredDate: '2026-03-31' })).toEqual({
      preferredDate: 'teacher.request.date.tooEarly {"min":"2026-04-01"}',
    });
    expect(problems({ preferredDate: '2026-07-01' })).toEqual({
      preferredDate: 'teacher.request.date.tooLate {"max":"2026-06-30"}',
    });
    expect(problems({ preferredDate: '2026-13-45' })).toEqual({
      preferredDate: 'teacher.request.date.invalid',
    });
  });
});

describe('the message of a request', () => {
  it('is at most 2,000 characters', () => {
    expect(problems({ message: 'x'.repeat(2000) })).toEqual({});
    expect(problems({ message: 'x'.repeat(2001) })).toEqual({
      message: 'teacher.request.message.tooLong {"max":2000}',
    });
  });
});
