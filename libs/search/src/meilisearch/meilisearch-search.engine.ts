import {
  Meilisearch,
  MeilisearchApiError,
  type EnqueuedTaskPromise,
  type MultiSearchQuery,
  type Task,
} from 'meilisearch';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Tx } from '@app/database';
import { haversineKm } from '@app/core';
import { FACET_FIELDS, toFacets, type FacetField } from '../facets';
import { MARK_END, MARK_START, joinHighlight, stripMarks } from '../highlight';
import { parseQuery, type ParsedQuery } from '../query-parser';
import { SearchDocumentSource, documentCompoundParts, type SearchDocument } from '../search-document';
import {
  SearchEngine,
  SearchSort,
  type ReindexProgress,
  type SearchRequest,
  type SearchResult,
  type SyncResult,
} from '../search.types';
import { quote, serverVersionProblem, settingsDiff, taskFailure, wholeWordMarks } from './meilisearch-checks';
import { MEILI_FACET_ATTRIBUTES, MEILISEARCH_SETTINGS } from './meilisearch-settings';

export interface MeilisearchOptions {
  host: string;
  apiKey?: string;
  /** The live index; a reindex builds `<index>_<time>` and swaps it in. */
  index: string;
  /**
   * Await the task of the documents the api drops after a commit too (tests). Syncs, setup and reindexes
   * always await theirs: a failed or cancelled task fails the job, which is retried.
   */
  waitForTasks?: boolean;
  reindexBatchSize?: number;
  /** Milliseconds each HTTP request to the server may take (default 10 s): a stalled server fails a search. */
  requestTimeoutMs?: number;
}

interface MeiliDocument {
  id: string;
  title: string;
  keywords: string;
  description: string;
  context: string;
  /** The parts of the Dutch compounds of all text ("robotstofzuigers": robot stofzuiger stof zuigers …). */
  compounds: string;
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

// How long to wait for a task: documents are indexed in batches within minutes; settings re-index the whole
// index (every document again), which takes far longer on a large one.
const DOCUMENT_TASK_TIMEOUT_MS = 10 * 60_000;
const SETTINGS_TASK_TIMEOUT_MS = 60 * 60_000;
const REQUEST_TIMEOUT_MS = 10_000;
// Query words of this many letters or more keep Meilisearch's two typos as typed (PostgreSQL's corrections allow
// as many); shorter ones are sent as their Dutch stem, as PostgreSQL matches them ("boten" finds "boot").
const STEM_BELOW_LETTERS = 9;

function toMeiliDocument(document: SearchDocument, compounds: string, stems: string): MeiliDocument {
  const result: MeiliDocument = {
    id: document.id,
    title: stripMarks(document.title),
    keywords: document.keywords,
    description: stripMarks(document.description),
    context: document.context,
    compounds,
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

function facetFilter(field: FacetField, values: readonly string[]): string {
  return `${MEILI_FACET_ATTRIBUTES[field]} IN [${values.map(quote).join(', ')}]`;
}

const DROP_LOGGER = new Logger('MeilisearchSearchEngine');

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
    this.client = new Meilisearch({
      host: options.host,
      apiKey: options.apiKey,
      timeout: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
    });
    this.source = new SearchDocumentSource(dataSource);
  }

  // Meilisearch has no Dutch stemmer: the database's text search configuration (the one the PostgreSQL engine
  // uses) gives the stems, indexed in an attribute of their own.
  private async toMeiliDocuments(documents: SearchDocument[]): Promise<MeiliDocument[]> {
    const compounds = new Map(documents.map((d) => [d.id, documentCompoundParts(d)]));
    const rows = await this.dataSource.query<Array<{ id: string; stems: string }>>(
      `SELECT r.id, array_to_string(tsvector_to_array(to_tsvector('dutch_unaccent', r.text)), ' ') AS stems
         FROM json_to_recordset($1::json) AS r(id text, text text)`,
      [
        JSON.stringify(
          documents.map((d) => ({
            id: d.id,
            text: `${d.title} ${d.keywords} ${d.description} ${d.context} ${compounds.get(d.id)}`,
          })),
        ),
      ],
    );
    const stems = new Map(rows.map((row) => [row.id, row.stems]));
    return documents.map((document) =>
      toMeiliDocument(document, compounds.get(document.id) ?? '', stems.get(document.id) ?? ''),
    );
  }

  private async waitFor(
    task: EnqueuedTaskPromise,
    { allowedError, timeout = DOCUMENT_TASK_TIMEOUT_MS }: { allowedError?: string; timeout?: number } = {},
  ): Promise<Task> {
    const done = await task.waitTask({ timeout, interval: 100 });
    const failure = taskFailure(done, allowedError);
    if (failure) throw failure;
    return done;
  }

  /** Checks the server's version, creates the live index when it is missing and applies the settings. */
  async setup(): Promise<void> {
    await this.checkVersion();
    await this.prepareIndex(this.options.index);
  }

  /**
   * At start-up of the api and the worker: the server speaks our API version and the live index has exactly
   * the code's settings (the deployment's search-setup step applies them). Throws, naming what differs.
   */
  override async verify(): Promise<void> {
    await this.checkVersion();
    let live;
    try {
      live = await this.client.index(this.options.index).getSettings();
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') {
        throw new Error(
          `Meilisearch index "${this.options.index}" does not exist: run npm run search:setup (the search-setup step of docker/compose.yml)`,
        );
      }
      throw error;
    }
    const differing = settingsDiff(live, MEILISEARCH_SETTINGS);
    if (differing.length > 0) {
      throw new Error(
        `Meilisearch index "${this.options.index}" has other settings than the code (${differing.join(', ')}): run npm run search:setup`,
      );
    }
  }

