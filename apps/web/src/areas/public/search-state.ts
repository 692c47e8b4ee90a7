import { THEMES } from '../../../../../libs/core/src/enums';
import type {
  ActivitySearchInput,
  ActivityType,
  Delivery,
  EducationLevel,
  Programme,
  Province,
  SearchSort,
  TargetGroup,
} from '../../gql/graphql';

// The search page's state lives in its URL, so that reload, back/forward and a shared link show the same
// result. The URL speaks Dutch in lower case (`?tekst=gastles&provincie=noord-brabant&niveau=havo`); this file
// turns it into the filters of the page and the input of `searchActivities`, and back.

/** The facet fields, as `ActivitySearchInput` and `Facet.field` name them, in the order the page shows them. */
export const FACET_FIELDS = [
  'provinces',
  'levels',
  'types',
  'themes',
  'targetGroups',
  'delivery',
  'programmes',
] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

interface FacetValueTypes {
  provinces: Province;
  levels: EducationLevel;
  types: ActivityType;
  themes: string;
  targetGroups: TargetGroup;
  delivery: Delivery;
  programmes: Programme;
}

/** Every value of each facet, in the order the page lists them. */
export const FACET_VALUES: { [F in FacetField]: readonly FacetValueTypes[F][] } = {
  provinces: [
    'DRENTHE',
    'FLEVOLAND',
    'FRYSLAN',
    'GELDERLAND',
    'GRONINGEN',
    'LIMBURG',
    'NOORD_BRABANT',
    'NOORD_HOLLAND',
    'OVERIJSSEL',
    'UTRECHT',
    'ZEELAND',
    'ZUID_HOLLAND',
  ],
  levels: [
    'PO_ONDERBOUW',
    'PO_MIDDENBOUW',
    'PO_BOVENBOUW',
    'VMBO_BB',
    'VMBO_KB',
    'VMBO_GL',
    'VMBO_TL',
    'HAVO',
    'VWO',
    'MBO',
  ],
  types: [
    'GUEST_LESSON',
    'COMPANY_VISIT',
    'WORKSHOP',
    'PROJECT',
    'SPEED_DATE',
    'BLIKSEMSTAGE',
    'APPLICATION_TRAINING',
    'COMPETITION',
    'WEBCAST',
    'TEACHER_INTERNSHIP',
  ],
  themes: THEMES,
  targetGroups: ['ALL_PUPILS', 'GIRLS', 'DISADVANTAGED_YOUTH', 'TALENTED_PUPILS', 'TEACHERS'],
  delivery: ['AT_SCHOOL', 'AT_PROVIDER', 'ONLINE'],
  programmes: [
    'JET_NET',
    'JET_NET_JUNIOR',
    'TECHNET',
    'VHTO',
    'JINC',
    'STEM_TEACHER_ACADEMY',
    'WETENSCHAPSKNOOPPUNT',
    'INDEPENDENT',
  ],
};

/** The URL parameter of each facet field. */
export const FACET_PARAM = {
  provinces: 'provincie',
  levels: 'niveau',
  types: 'type',
  themes: 'thema',
  targetGroups: 'doelgroep',
  delivery: 'waar',
  programmes: 'programma',
} as const satisfies Record<FacetField, string>;

export const SORTS = [
  'RELEVANCE',
  'DISTANCE',
  'START_DATE',
  'RATING',
] as const satisfies readonly SearchSort[];
const SORT_PARAM: Record<SearchSort, string | undefined> = {
  RELEVANCE: undefined,
  DISTANCE: 'afstand',
  START_DATE: 'datum',
  RATING: 'waardering',
};

export const RADII = [5, 10, 25, 50, 100] as const;
export const MAX_RADIUS_KM = 300;
export const PAGE_SIZE = 20;
/** The api pages through the first 10,000 hits only. */
export const MAX_PAGE = Math.floor(10_000 / PAGE_SIZE);
export const MAX_QUERY_LENGTH = 200;

