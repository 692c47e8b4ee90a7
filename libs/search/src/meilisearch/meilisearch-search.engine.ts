import { Meilisearch, type EnqueuedTaskPromise, type MultiSearchQuery, type Task } from 'meilisearch';
import type { DataSource } from 'typeorm';
import type { Tx } from '@app/database';
import { haversineKm } from '@app/core';
import { FACET_FIELDS, toFacets, type FacetField } from '../facets';
import { MARK_END, MARK_START, joinHighlight, stripMarks } from '../highlight';
import { parseQuery } from '../query-parser';
import { SearchDocumentSource, type SearchDocument } from '../search-document';
import {
  SearchEngine,
  SearchSort,
  type ReindexProgress,
  type SearchRequest,
  type SearchResult,
  type SyncResult,
} from '../search.types';
import { MEILI_FACET_ATTRIBUTES, MEILISEARCH_SETTINGS } from './meilisearch-settings';

export interface MeilisearchOptions {
  host: string;
  apiKey?: string;
  /** The live index; a reindex builds `<index>_<time>` and swaps it in. */
  index: string;
  /** Await every write task (setup, tests); the api and worker only enqueue them. */
  waitForTasks?: boolean;
  reindexBatchSize?: number;
}

interface MeiliDocument {
  id: string;
  title: string;
  keywords: string;
  description: string;
  context: string;
  /** PostgreSQL's Dutch stems of all text, so that inflections (zonneboten, zonneboot) meet in Meilisearch too. */
  stems: string;
  type: string;
  programme: string;
  delivery: string;
  levels: string[];
  targetGroups: string[];
  themes: string[];
  provinces: string[];
  costEuros: number;
  // Dates as epoch milliseconds; absent values sort last in Meilisearch, as NULLS LAST does in PostgreSQL.
  startsAt?: number;
  averageRating?: number;
  reviewCount: number;
  publishedAt?: number;
  _geo: { lat: number; lng: number };
}

interface MeiliHit {
  id: string;
  _geo?: { lat: number; lng: number };
  _formatted?: { title?: string; description?: string };
}

const TASK_TIMEOUT_MS = 120_000;

function toMeiliDocument(document: SearchDocument, stems: string): MeiliDocument {
  const result: MeiliDocument = {
    id: document.id,
    title: stripMarks(document.title),
    keywords: document.keywords,
    description: stripMarks(document.description),
    context: document.context,
    stems,
    type: document.type,
    programme: document.programme,
    delivery: document.delivery,
    levels: document.levels,
    targetGroups: document.targetGroups,
    themes: document.themes,
    provinces: document.provinces,
    costEuros: document.costEuros,
    reviewCount: document.reviewCount,
    _geo: { lat: document.lat, lng: document.lon },
  };
  if (document.startsAt) result.startsAt = document.startsAt.getTime();
  if (document.averageRating !== null) result.averageRating = document.averageRating;
  if (document.publishedAt) result.publishedAt = document.publishedAt.getTime();
  return result;
}

// Filter values are enum names and the fixed themes; quoting still escapes, so no value can change the filter.
function quote(value: string): string {
  return `"${value.replace(/["\\]/g, (char) => `\\${char}`)}"`;
}

function facetFilter(field: FacetField, values: readonly string[]): string {
  return `${MEILI_FACET_ATTRIBUTES[field]} IN [${values.map(quote).join(', ')}]`;
}

