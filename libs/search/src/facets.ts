import { ActivityType, Delivery, EducationLevel, Programme, Province, TargetGroup, THEMES } from '@app/core';

/** The facet fields of a search, named as in `ActivitySearchInput` and in the result's `facets`. */
export const FACET_FIELDS = [
  'provinces',
  'levels',
  'types',
  'programmes',
  'targetGroups',
  'themes',
  'delivery',
] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

/**
 * The values of each facet field. The PostgreSQL engine stores a field as a bit mask in which bit i stands for
 * value i of this list: add new values at the end, and run `npm run search:reindex` after any other change.
 */
export const FACET_VALUES: Record<FacetField, readonly string[]> = {
  provinces: Object.values(Province),
  levels: Object.values(EducationLevel),
  types: Object.values(ActivityType),
  programmes: Object.values(Programme),
  targetGroups: Object.values(TargetGroup),
  themes: THEMES,
  delivery: Object.values(Delivery),
};

/** The filter values of a search per facet field; an absent or empty list does not filter. */
export type FacetFilters = Partial<Record<FacetField, readonly string[]>>;

/** The bit mask of `values` in `field` (unknown values are ignored). */
export function facetMask(field: FacetField, values: readonly string[]): number {
  let mask = 0;
  for (const value of values) {
    const bit = FACET_VALUES[field].indexOf(value);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

/** The values whose bits are set in `mask`. */
export function facetValuesOf(field: FacetField, mask: number): string[] {
  return FACET_VALUES[field].filter((_, bit) => (mask & (1 << bit)) !== 0);
}

/** The `facets` of a result: every field in FACET_FIELDS order, values with hits only, most hits first. */
export function toFacets(counts: Partial<Record<FacetField, Map<string, number>>>): Array<{
  field: FacetField;
  values: Array<{ value: string; count: number }>;
}> {
  return FACET_FIELDS.map((field) => ({
    field,
    values: [...(counts[field] ?? new Map<string, number>()).entries()]
      .filter(([, count]) => count > 0)
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
  }));
}
