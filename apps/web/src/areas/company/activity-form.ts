import { z } from 'zod';
import {
  ActivityType,
  Delivery,
  EducationLevel,
  Programme,
  Province,
  TargetGroup,
  THEMES,
} from '../../../../../libs/core/src/enums';
import type {
  ActivityType as ActivityTypeValue,
  CreateActivityInput,
  Delivery as DeliveryValue,
  EducationLevel as LevelValue,
  Programme as ProgrammeValue,
  Province as ProvinceValue,
  TargetGroup as TargetGroupValue,
  UpdateActivityInput,
} from '../../gql/graphql';
import { dutchDayOf, endOfDutchDay, isDay, plausibleDayRange, startOfDutchDay } from './dates';

// The activity form's values and their checks: the limits of the api (apps/api/src/dto/create-activity.input.ts
// and ActivityService.normalise), so that a form the browser accepts is one the api accepts. Number fields stay
// text until sent, so that an empty field means "not given". Messages are ids of the area's texts.

export const ACTIVITY_FIELDS = [
  'title',
  'description',
  'type',
  'programme',
  'levels',
  'targetGroups',
  'themes',
  'delivery',
  'provinces',
  'locationId',
  'maxTravelKm',
  'durationMinutes',
  'maxParticipants',
  'costEuros',
  'startsAt',
  'endsAt',
] as const;

export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

const err = (field: string) => `company.activityForm.error.${field}`;

/** A number as typed by a Dutch user: "12,50" is 12.5; null when it is no number. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

const parseWhole = (text: string): number | null => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

// An optional number: empty, or within its range.
function optionalNumber(field: string, check: (value: number) => boolean, whole: boolean) {
  return z.string().refine((text) => {
    if (!text.trim()) return true;
    const value = whole ? parseWhole(text) : parseDecimal(text);
    return value !== null && check(value);
  }, err(field));
}

// The values of one of the domain's enums, typed as the api's (the same strings).
const enumValues = <T extends string>(values: Record<string, string>) => Object.values(values) as [T, ...T[]];

/** The form's checks, as of `now` (dates lie from 2015 up to ten years ahead). */
export function activityFormSchema(now = new Date()) {
  const { first, last } = plausibleDayRange(now);
  const plausibleDay = (field: string) =>
    z.string().refine((day) => !day || (isDay(day) && day >= first && day <= last), err(field));
  return z
    .object({
      title: z.string().trim().min(1, err('titleRequired')).max(200, err('titleTooLong')),
      description: z
        .string()
        .trim()
        .min(1, err('descriptionRequired'))
        .max(10_000, err('descriptionTooLong')),
      type: z.enum(enumValues<ActivityTypeValue>(ActivityType), err('type')),
      programme: z.enum(enumValues<ProgrammeValue>(Programme), err('programme')),
      levels: z.array(z.enum(enumValues<LevelValue>(EducationLevel))).min(1, err('levels')),
      targetGroups: z.array(z.enum(enumValues<TargetGroupValue>(TargetGroup))),
      themes: z.array(z.enum(THEMES)),
      delivery: z.enum(enumValues<DeliveryValue>(Delivery), err('delivery')),
      provinces: z.array(z.enum(enumValues<ProvinceValue>(Province))),
      locationId: z.string().min(1, err('locationId')),
      // Checked below, only where it counts (AT_SCHOOL).
      maxTravelKm: z.string(),
      durationMinutes: optionalNumber('durationMinutes', (n) => n >= 1 && n <= 44_640, true),
      maxParticipants: optionalNumber('maxParticipants', (n) => n >= 1 && n <= 10_000, true),
      costEuros: z.string().refine((text) => {
        const value = parseDecimal(text);
        return value !== null && value <= 100_000;
      }, err('costEuros')),
      startsAt: plausibleDay('date'),
      endsAt: plausibleDay('date'),
    })
    .superRefine(
      (values, ctx) => {
        // Runs while other fields still fail too, so that every problem shows at once.
        if (
          values.delivery === 'AT_SCHOOL' &&
          typeof values.maxTravelKm === 'string' &&
          values.maxTravelKm.trim()
        ) {
          const km = parseDecimal(values.maxTravelKm);
          if (km === null || km <= 0 || km > 400) {
            ctx.addIssue({ code: 'custom', path: ['maxTravelKm'], message: err('maxTravelKm') });
          }
        }
        if (isDay(values.startsAt ?? '') && isDay(values.endsAt ?? '') && values.endsAt < values.startsAt) {
          ctx.addIssue({ code: 'custom', path: ['endsAt'], message: err('endsBeforeStart') });
        }
      },
      { when: () => true },
    );
}