/** The Meilisearch engine, with the official client; same documents, synonyms and stop words as PostgreSQL. */
export class MeilisearchSearchEngine extends SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private readonly source: SearchDocumentSource;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: MeilisearchOptions,
  ) {
    super();
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey });
    this.source = new SearchDocumentSource(dataSource);
  }

  // Meilisearch has no Dutch stemmer: the database's text search configuration (the one the PostgreSQL engine
  // uses) gives the stems, indexed in an attribute of their own.
  private async toMeiliDocuments(documents: SearchDocument[]): Promise<MeiliDocument[]> {
    const rows = await this.dataSource.query<Array<{ id: string; stems: string }>>(
      `SELECT r.id, array_to_string(tsvector_to_array(to_tsvector('dutch_unaccent', r.text)), ' ') AS stems
         FROM json_to_recordset($1::json) AS r(id text, text text)`,
      [
        JSON.stringify(
          documents.map((d) => ({
            id: d.id,
            text: `${d.title} ${d.keywords} ${d.description} ${d.context}`,
          })),
        ),
      ],
    );
    const stems = new Map(rows.map((row) => [row.id, row.stems]));
    return documents.map((document) => toMeiliDocument(document, stems.get(document.id) ?? ''));
  }

  private async waitFor(task: EnqueuedTaskPromise, allowedError?: string): Promise<Task> {
    const done = await task.waitTask({ timeout: TASK_TIMEOUT_MS });
    if (done.status !== 'succeeded' && done.error?.code !== allowedError) {
      throw new Error(
        `Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? 'no reason given'}`,
      );
    }
    return done;
  }

  private async write(task: EnqueuedTaskPromise): Promise<void> {
    if (this.options.waitForTasks) await this.waitFor(task);
    else await task;
  }

  /** Creates the live index when it is missing and applies the settings. */
  async setup(): Promise<void> {
    await this.prepareIndex(this.options.index);
  }

  private async prepareIndex(uid: string): Promise<void> {
    await this.waitFor(this.client.createIndex(uid, { primaryKey: 'id' }), 'index_already_exists');
    await this.waitFor(this.client.index(uid).updateSettings(MEILISEARCH_SETTINGS));
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const parsed = parseQuery(request.query);
    const q = parsed?.text ?? '';
    const common: string[] = [];
    if (request.point && request.radiusKm !== null) {
      common.push(
        `_geoRadius(${request.point.lat}, ${request.point.lon}, ${Math.round(request.radiusKm * 1000)})`,
      );
    }
    if (request.startsAfter) common.push(`startsAt >= ${request.startsAfter.getTime()}`);
    if (request.startsBefore) common.push(`startsAt <= ${request.startsBefore.getTime()}`);
    if (request.maxCostEuros !== null) common.push(`costEuros <= ${request.maxCostEuros}`);
    const filtered = FACET_FIELDS.filter((field) => (request.filters[field]?.length ?? 0) > 0);
    const filtersExcept = (skip: FacetField | null) => [
      ...common,
      ...filtered
        .filter((field) => field !== skip)
        .map((field) => facetFilter(field, request.filters[field] ?? [])),
    ];

    const main: MultiSearchQuery = {
      indexUid: this.options.index,
      q,
      matchingStrategy: 'all',
      filter: filtersExcept(null),
      sort: this.sort(request, parsed !== null),
      page: request.page,
      hitsPerPage: request.pageSize,
      attributesToRetrieve: ['id', '_geo'],
      ...(parsed
        ? {
            attributesToHighlight: ['title', 'description'],
            attributesToCrop: ['description'],
            cropLength: 24,
            cropMarker: '…',
            highlightPreTag: MARK_START,
            highlightPostTag: MARK_END,
          }
        : {}),
      // Fields without a filter are counted on the main query itself.
      facets: request.facets
        ? FACET_FIELDS.filter((field) => !filtered.includes(field)).map((f) => MEILI_FACET_ATTRIBUTES[f])
        : [],
    };
    // Disjunctive facets: each filtered field is counted with every filter but its own, in the same request.
    const facetQueries: MultiSearchQuery[] = request.facets
      ? filtered.map((field) => ({
          indexUid: this.options.index,
          q,
          matchingStrategy: 'all',
          filter: filtersExcept(field),
          facets: [MEILI_FACET_ATTRIBUTES[field]],
          page: 1,
          hitsPerPage: 0,
        }))
      : [];
    const { results } = await this.client.multiSearch<{ queries: MultiSearchQuery[] }, MeiliHit>({
      queries: [main, ...facetQueries],
    });

    const [mainResult, ...facetResults] = results;
    const counts: Partial<Record<FacetField, Map<string, number>>> = {};
    if (request.facets) {
      const collect = (fields: FacetField[], distribution: Record<string, Record<string, number>> = {}) => {
        for (const field of fields) {
          counts[field] = new Map(Object.entries(distribution[MEILI_FACET_ATTRIBUTES[field]] ?? {}));
        }
      };
      collect(
        FACET_FIELDS.filter((field) => !filtered.includes(field)),
        mainResult.facetDistribution,
      );
      filtered.forEach((field, i) => collect([field], facetResults[i]?.facetDistribution));
    }
    const point = request.point;
    return {
      total: mainResult.totalHits ?? mainResult.estimatedTotalHits ?? 0,
      page: request.page,
      pageSize: request.pageSize,
      hits: mainResult.hits.map((hit) => ({
        activityId: hit.id,
        distanceKm:
          point && hit._geo
            ? Math.round(haversineKm(point, { lat: hit._geo.lat, lon: hit._geo.lng }) * 1000) / 1000
            : null,
        highlight: parsed
          ? joinHighlight(hit._formatted?.title ?? '', hit._formatted?.description ?? '')
          : null,
      })),
      facets: request.facets ? toFacets(counts) : [],
      engine: this.name,
      markWords: null,
    };
  }

  private sort(request: SearchRequest, hasText: boolean): string[] | undefined {
    switch (request.sort) {
      case SearchSort.DISTANCE:
        return request.point ? [`_geoPoint(${request.point.lat}, ${request.point.lon}):asc`] : undefined;
      case SearchSort.START_DATE:
        return ['startsAt:asc'];
      case SearchSort.RATING:
        return ['averageRating:desc', 'reviewCount:desc'];
      case SearchSort.RELEVANCE:
        return hasText ? undefined : ['publishedAt:desc'];
    }
  }

  // Meilisearch is outside the transaction: the documents go as soon as it commits (one task, not a queued job).
  async dropUnsearchable(tx: Tx, changed: { activityIds?: string[]; companyIds?: string[] }): Promise<void> {
    const ids = await SearchDocumentSource.unsearchable(tx, changed);
    if (ids.length === 0) return;
    tx.afterCommit(() => this.write(this.client.index(this.options.index).deleteDocuments(ids)));
  }

  async sync(activityIds: readonly string[]): Promise<SyncResult> {
    const ids = [...new Set(activityIds)];
    if (ids.length === 0) return { upserted: 0, removed: 0 };
    const documents = await this.source.load(ids);
    const found = new Set(documents.map((document) => document.id));
    const gone = ids.filter((id) => !found.has(id));
    const index = this.client.index<MeiliDocument>(this.options.index);
    if (documents.length > 0) {
      await this.write(index.addDocuments(await this.toMeiliDocuments(documents), { primaryKey: 'id' }));
    }
    if (gone.length > 0) await this.write(index.deleteDocuments(gone));
    return { upserted: documents.length, removed: gone.length };
  }

  /**
   * Builds a new index next to the live one and swaps them, so searches never see a half-built index; then
   * re-syncs what changed while it was built (those writes went to the old index).
   */
  async reindex(onProgress?: ReindexProgress): Promise<{ documents: number }> {
    const startedAt = new Date(Date.now() - 60_000);
    const live = this.options.index;
    const build = `${live}_${Date.now()}`;
    await this.prepareIndex(build);
    const total = await this.source.count();
    const batchSize = this.options.reindexBatchSize ?? 5000;
    const index = this.client.index<MeiliDocument>(build);
    let done = 0;
    let after: string | null = null;
    onProgress?.(0, total);
    for (;;) {
      const batch = await this.source.page(after, batchSize);
      if (batch.length === 0) break;
      after = batch[batch.length - 1].id;
      // Waiting per batch keeps the progress bar honest and Meilisearch's task queue short.
      await this.waitFor(index.addDocuments(await this.toMeiliDocuments(batch), { primaryKey: 'id' }));
      done += batch.length;
      onProgress?.(done, Math.max(total, done));
    }
    await this.waitFor(this.client.createIndex(live, { primaryKey: 'id' }), 'index_already_exists');
    await this.waitFor(this.client.swapIndexes([{ indexes: [live, build], rename: false }]));
    await this.waitFor(this.client.deleteIndex(build));
    await this.source.syncChangedSince(startedAt.toISOString(), (ids) => this.sync(ids));
    return { documents: done };
  }
}
