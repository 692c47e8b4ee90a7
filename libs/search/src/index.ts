export { pageHighlighter } from './highlight';
export { FACET_FIELDS, FACET_VALUES, facetMask, type FacetField, type FacetFilters } from './facets';
export { settingsDiff } from './meilisearch/meilisearch-checks';
export { MEILISEARCH_SETTINGS } from './meilisearch/meilisearch-settings';
export { MeilisearchSearchEngine, type MeilisearchOptions } from './meilisearch/meilisearch-search.engine';
export {
  MASK_COLUMNS,
  PostgresSearchEngine,
  type PostgresSearchOptions,
} from './postgres/postgres-search.engine';
export { MAX_QUERY_LENGTH, parseQuery, type ParsedQuery, type QueryTerm } from './query-parser';
export { SearchDocumentSource, toSearchDocument, type SearchDocument } from './search-document';
export { createSearchEngine, DEFAULT_MEILI_INDEX } from './search-engine.factory';
export { SearchIndexProcessor } from './search-index.processor';
export { SearchIndexProducer } from './search-index.producer';
export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  MAX_RADIUS_KM,
  MAX_RESULT_WINDOW,
  validateSearchInput,
  type SearchInput,
} from './search-input';
export { SearchModule, SearchWorkerModule } from './search.module';
export { SearchService } from './search.service';
export {
  SearchEngine,
  SearchSort,
  type FacetCount,
  type ReindexProgress,
  type SearchFacet,
  type SearchHit,
  type SearchRequest,
  type SearchResult,
  type SyncResult,
} from './search.types';
export { SYNONYM_GROUPS } from './synonyms';
