import { BadInputException, THEMES, type LatLon } from '@app/core';
import { FACET_FIELDS, FACET_VALUES, type FacetFilters } from './facets';
import { MAX_QUERY_LENGTH } from './query-parser';
import { SearchSort, type SearchRequest } from './search.types';

/** What a client asks for, as `ActivitySearchInput` in the API contract. */
export interface SearchInput {
  query?: string | null;
  provinces?: readonly string[] | null;
  levels?: readonly string[] | null;
  types?: readonly string[] | null;
  programmes?: readonly string[] | null;
  targetGroups?: readonly string[] | null;
  themes?: readonly string[] | null;
  delivery?: readonly string[] | null;
  near?: LatLon | null;
  nearSchool?: string | null;
  radiusKm?: number | null;
  startsAfter?: Date | null;
  startsBefore?: Date | null;
  maxCostEuros?: number | null;
  sort?: SearchSort | null;
  page?: number | null;
  pageSize?: number | null;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const MAX_RADIUS_KM = 300;
/** Paging stops here, as in every search engine; narrow the search instead. */
export const MAX_RESULT_WINDOW = 10_000;

const THEME_BY_KEY = new Map<string, string>(THEMES.map((theme) => [theme.toLowerCase(), theme]));

function bad(field: string, message: string): BadInputException {
  return new BadInputException(message, { field });
}

/**
 * Checks a search and returns it with defaults applied; throws BAD_USER_INPUT naming the field. `nearSchool` is
 * left to the caller, which resolves it to a point (`point` here is only `near`).
 */
export function validateSearchInput(input: SearchInput): SearchRequest {
  const query = input.query ?? null;
  if (query !== null && query.length > MAX_QUERY_LENGTH) {
    throw bad('query', `The query is longer than ${MAX_QUERY_LENGTH} characters`);
  }

  const pageSize = input.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw bad('pageSize', `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  }
  const page = input.page ?? 1;
  if (!Number.isInteger(page) || page < 1) throw bad('page', 'page counts from 1');
  if ((page - 1) * pageSize >= MAX_RESULT_WINDOW) {
    throw bad('page', `Only the first ${MAX_RESULT_WINDOW} hits can be paged through; narrow the search`);
  }

  const near = input.near ?? null;
  if (near && (!isLatitude(near.lat) || !isLongitude(near.lon))) {
    throw bad('near', 'near needs a latitude from -90 to 90 and a longitude from -180 to 180');
  }
  if (near && input.nearSchool) throw bad('nearSchool', 'Give near or nearSchool, not both');
  const hasPoint = near !== null || Boolean(input.nearSchool);

  const radiusKm = input.radiusKm ?? null;
  if (radiusKm !== null) {
    if (!Number.isFinite(radiusKm) || radiusKm <= 0 || radiusKm > MAX_RADIUS_KM) {
      throw bad('radiusKm', `radiusKm must be more than 0 and at most ${MAX_RADIUS_KM}`);
    }
    if (!hasPoint) throw bad('radiusKm', 'radiusKm needs near or nearSchool');
  }

  const sort = input.sort ?? SearchSort.RELEVANCE;
  if (sort === SearchSort.DISTANCE && !hasPoint) {
    throw bad('sort', 'Sorting by DISTANCE needs near or nearSchool');
  }

  const startsAfter = validDate('startsAfter', input.startsAfter);
  const startsBefore = validDate('startsBefore', input.startsBefore);
  if (startsAfter && startsBefore && startsBefore < startsAfter) {
    throw bad('startsBefore', 'startsBefore lies before startsAfter');
  }

  const maxCostEuros = input.maxCostEuros ?? null;
  if (maxCostEuros !== null && (!Number.isFinite(maxCostEuros) || maxCostEuros < 0)) {
    throw bad('maxCostEuros', 'maxCostEuros must be 0 or more');
  }

  const filters: FacetFilters = {};
  for (const field of FACET_FIELDS) {
    const values = input[field];
    if (!values || values.length === 0) continue;
    const checked = values.map((value) => {
      const known =
        field === 'themes'
          ? THEME_BY_KEY.get(value.trim().toLowerCase())
          : FACET_VALUES[field].includes(value)
            ? value
            : undefined;
      if (!known) {
        throw bad(
          field,
          `Unknown value "${value}" in ${field}; use one of: ${FACET_VALUES[field].join(', ')}`,
        );
      }
      return known;
    });
    filters[field] = [...new Set(checked)];
  }

  return {
    query,
    filters,
    point: near ? { lat: near.lat, lon: near.lon } : null,
    radiusKm,
    startsAfter,
    startsBefore,
    maxCostEuros,
    sort,
    page,
    pageSize,
    facets: true,
  };
}

function isLatitude(value: number): boolean {
  return Number.isFinite(value) && value >= -90 && value <= 90;
}

function isLongitude(value: number): boolean {
  return Number.isFinite(value) && value >= -180 && value <= 180;
}

function validDate(field: string, value: Date | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw bad(field, `${field} is not a date`);
  return value;
}