/** The search page's URL parameters, as validateSearch gives them: every one optional, lists comma-separated. */
export interface SearchParams {
  tekst?: string;
  provincie?: string;
  niveau?: string;
  type?: string;
  thema?: string;
  doelgroep?: string;
  waar?: string;
  programma?: string;
  gratis?: boolean;
  vanaf?: string;
  tot?: string;
  school?: boolean;
  straal?: number;
  sortering?: string;
  pagina?: number;
  weergave?: 'kaart';
}

/** What the page filters on, typed. */
export interface SearchFilters {
  query: string;
  facets: { [F in FacetField]: FacetValueTypes[F][] };
  freeOnly: boolean;
  /** Days as YYYY-MM-DD. */
  startsAfter: string | null;
  startsBefore: string | null;
  /** Measure from the logged-in teacher's school. */
  fromSchool: boolean;
  radiusKm: number | null;
  sort: SearchSort;
  page: number;
  view: 'list' | 'map';
}

// Enum values travel in lower case with dashes: NOORD_BRABANT as noord-brabant; themes as they are named.
const slug = (value: string) => value.toLowerCase().replace(/_/g, '-');

function parseList<F extends FacetField>(field: F, raw: unknown): FacetValueTypes[F][] {
  if (typeof raw !== 'string' || !raw) return [];
  const known = FACET_VALUES[field];
  const found = new Set<FacetValueTypes[F]>();
  for (const part of raw.split(',')) {
    const key = part.trim().toLowerCase();
    const value = known.find((candidate) => slug(candidate) === key || candidate.toLowerCase() === key);
    if (value !== undefined) found.add(value);
  }
  // In the page's order, so that equal filters make equal URLs.
  return known.filter((value) => found.has(value));
}

const listParam = (values: readonly string[]) => (values.length ? values.map(slug).join(',') : undefined);

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day between 2015 and ten years ahead (the api's range), else null. */
export function parseDay(raw: unknown, now = new Date()): string | null {
  if (typeof raw !== 'string') return null;
  const match = DAY.exec(raw);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < 2015 || year > now.getUTCFullYear() + 10) return null;
  return raw;
}

const wholeNumber = (raw: unknown): number | null => {
  const value = typeof raw === 'string' ? Number(raw) : raw;
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
};

const flag = (raw: unknown) => raw === true || raw === 'true' || raw === '1' || raw === 1;

/**
 * The route's validateSearch: keeps what it understands of a (possibly hand-edited or outdated) URL and drops
 * the rest, so that any link opens a valid search.
 */
export function validateSearchParams(raw: Record<string, unknown>): SearchParams {
  return toParams(filtersOf(raw));
}

/** The filters of a URL's parameters (unknown values ignored). */
export function filtersOf(raw: Record<string, unknown>): SearchFilters {
  const facets = Object.fromEntries(
    FACET_FIELDS.map((field) => [field, parseList(field, raw[FACET_PARAM[field]])]),
  ) as SearchFilters['facets'];
  // The router reads `?tekst=2025` as a number.
  const text = typeof raw.tekst === 'number' ? String(raw.tekst) : raw.tekst;
  const query = typeof text === 'string' ? text.slice(0, MAX_QUERY_LENGTH) : '';
  let startsAfter = parseDay(raw.vanaf);
  let startsBefore = parseDay(raw.tot);
  if (startsAfter && startsBefore && startsBefore < startsAfter) {
    [startsAfter, startsBefore] = [startsBefore, startsAfter];
  }
  const fromSchool = flag(raw.school);
  const radius = typeof raw.straal === 'string' ? Number(raw.straal) : raw.straal;
  const radiusKm =
    fromSchool && typeof radius === 'number' && radius > 0 && radius <= MAX_RADIUS_KM ? radius : null;
  const sort =
    (Object.keys(SORT_PARAM) as SearchSort[]).find(
      (key) => SORT_PARAM[key] !== undefined && SORT_PARAM[key] === raw.sortering,
    ) ?? 'RELEVANCE';
  const page = wholeNumber(raw.pagina);
  return {
    query,
    facets,
    freeOnly: flag(raw.gratis),
    startsAfter,
    startsBefore,
    fromSchool,
    radiusKm,
    // Distance needs a point: without "from my school" the order falls back to relevance.
    sort: sort === 'DISTANCE' && !fromSchool ? 'RELEVANCE' : sort,
    page: page && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
    view: raw.weergave === 'kaart' ? 'map' : 'list',
  };
}