  private async checkVersion(): Promise<void> {
    const { pkgVersion } = await this.client.getVersion();
    const problem = serverVersionProblem(pkgVersion);
    if (problem) throw new Error(problem);
  }

  private async prepareIndex(uid: string): Promise<void> {
    await this.waitFor(this.client.createIndex(uid, { primaryKey: 'id' }), {
      allowedError: 'index_already_exists',
    });
    await this.waitFor(this.client.index(uid).updateSettings(MEILISEARCH_SETTINGS), {
      timeout: SETTINGS_TASK_TIMEOUT_MS,
    });
  }

  // The Dutch stems of query words, from the database's text search configuration (the one the PostgreSQL
  // engine and the `stems` attribute use); kept, since a word's stem never changes.
  private readonly stemCache = new Map<string, string>();

  private async queryText(parsed: ParsedQuery): Promise<string> {
    const missing = parsed.terms
      .map((term) => term.word)
      .filter((word) => word.length < STEM_BELOW_LETTERS && !this.stemCache.has(word));
    if (missing.length > 0) {
      const rows = await this.dataSource.query<Array<{ word: string; stem: string | null }>>(
        `SELECT w AS word, array_to_string(tsvector_to_array(to_tsvector('dutch_unaccent', w)), ' ') AS stem
           FROM unnest($1::text[]) AS w`,
        [missing],
      );
      if (this.stemCache.size > 10_000) this.stemCache.clear();
      for (const row of rows) this.stemCache.set(row.word, row.stem || row.word);
    }
    const words = parsed.terms.map((term) =>
      term.word.length < STEM_BELOW_LETTERS ? (this.stemCache.get(term.word) ?? term.word) : term.word,
    );
    // A query that ends in a space has no prefix word: PostgreSQL takes no one-letter word as a prefix either.
    const last = parsed.terms[parsed.terms.length - 1];
    return words.join(' ') + (last.prefix ? '' : ' ');
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const parsed = parseQuery(request.query);
    const q = parsed ? await this.queryText(parsed) : '';
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
          ? joinHighlight(
              wholeWordMarks(hit._formatted?.title ?? ''),
              wholeWordMarks(hit._formatted?.description ?? ''),
            )
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
    // Ties are ordered by activity id, as on PostgreSQL: the last ranking rule (see MEILISEARCH_SETTINGS).
  }

