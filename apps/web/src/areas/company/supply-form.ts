import { z } from 'zod';
import { ActivityType, EducationLevel, THEMES } from '../../../../../libs/core/src/enums';
import type {
  ActivityType as ActivityTypeValue,
  CreateSupplyOfferInput,
  EducationLevel as LevelValue,
  UpdateSupplyOfferInput,
} from '../../gql/graphql';
import { parseDecimal } from './activity-form';
import {
  dutchDayOf,
  endOfDutchDay,
  isDay,
  plausibleDayRange,
  schoolYearOfDay,
  startOfDutchDay,
} from './dates';

// A supply offer's form and its checks: the rules of libs/matching (posting.ts, school-year.ts,
// supply-offer.service.ts), so that what the browser accepts the api accepts too.

export const SUPPLY_FIELDS = [
  'locationId',
  'type',
  'levels',
  'themes',
  'sessions',
  'maxTravelKm',
  'periodStart',
  'periodEnd',
  'activityId',
] as const;
export type SupplyField = (typeof SUPPLY_FIELDS)[number];

const err = (field: string) => `company.supplyForm.error.${field}`;
const values = <T extends string>(e: Record<string, string>) => Object.values(e) as [T, ...T[]];

export function supplyFormSchema(now = new Date()) {
  const today = dutchDayOf(now);
  const { first, last } = plausibleDayRange(now);
  const day = (field: string) => z.string().refine((d) => isDay(d) && d >= first && d <= last, err(field));
  return z
    .object({
      locationId: z.string().min(1, err('locationId')),
      type: z.enum(values<ActivityTypeValue>(ActivityType), err('type')),
      levels: z.array(z.enum(values<LevelValue>(EducationLevel))).min(1, err('levels')),
      themes: z.array(z.enum(THEMES)),
      sessions: z.string().refine((text) => {
        const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : 0;
        return n >= 1 && n <= 500;
      }, err('sessions')),
      maxTravelKm: z.string().refine((text) => {
        const km = parseDecimal(text);
        return km !== null && km > 0 && km <= 400;
      }, err('maxTravelKm')),
      periodStart: day('periodStart'),
      periodEnd: day('periodEnd'),
      activityId: z.string(),
    })
    .superRefine(
      (v, ctx) => {
        // Runs while other fields still fail too, so that every problem shows at once.
        if (!isDay(v.periodStart ?? '') || !isDay(v.periodEnd ?? '')) return;
        const issue = (path: SupplyField, reason: string) =>
          ctx.addIssue({ code: 'custom', path: [path], message: `error.reason.${reason}` });
        if (v.periodEnd < v.periodStart) issue('periodEnd', 'PERIOD_ENDS_BEFORE_START');
        else if (schoolYearOfDay(v.periodStart) !== schoolYearOfDay(v.periodEnd)) {
          issue('periodEnd', 'PERIOD_SPANS_SCHOOL_YEARS');
        } else if (v.periodEnd < today) issue('periodEnd', 'PERIOD_ENDED');
        if (schoolYearOfDay(v.periodStart) > schoolYearOfDay(today) + 1)
          issue('periodStart', 'PERIOD_TOO_FAR_AHEAD');
      },
      { when: () => true },
    );
}

export interface SupplyFormValues {
  locationId: string;
  type: ActivityTypeValue | '';
  levels: LevelValue[];
  themes: string[];
  sessions: string;
  maxTravelKm: string;
  periodStart: string;
  periodEnd: string;
  activityId: string;
}

export type CheckedSupply = z.output<ReturnType<typeof supplyFormSchema>>;

/** A new offer: from today to the end of this school year, 25 km around the location. */
export function newSupplyValues(now = new Date(), locationId = ''): SupplyFormValues {
  const today = dutchDayOf(now);
  return {
    locationId,
    type: '',
    levels: [],
    themes: [],
    sessions: '',
    maxTravelKm: '25',
    periodStart: today,
    periodEnd: `${schoolYearOfDay(today) + 1}-07-31`,
    activityId: '',
  };
}

export interface StoredSupplyOffer {
  type: ActivityTypeValue;
  levels: LevelValue[];
  themes: string[];
  sessions: number;
  maxTravelKm: number;
  periodStart: string;
  periodEnd: string;
  location: { id: string };
  activity?: { id: string } | null;
}

export const supplyValuesOf = (offer: StoredSupplyOffer): SupplyFormValues => ({
  locationId: offer.location.id,
  type: offer.type,
  levels: [...offer.levels],
  themes: [...offer.themes],
  sessions: String(offer.sessions),
  maxTravelKm: String(offer.maxTravelKm).replace('.', ','),
  periodStart: dutchDayOf(offer.periodStart),
  periodEnd: dutchDayOf(offer.periodEnd),
  activityId: offer.activity?.id ?? '',
});

export function toCreateSupplyInput(v: CheckedSupply): CreateSupplyOfferInput {
  return {
    locationId: v.locationId,
    type: v.type,
    levels: v.levels,
    themes: v.themes,
    sessions: Number(v.sessions.trim()),
    maxTravelKm: parseDecimal(v.maxTravelKm) ?? 0,
    periodStart: startOfDutchDay(v.periodStart),
    periodEnd: endOfDutchDay(v.periodEnd),
    activityId: v.activityId || null,
  };
}

/** Every field but the location (which an offer keeps); no activity unlinks it. */
export function toUpdateSupplyInput(v: CheckedSupply): UpdateSupplyOfferInput {
  const { locationId: _locationId, ...input } = toCreateSupplyInput(v);
  return input;
}
