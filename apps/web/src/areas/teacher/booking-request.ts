import { z } from 'zod';
import { EducationLevel } from '../../../../../libs/core/src/enums';
import { addDays, dutchDay, isDay } from './dates';

// The rules of a booking request as the api checks them (libs/bookings booking.service), so the form can say what
// is wrong before sending: a level both the activity and the school have, a group of at least one and at most
// the activity's maximum, a preferred date within the activity's dates and not in the past, a short message.

/** Without a maxParticipants on the activity a group is still at most a few classes (as the api says). */
export const MAX_GROUP = 500;
export const MAX_MESSAGE = 2000;

const LEVEL_ORDER: readonly string[] = Object.values(EducationLevel);

export interface BookableActivity {
  levels: readonly string[];
  maxParticipants?: number | null;
  startsAt?: string | null;
  endsAt?: string | null;
}

/** The levels a school can request: those of the activity that the school teaches, in the usual order. */
export function requestableLevels(
  activityLevels: readonly string[],
  schoolLevels: readonly string[],
): string[] {
  return LEVEL_ORDER.filter((level) => activityLevels.includes(level) && schoolLevels.includes(level));
}

/** The largest group the activity takes. */
export const maxGroupSize = (activity: BookableActivity): number => activity.maxParticipants ?? MAX_GROUP;

/**
 * The days a school may prefer: from tomorrow (a date is the start of its day, which today has passed) or the
 * activity's first day, to the activity's last day; `max` null when the activity has no end. `min` after `max`
 * means no day is left.
 */
export function preferredDateRange(
  activity: BookableActivity,
  now = new Date(),
): { min: string; max: string | null } {
  const tomorrow = addDays(dutchDay(now), 1);
  const first = activity.startsAt ? dutchDay(activity.startsAt) : tomorrow;
  return {
    min: first > tomorrow ? first : tomorrow,
    max: activity.endsAt ? dutchDay(activity.endsAt) : null,
  };
}

export interface RequestFormValues {
  level: string;
  groupSize: string;
  /** `YYYY-MM-DD` or empty. */
  preferredDate: string;
  message: string;
}

/** A text in the reader's language for a message id (react-intl's formatMessage, or a stand-in in tests). */
export type Translate = (id: string, values?: Record<string, string | number>) => string;

/** The form's checks for one activity and school. */
export function requestFormSchema(
  activity: BookableActivity,
  schoolLevels: readonly string[],
  {
    t,
    showDay = (day) => day,
    now = new Date(),
  }: { t: Translate; showDay?: (day: string) => string; now?: Date },
) {
  const levels = requestableLevels(activity.levels, schoolLevels);
  const max = maxGroupSize(activity);
  const range = preferredDateRange(activity, now);
  return z.object({
    level: z.string().refine((value) => levels.includes(value), t('teacher.request.level.required')),
    groupSize: z.string().superRefine((value, ctx) => {
      const text = value.trim();
      if (!/^\d+$/.test(text) || Number(text) < 1) {
        ctx.addIssue({ code: 'custom', message: t('teacher.request.groupSize.invalid') });
      } else if (Number(text) > max) {
        ctx.addIssue({ code: 'custom', message: t('teacher.request.groupSize.tooLarge', { max }) });
      }
    }),
    preferredDate: z.string().superRefine((value, ctx) => {
      if (value === '') return;
      if (!isDay(value)) {
        ctx.addIssue({ code: 'custom', message: t('teacher.request.date.invalid') });
      } else if (value < range.min) {
        ctx.addIssue({
          code: 'custom',
          message: t('teacher.request.date.tooEarly', { min: showDay(range.min) }),
        });
      } else if (range.max && value > range.max) {
        ctx.addIssue({
          code: 'custom',
          message: t('teacher.request.date.tooLate', { max: showDay(range.max) }),
        });
      }
    }),
    message: z.string().max(MAX_MESSAGE, t('teacher.request.message.tooLong', { max: MAX_MESSAGE })),
  });
}