  // Meilisearch is outside the transaction: the documents go as soon as it commits (one task, not a queued job).
  // The mutation does not wait for Meilisearch (which may be slow or away): the index job the same transaction
  // queued removes them too. Tests (waitForTasks) wait for the task to finish.
  async dropUnsearchable(tx: Tx, changed: { activityIds?: string[]; companyIds?: string[] }): Promise<void> {
    const ids = await SearchDocumentSource.unsearchable(tx, changed);
    if (ids.length === 0) return;
    tx.afterCommit(async () => {
      const task = this.client.index(this.options.index).deleteDocuments(ids);
      if (this.options.waitForTasks) {
        await this.waitFor(task);
        return;
      }
      task.catch((error: unknown) =>
        DROP_LOGGER.warn({ msg: 'unsearchable documents not yet dropped; the index job drops them', error }),
      );
    });
  }

  async sync(activityIds: readonly string[]): Promise<SyncResult> {
    const ids = [...new Set(activityIds)];
    if (ids.length === 0) return { upserted: 0, removed: 0 };
    const documents = await this.source.load(ids);
    const found = new Set(documents.map((document) => document.id));
    const gone = ids.filter((id) => !found.has(id));
    const index = this.client.index<MeiliDocument>(this.options.index);
    // Awaited: a failed or cancelled task fails this sync, so that its job is retried and a sweep does not move
    // its watermark past it.
    if (documents.length > 0) {
      await this.waitFor(index.addDocuments(await this.toMeiliDocuments(documents), { primaryKey: 'id' }));
    }
    if (gone.length > 0) await this.waitFor(index.deleteDocuments(gone));
    return { upserted: documents.length, removed: gone.length };
  }

  /**
   * Builds a new index next to the live one and swaps them, so searches never see a half-built index; then
   * re-syncs what changed while it was built (those writes went to the old index). One reindex at a time (a
   * PostgreSQL advisory lock); a failed one deletes what it built.
   */
  async reindex(onProgress?: ReindexProgress): Promise<{ documents: number }> {
    const live = this.options.index;
    const lockKey = `meilisearch_reindex:${live}`;
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    let build: string | null = null;
    try {
      const [{ locked }] = (await lock.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [
        lockKey,
      ])) as Array<{ locked: boolean }>;
      if (!locked) throw new Error(`Another reindex of Meilisearch index "${live}" is running`);
      // The database's clock, against which the re-sync compares updated_at (never the app's).
      const [{ startedAt }] = (await lock.query(`SELECT clock_timestamp()::text AS "startedAt"`)) as Array<{
        startedAt: string;
      }>;
      await this.checkVersion();
      build = `${live}_build_${Date.now()}`;
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
      await this.waitFor(this.client.createIndex(live, { primaryKey: 'id' }), {
        allowedError: 'index_already_exists',
      });
      // Both exist: a swap, not a rename (`rename` needs v1.18, see MIN_SERVER_VERSION).
      await this.waitFor(this.client.swapIndexes([{ indexes: [live, build], rename: false }]));
      await this.source.syncChangedSince(startedAt, (ids) => this.sync(ids));
      return { documents: done };
    } finally {
      // After a swap it holds the old documents; after a failure the half-built ones. Either way it goes.
      if (build) {
        await this.waitFor(this.client.deleteIndex(build), { allowedError: 'index_not_found' }).catch(
          () => undefined,
        );
      }
      await lock.query(`SELECT pg_advisory_unlock(hashtext($1))`, [lockKey]).catch(() => undefined);
      await lock.release();
    }
  }
}