/** The URL parameters of filters: defaults left out, so that the plain search is a plain `/activiteiten`. */
export function toParams(filters: SearchFilters): SearchParams {
  const params: SearchParams = {};
  const query = filters.query.trim() ? filters.query : undefined;
  if (query) params.tekst = query;
  for (const field of FACET_FIELDS) {
    const value = listParam(filters.facets[field]);
    if (value) params[FACET_PARAM[field]] = value;
  }
  if (filters.freeOnly) params.gratis = true;
  if (filters.startsAfter) params.vanaf = filters.startsAfter;
  if (filters.startsBefore) params.tot = filters.startsBefore;
  if (filters.fromSchool) {
    params.school = true;
    if (filters.radiusKm) params.straal = filters.radiusKm;
  }
  const sort = SORT_PARAM[filters.sort];
  if (sort) params.sortering = sort;
  if (filters.page > 1) params.pagina = filters.page;
  if (filters.view === 'map') params.weergave = 'kaart';
  return params;
}

/** Filters changed by `change`, back on the first page (any new filter makes a new list). */
export function changeFilters(
  filters: SearchFilters,
  change: (draft: SearchFilters) => SearchFilters,
): SearchFilters {
  return { ...change(filters), page: 1 };
}

const OFFSET = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' });

/** Minutes the Netherlands is ahead of UTC at a moment (60 in winter, 120 in summer). */
function amsterdamOffsetMinutes(at: number): number {
  const name = OFFSET.formatToParts(new Date(at)).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** The moment a day begins in the Netherlands, in milliseconds. */
function amsterdamMidnight(year: number, month: number, day: number): number {
  const utcMidnight = Date.UTC(year, month - 1, day);
  // The offset of the day before may differ (the clocks change at 2 or 3 at night): look again at the guess.
  const guess = utcMidnight - amsterdamOffsetMinutes(utcMidnight) * 60_000;
  return utcMidnight - amsterdamOffsetMinutes(guess) * 60_000;
}

/** The first (or, with `end`, the last) millisecond of a day in the Netherlands, as an ISO moment. */
export function amsterdamDayBoundary(day: string, end = false): string {
  const [year, month, date] = day.split('-').map(Number);
  const moment = end ? amsterdamMidnight(year, month, date + 1) - 1 : amsterdamMidnight(year, month, date);
  return new Date(moment).toISOString();
}

/**
 * The input of `searchActivities` for these filters. `schoolCode` is the logged-in teacher's school: without
 * it, "from my school" (and the distance order and radius that need it) cannot apply.
 */
export function searchInputOf(
  filters: SearchFilters,
  schoolCode: string | null,
  pageSize = PAGE_SIZE,
): ActivitySearchInput {
  const input: ActivitySearchInput = { page: filters.page, pageSize };
  const query = filters.query.trim();
  if (query) input.query = query;
  for (const field of FACET_FIELDS) {
    const values = filters.facets[field];
    if (values.length) (input as Record<string, unknown>)[field] = values;
  }
  if (filters.freeOnly) input.maxCostEuros = 0;
  if (filters.startsAfter) input.startsAfter = amsterdamDayBoundary(filters.startsAfter);
  if (filters.startsBefore) input.startsBefore = amsterdamDayBoundary(filters.startsBefore, true);
  const near = filters.fromSchool && schoolCode ? schoolCode : null;
  if (near) {
    input.nearSchool = near;
    if (filters.radiusKm) input.radiusKm = filters.radiusKm;
  }
  const sort = filters.sort === 'DISTANCE' && !near ? 'RELEVANCE' : filters.sort;
  if (sort !== 'RELEVANCE') input.sort = sort;
  return input;
}

/** One removable filter, as a chip shows it. */
export type Chip =
  | { kind: 'query' }
  | { kind: 'facet'; field: FacetField; value: string }
  | { kind: 'free' }
  | { kind: 'startsAfter' }
  | { kind: 'startsBefore' }
  | { kind: 'fromSchool' }
  | { kind: 'radius' };

/** Every filter in effect, one chip each, in the order of the form. */
export function chipsOf(filters: SearchFilters, schoolKnown: boolean): Chip[] {
  const chips: Chip[] = [];
  if (filters.query.trim()) chips.push({ kind: 'query' });
  for (const field of FACET_FIELDS) {
    for (const value of filters.facets[field]) chips.push({ kind: 'facet', field, value });
  }
  if (filters.freeOnly) chips.push({ kind: 'free' });
  if (filters.startsAfter) chips.push({ kind: 'startsAfter' });
  if (filters.startsBefore) chips.push({ kind: 'startsBefore' });
  if (filters.fromSchool && schoolKnown) {
    chips.push(filters.radiusKm ? { kind: 'radius' } : { kind: 'fromSchool' });
  }
  return chips;
}

/** The filters without one chip. */
export function withoutChip(filters: SearchFilters, chip: Chip): SearchFilters {
  return changeFilters(filters, (draft) => {
    switch (chip.kind) {
      case 'query':
        return { ...draft, query: '' };
      case 'facet':
        return {
          ...draft,
          facets: {
            ...draft.facets,
            [chip.field]: (draft.facets[chip.field] as string[]).filter((value) => value !== chip.value),
          },
        };
      case 'free':
        return { ...draft, freeOnly: false };
      case 'startsAfter':
        return { ...draft, startsAfter: null };
      case 'startsBefore':
        return { ...draft, startsBefore: null };
      case 'radius':
        // Still measured from the school, now at any distance.
        return { ...draft, radiusKm: null };
      case 'fromSchool':
        return {
          ...draft,
          fromSchool: false,
          radiusKm: null,
          sort: draft.sort === 'DISTANCE' ? 'RELEVANCE' : draft.sort,
        };
    }
  });
}

/**
 * A filter that a zero-result search could drop as a whole: a facet field with all its values (values of one
 * field are alternatives, so dropping one value never adds hits), or one of the other filters.
 */
export type DropCandidate =
  | { kind: 'query' }
  | { kind: 'facet'; field: FacetField }
  | { kind: 'free' }
  | { kind: 'dates' }
  | { kind: 'radius' };

export function dropCandidates(filters: SearchFilters, schoolKnown: boolean): DropCandidate[] {
  const candidates: DropCandidate[] = [];
  if (filters.query.trim()) candidates.push({ kind: 'query' });
  for (const field of FACET_FIELDS) {
    if (filters.facets[field].length) candidates.push({ kind: 'facet', field });
  }
  if (filters.freeOnly) candidates.push({ kind: 'free' });
  if (filters.startsAfter || filters.startsBefore) candidates.push({ kind: 'dates' });
  if (filters.fromSchool && schoolKnown && filters.radiusKm) candidates.push({ kind: 'radius' });
  return candidates;
}

/** The filters without a drop candidate. */
export function withoutCandidate(filters: SearchFilters, candidate: DropCandidate): SearchFilters {
  return changeFilters(filters, (draft) => {
    switch (candidate.kind) {
      case 'query':
        return { ...draft, query: '' };
      case 'facet':
        return { ...draft, facets: { ...draft.facets, [candidate.field]: [] } };
      case 'free':
        return { ...draft, freeOnly: false };
      case 'dates':
        return { ...draft, startsAfter: null, startsBefore: null };
      case 'radius':
        return { ...draft, radiusKm: null };
    }
  });
}

/** Whether any filter is in effect (a zero result without one means there is nothing published yet). */
export const hasFilters = (filters: SearchFilters, schoolKnown: boolean) =>
  chipsOf(filters, schoolKnown).length > 0;
