import { PROVINCES } from '../../components/labels';

// The URL state of the company pages: Dutch words in the address, the api's values in the code. Unknown values
// are dropped, so that an edited or old link still opens the page.

const pick = <T extends string>(value: unknown, allowed: readonly T[]): T | undefined =>
  allowed.find((candidate) => candidate === value);

/** Inbox filter: the booking status by its Dutch word. */
export const BOOKING_FILTERS = {
  aangevraagd: 'REQUESTED',
  geaccepteerd: 'ACCEPTED',
  afgewezen: 'DECLINED',
  afgerond: 'COMPLETED',
  geannuleerd: 'CANCELLED',
} as const;
export type BookingFilter = keyof typeof BOOKING_FILTERS;

export interface InboxSearch {
  status?: BookingFilter;
}

export function validateInboxSearch(search: Record<string, unknown>): InboxSearch {
  const status = pick(search.status, Object.keys(BOOKING_FILTERS) as BookingFilter[]);
  return status ? { status } : {};
}

/** Activities tab: the activity status by its Dutch word. */
export const ACTIVITY_TABS = {
  concept: 'DRAFT',
  gepubliceerd: 'PUBLISHED',
  gearchiveerd: 'ARCHIVED',
} as const;
export type ActivityTab = keyof typeof ACTIVITY_TABS;

export const tabOfStatus = (status: string): ActivityTab =>
  (Object.keys(ACTIVITY_TABS) as ActivityTab[]).find((tab) => ACTIVITY_TABS[tab] === status) ?? 'concept';

export interface ActivitiesSearch {
  status?: ActivityTab;
}

export function validateActivitiesSearch(search: Record<string, unknown>): ActivitiesSearch {
  const status = pick(search.status, Object.keys(ACTIVITY_TABS) as ActivityTab[]);
  return status ? { status } : {};
}

export const OFFER_FILTERS = ['open', 'ingetrokken', 'alle'] as const;
export type OfferFilter = (typeof OFFER_FILTERS)[number];

export interface SupplySearch {
  /** Open offers unless said otherwise. */
  status?: OfferFilter;
  /** Only offers reaching one of these provinces: their enum values, comma-separated. */
  provincies?: string;
  /** The form shown: 'nieuw' or the id of the offer being changed. */
  formulier?: string;
}

const PROVINCE_VALUES = PROVINCES.map((p) => p.value);

/** The provinces of the `provincies` parameter, in the list's order; unknown names dropped. */
export const provincesOf = (value: string | undefined): string[] => {
  const named = (value ?? '').split(',');
  return PROVINCE_VALUES.filter((province) => named.includes(province));
};

export function validateSupplySearch(search: Record<string, unknown>): SupplySearch {
  const status = pick(search.status, OFFER_FILTERS);
  const provinces = provincesOf(typeof search.provincies === 'string' ? search.provincies : undefined);
  const form =
    typeof search.formulier === 'string' && /^[\w-]{1,64}$/.test(search.formulier)
      ? search.formulier
      : undefined;
  return {
    ...(status && status !== 'open' ? { status } : {}),
    ...(provinces.length ? { provincies: provinces.join(',') } : {}),
    ...(form ? { formulier: form } : {}),
  };
}