/** What the form holds: enum fields are '' until chosen, numbers and days are text. */
export interface ActivityFormValues {
  title: string;
  description: string;
  type: ActivityTypeValue | '';
  programme: ProgrammeValue | '';
  levels: LevelValue[];
  targetGroups: TargetGroupValue[];
  themes: string[];
  delivery: DeliveryValue | '';
  provinces: ProvinceValue[];
  locationId: string;
  maxTravelKm: string;
  durationMinutes: string;
  maxParticipants: string;
  costEuros: string;
  startsAt: string;
  endsAt: string;
}

export type CheckedActivity = z.output<ReturnType<typeof activityFormSchema>>;

export const EMPTY_ACTIVITY: ActivityFormValues = {
  title: '',
  description: '',
  type: '',
  programme: '',
  levels: [],
  targetGroups: [],
  themes: [],
  delivery: '',
  provinces: [],
  locationId: '',
  maxTravelKm: '',
  durationMinutes: '',
  maxParticipants: '',
  costEuros: '0',
  startsAt: '',
  endsAt: '',
};

/** The stored activity as the form's values (for editing). */
export interface StoredActivity {
  title: string;
  description: string;
  type: ActivityTypeValue;
  programme: ProgrammeValue;
  levels: LevelValue[];
  targetGroups: TargetGroupValue[];
  themes: string[];
  delivery: DeliveryValue;
  provinces: ProvinceValue[];
  location: { id: string };
  maxTravelKm?: number | null;
  durationMinutes?: number | null;
  maxParticipants?: number | null;
  costEuros: number;
  startsAt?: string | null;
  endsAt?: string | null;
}

const text = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value).replace('.', ',');

export function formValuesOf(activity: StoredActivity): ActivityFormValues {
  return {
    title: activity.title,
    description: activity.description,
    type: activity.type,
    programme: activity.programme,
    levels: [...activity.levels],
    // "All pupils" is what an empty choice means; the form shows it as no choice.
    targetGroups: activity.targetGroups.filter((group) => group !== 'ALL_PUPILS'),
    themes: [...activity.themes],
    delivery: activity.delivery,
    provinces: [...activity.provinces],
    locationId: activity.location.id,
    maxTravelKm: activity.delivery === 'AT_SCHOOL' ? text(activity.maxTravelKm) : '',
    durationMinutes: text(activity.durationMinutes),
    maxParticipants: text(activity.maxParticipants),
    costEuros: text(activity.costEuros),
    startsAt: dutchDayOf(activity.startsAt),
    endsAt: dutchDayOf(activity.endsAt),
  };
}

/** The checked values as the api's input for a new activity. Empty optional fields are null. */
export function toCreateInput(values: CheckedActivity): CreateActivityInput {
  const whole = (t: string) => (t.trim() ? Number(t.trim()) : null);
  return {
    title: values.title,
    description: values.description,
    type: values.type,
    programme: values.programme,
    levels: values.levels,
    targetGroups: values.targetGroups,
    themes: values.themes,
    delivery: values.delivery,
    provinces: values.provinces.length ? values.provinces : null,
    locationId: values.locationId,
    maxTravelKm:
      values.delivery === 'AT_SCHOOL' && values.maxTravelKm.trim() ? parseDecimal(values.maxTravelKm) : null,
    durationMinutes: whole(values.durationMinutes),
    maxParticipants: whole(values.maxParticipants),
    costEuros: parseDecimal(values.costEuros) ?? 0,
    startsAt: values.startsAt ? startOfDutchDay(values.startsAt) : null,
    endsAt: values.endsAt ? endOfDutchDay(values.endsAt) : null,
  };
}

/** The checked values as a whole edit: every field sent, cleared ones as null; the programme stays. */
export function toUpdateInput(values: CheckedActivity): UpdateActivityInput {
  const { programme: _programme, ...input } = toCreateInput(values);
  return input;
}
