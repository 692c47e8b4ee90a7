import { z } from 'zod';

// The forms a coordinator fills in for a school, checked as the api checks them (libs/matching posting and
// school-year rules, libs/bookings): the messages are ids of Dutch texts.

export const MAX_SESSIONS = 500;
export const MAX_MESSAGE = 2000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today on the Dutch calendar, `YYYY-MM-DD`. */
export function dutchToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The school year (1 August – 31 July) of a day `YYYY-MM-DD`, named by the year it starts. */
export function schoolYearOfDay(day: string): number {
  const [year, month] = day.split('-').map(Number);
  return month >= 8 ? year : year - 1;
}

/** A day of a date field as the api's DateTime: noon UTC is that same day in Amsterdam. */
export const dayToDateTime = (day: string): string => `${day}T12:00:00.000Z`;

/** The form of a school request posted for a school. */
export function schoolRequestSchema(now = new Date()) {
  const today = dutchToday(now);
  return z
    .object({
      type: z.string().min(1, 'coordinator.form.error.type'),
      levels: z.array(z.string()).min(1, 'coordinator.form.error.levels'),
      themes: z.array(z.string()),
      sessions: z
        .number({ error: 'coordinator.form.error.sessions' })
        .int('coordinator.form.error.sessions')
        .min(1, 'coordinator.form.error.sessions')
        .max(MAX_SESSIONS, 'coordinator.form.error.sessions'),
      periodStart: z.string().regex(DAY, 'coordinator.form.error.day'),
      periodEnd: z.string().regex(DAY, 'coordinator.form.error.day'),
    })
    .superRefine((form, ctx) => {
      if (!DAY.test(form.periodStart) || !DAY.test(form.periodEnd)) return;
      const problem = (path: 'periodStart' | 'periodEnd', message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message });
      if (form.periodEnd < form.periodStart) problem('periodEnd', 'coordinator.form.error.endBeforeStart');
      else if (schoolYearOfDay(form.periodStart) !== schoolYearOfDay(form.periodEnd))
        problem('periodEnd', 'coordinator.form.error.twoYears');
      else if (form.periodEnd < today) problem('periodEnd', 'coordinator.form.error.ended');
      else if (schoolYearOfDay(form.periodStart) > schoolYearOfDay(today) + 1)
        problem('periodStart', 'coordinator.form.error.tooFar');
    });
}

export type SchoolRequestForm = z.input<ReturnType<typeof schoolRequestSchema>>;

/** The form of a booking request for an activity, for a school. */
export function bookingSchema(maxParticipants: number | null | undefined, now = new Date()) {
  const today = dutchToday(now);
  const max = maxParticipants ?? 1000;
  return z.object({
    level: z.string().min(1, 'coordinator.form.error.level'),
    groupSize: z
      .number({ error: 'coordinator.form.error.groupSize' })
      .int('coordinator.form.error.groupSize')
      .min(1, 'coordinator.form.error.groupSize')
      .max(max, 'coordinator.form.error.groupSizeMax'),
    preferredDate: z
      .string()
      .refine((day) => day === '' || DAY.test(day), 'coordinator.form.error.day')
      // The api refuses a moment in the past: a day from tomorrow on is never one.
      .refine((day) => day === '' || day > today, 'coordinator.form.error.dateInPast'),
    message: z.string().max(MAX_MESSAGE, 'coordinator.form.error.message'),
  });
}

export type BookingForm = z.input<ReturnType<typeof bookingSchema>>;
