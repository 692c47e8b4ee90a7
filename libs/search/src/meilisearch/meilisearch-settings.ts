import type { Settings } from 'meilisearch';
import type { FacetField } from '../facets';
import { meilisearchSynonyms } from '../synonyms';
import { DUTCH_STOP_WORDS } from '../text';

/** The attribute of a Meilisearch document that holds each facet field. */
export const MEILI_FACET_ATTRIBUTES: Record<FacetField, string> = {
  provinces: 'provinces',
  levels: 'levels',
  types: 'type',
  programmes: 'programme',
  targetGroups: 'targetGroups',
  themes: 'themes',
  delivery: 'delivery',
};

/**
 * The index settings, as code; `npm run search:setup` applies them and a reindex builds every new index with
 * them. The searchable attributes are in the order of the PostgreSQL weights (A title, B keywords,
 * C description, D context), then the parts of their Dutch compounds, then the Dutch stems of all of them.
 */
export const MEILISEARCH_SETTINGS: Settings = {
  searchableAttributes: ['title', 'keywords', 'description', 'context', 'compounds', 'stems'],
  displayedAttributes: ['id', 'title', 'description', '_geo'],
  filterableAttributes: [...Object.values(MEILI_FACET_ATTRIBUTES), 'costEuros', 'startsAt', '_geo'],
  sortableAttributes: ['publishedAt', 'startsAt', 'averageRating', 'reviewCount', '_geo', 'id'],
  // `sort` first: a requested order (distance, date, rating) is strict, relevance only breaks its ties; without
  // a sort parameter the rule does nothing. Last, the activity id: ties in the order PostgreSQL gives them.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'id:asc'],
  stopWords: [...DUTCH_STOP_WORDS],
  synonyms: meilisearchSynonyms(),
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  localizedAttributes: [
    {
      attributePatterns: ['title', 'keywords', 'description', 'context', 'compounds', 'stems'],
      locales: ['nld'],
    },
  ],
  // Totals and facet counts must be exact, as on PostgreSQL.
  pagination: { maxTotalHits: 1_000_000 },
  faceting: { maxValuesPerFacet: 100 },
};
