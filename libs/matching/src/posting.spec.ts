import { ActivityType, BadInputException, EducationLevel, ErrorCode } from '@app/core';
import { SchoolRequestEntity } from './entities/school-request.entity';
import { MAX_SESSIONS, SCHOOL_REQUESTS, normalisePosting, patchPosting, type PostingValues } from './posting';
import { schoolYearOf } from './school-year';

const YEAR = schoolYearOf(new Date());
// The whole current school year: it has not ended yet.
const DRAFT: PostingValues = {
  type: ActivityType.GUEST_LESSON,
  levels: [EducationLevel.VWO, EducationLevel.HAVO],
  themes: ['Water', ' energie '],
  sessions: 3,
  periodStart: new Date(Date.UTC(YEAR, 7, 1)),
  periodEnd: new Date(Date.UTC(YEAR + 1, 6, 31)),
};

const fieldOf = (attempt: () => unknown) => {
  try {
    attempt();
  } catch (error) {
    if (error instanceof BadInputException) return error.details?.field;
    throw error;
  }
  throw new Error('no BAD_USER_INPUT');
};

describe('posting demand and supply', () => {
  it('puts levels and themes in the order and spelling of the domain lists', () => {
    expect(normalisePosting(DRAFT)).toEqual({
      ...DRAFT,
      levels: [EducationLevel.HAVO, EducationLevel.VWO],
      themes: ['energie', 'water'],
    });
  });

  it('refuses what the domain does not know, naming the field', () => {
    expect(fieldOf(() => normalisePosting({ ...DRAFT, type: 'LECTURE' as ActivityType }))).toBe('type');
    expect(fieldOf(() => normalisePosting({ ...DRAFT, levels: [] }))).toBe('levels');
    expect(fieldOf(() => normalisePosting({ ...DRAFT, themes: ['sterrenkunde'] }))).toBe('themes');
    expect(fieldOf(() => normalisePosting({ ...DRAFT, sessions: 0 }))).toBe('sessions');
    expect(fieldOf(() => normalisePosting({ ...DRAFT, sessions: 1.5 }))).toBe('sessions');
    expect(fieldOf(() => normalisePosting({ ...DRAFT, sessions: MAX_SESSIONS + 1 }))).toBe('sessions');
    expect(normalisePosting({ ...DRAFT, sessions: MAX_SESSIONS }).sessions).toBe(MAX_SESSIONS);
  });

  it('patches only the fields named and never below the sessions matched already', () => {
    const current = Object.assign(new SchoolRequestEntity(), normalisePosting(DRAFT), { sessionsUsed: 2 });
    expect(patchPosting(SCHOOL_REQUESTS, current, { themes: [] })).toEqual({
      ...normalisePosting(DRAFT),
      themes: [],
    });
    expect(patchPosting(SCHOOL_REQUESTS, current, { sessions: 2 }).sessions).toBe(2);
    expect(() => patchPosting(SCHOOL_REQUESTS, current, { sessions: 1 })).toThrow(
      '2 sessions of this request are matched already; ask for at least that many',
    );
    expect(() => patchPosting(SCHOOL_REQUESTS, current, { sessions: 1 })).toThrow(
      expect.objectContaining({ code: ErrorCode.CONFLICT, reason: 'SESSIONS_BELOW_MATCHED' }),
    );
  });
});
