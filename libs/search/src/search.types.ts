import type { SearchEngineName } from '@app/config';
import type { LatLon } from '@app/core';
import type { Tx } from '@app/database';
import type { FacetField, FacetFilters } from './facets';

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  DISTANCE = 'DISTANCE',
  START_DATE = 'START_DATE',
  RATING = 'RATING',
}

/** A checked search, as the engines take it (see `validateSearchInput`). */
export interface SearchRequest {
  /** Raw text, at most 200 characters; the engines parse it with `parseQuery`. */
  query: string | null;
  filters: FacetFilters;
  /** Distances are measured from here; with `radiusKm` only activities within it are found. */
  point: LatLon | null;
  radiusKm: number | null;
  startsAfter: Date | null;
  startsBefore: Date | null;
  maxCostEuros: number | null;
  sort: SearchSort;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** Whether to count facets (skipped when the client does not ask for them). */
  facets: boolean;
}

export interface SearchHit {
  activityId: string;
  distanceKm: number | null;
  /**
   * Title and an excerpt with the matched words in `<mark>`, the rest HTML-escaped, when the engine marked them
   * itself (Meilisearch); otherwise null, and `pageHighlighter` marks the result's `markWords` in the texts.
   */
  highlight: string | null;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchFacet {
  field: FacetField;
  /** Values with at least one hit, most hits first. */
  values: FacetCount[];
}

export interface SearchResult {
  total: number;
  page: number;
  pageSize: number;
  hits: SearchHit[];
  facets: SearchFacet[];
  engine: SearchEngineName;
  /**
   * With text, on an engine that leaves the marking to whoever reads the page's activities (PostgreSQL, so
   * that they are read once): the folded words that match a query term. Null otherwise.
   */
  markWords: string[] | null;
}

export interface SyncResult {
  upserted: number;
  removed: number;
}

export type ReindexProgress = (done: number, total: number) => void;

/**
 * A search engine over the published activities of approved companies. Engines read their documents from the
 * database themselves; `sync` makes the index agree with the database for the given activities.
 */
export abstract class SearchEngine {
  abstract readonly name: SearchEngineName;

  abstract search(request: SearchRequest): Promise<SearchResult>;

  /** Upserts the given activities that are searchable and removes the others. Idempotent. */
  abstract sync(activityIds: readonly string[]): Promise<SyncResult>;

  /**
   * Inside the transaction that unpublished activities or unapproved a company: takes the ones that are no
   * longer searchable out of the index, so that no search finds them once it commits (a page never comes back
   * short of hits the api must drop while `total` still counts them). Index jobs do the rest after the commit.
   */
  abstract dropUnsearchable(
    tx: Tx,
    changed: { activityIds?: string[]; companyIds?: string[] },
  ): Promise<void>;

  /** Rebuilds the whole index; searches keep working while it runs. */
  abstract reindex(onProgress?: ReindexProgress): Promise<{ documents: number }>;

  /** Creates or updates what the engine needs outside the database migrations (Meilisearch index settings). */
  abstract setup(): Promise<void>;

  /** Checks at start-up that the engine's server and index are what the code expects; throws when not. */
  async verify(): Promise<void> {}

  /** Releases connections the engine opened itself. */
  async close(): Promise<void> {}
}
