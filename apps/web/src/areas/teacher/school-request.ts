import { z } from 'zod';
import { ActivityType } from '../../../../../libs/core/src/enums';
import type { ActivityType as ActivityTypeName, EducationLevel } from '../../gql/graphql';
import type { Translate } from './booking-request';
import { dutchDay, isDay, nextSchoolYear, schoolYearOfDay, startOfDutchDay } from './dates';

// The rules of a school request as the api checks them (libs/matching posting.ts and school-year.ts): a type, at
// least one level, 1 to 500 sessions (not fewer than are matched), and a period within one school year that has not
// ended and lies at most in the next school year.

export const MAX_SESSIONS = 500;
export const ACTIVITY_TYPES: readonly string[] = Object.values(ActivityType);

export interface SchoolRequestValues {
  type: string;
  levels: string[];
  themes: string[];
  sessions: string;
  /** `YYYY-MM-DD`. */
  periodStart: string;
  periodEnd: string;
}

/** A new request: the next school year (the one starting in the coming August), one session, no choices yet. */
export function newRequestValues(
  today = dutchDay(new Date()),
  levels: readonly string[] = [],
): SchoolRequestValues {
  const year = nextSchoolYear(today);
  return {
    type: '',
    levels: levels.length === 1 ? [...levels] : [],
    themes: [],
    sessions: '1',
    periodStart: year.start,
    periodEnd: year.end,
  };
}

/** The form values of an existing request. */
export function requestValues(request: {
  type: string;
  levels: readonly string[];
  themes: readonly string[];
  sessions: number;
  periodStart: string;
  periodEnd: string;
}): SchoolRequestValues {
  return {
    type: request.type,
    levels: [...request.levels],
    themes: [...request.themes],
    sessions: String(request.sessions),
    periodStart: dutchDay(request.periodStart),
    periodEnd: dutchDay(request.periodEnd),
  };
}

/** What the api's create and update inputs take. */
export function requestInput(values: SchoolRequestValues) {
  return {
    type: values.type as ActivityTypeName,
    levels: values.levels as EducationLevel[],
    themes: values.themes,
    sessions: Number(values.sessions.trim()),
    periodStart: startOfDutchDay(values.periodStart),
    periodEnd: startOfDutchDay(values.periodEnd),
  };
}

export function schoolRequestSchema({
  t,
  showDay = (day) => day,
  today = dutchDay(new Date()),
  minSessions = 1,
}: {
  t: Translate;
  showDay?: (day: string) => string;
  today?: string;
  /** Sessions matched already: the request cannot ask for fewer. */
  minSessions?: number;
}) {
  const lastYear = schoolYearOfDay(today) + 1;
  return z
    .object({
      type: z.string().refine((value) => ACTIVITY_TYPES.includes(value), t('teacher.requests.type.required')),
      levels: z.array(z.string()).min(1, t('teacher.requests.levels.required')),
      themes: z.array(z.string()),
      sessions: z.string().superRefine((value, ctx) => {
        const text = value.trim();
        const n = Number(text);
        if (!/^\d+$/.test(text) || n < 1 || n > MAX_SESSIONS) {
          ctx.addIssue({
            code: 'custom',
            message: t('teacher.requests.sessions.invalid', { max: MAX_SESSIONS }),
          });
        } else if (n < minSessions) {
          ctx.addIssue({
            code: 'custom',
            message: t('teacher.requests.sessions.belowMatched', { min: minSessions }),
          });
        }
      }),
      periodStart: z.string().refine(isDay, t('teacher.requests.date.invalid')),
      periodEnd: z.string().refine(isDay, t('teacher.requests.date.invalid')),
    })
    .superRefine((values, ctx) => {
      if (!isDay(values.periodStart) || !isDay(values.periodEnd)) return;
      const issue = (path: 'periodStart' | 'periodEnd', message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message });
      if (values.periodEnd < values.periodStart) {
        issue('periodEnd', t('teacher.requests.period.endBeforeStart'));
      } else if (schoolYearOfDay(values.periodStart) !== schoolYearOfDay(values.periodEnd)) {
        issue('periodEnd', t('teacher.requests.period.spansYears'));
      } else if (values.periodEnd < today) {
        issue('periodEnd', t('teacher.requests.period.ended'));
      } else if (schoolYearOfDay(values.periodStart) > lastYear) {
        issue('periodStart', t('teacher.requests.period.tooFar', { last: showDay(`${lastYear + 1}-07-31`) }));
      }
    });
}
