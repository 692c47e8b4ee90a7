import type { DataSource } from 'typeorm';
import {
  ACTIVITY_TYPE_LABELS,
  LEVEL_SEARCH_WORDS,
  PROGRAMME_LABELS,
  PROVINCE_NAMES,
  TARGET_GROUP_SEARCH_WORDS,
  type ActivityType,
  type Delivery,
  type EducationLevel,
  type Programme,
  type Province,
  type TargetGroup,
} from '@app/core';
import { compoundWords } from './compounds';
import { words } from './text';

/** What both engines index for one published activity of an approved company. */
export interface SearchDocument {
  id: string;
  /** Weight A. */
  title: string;
  /** Themes, the type and the target groups in Dutch words: weight B. */
  keywords: string;
  /** Weight C. */
  description: string;
  /** Company, location, place, provinces, levels and programme: weight D. */
  context: string;
  type: ActivityType;
  programme: Programme;
  delivery: Delivery;
  levels: EducationLevel[];
  targetGroups: TargetGroup[];
  themes: string[];
  provinces: Province[];
  costEuros: number;
  startsAt: Date | null;
  averageRating: number | null;
  reviewCount: number;
  publishedAt: Date | null;
  lat: number;
  lon: number;
  /** The latest `updated_at` of the activity, its location and its company. */
  sourceVersion: Date;
}

interface SourceRow {
  id: string;
  title: string;
  description: string;
  type: ActivityType;
  programme: Programme;
  delivery: Delivery;
  levels: EducationLevel[];
  target_groups: TargetGroup[];
  themes: string[];
  provinces: Province[];
  cost_euros: string;
  starts_at: Date | null;
  average_rating: number | null;
  review_count: number;
  published_at: Date | null;
  location_name: string;
  city: string;
  lat: number;
  lon: number;
  company_name: string;
  source_version: Date;
}

// The one definition of "searchable": published, and the company approved.
const SOURCE_SQL = `
  SELECT a.id, a.title, a.description, a.type, a.programme, a.delivery, a.levels, a.target_groups, a.themes,
         a.provinces, a.cost_euros, a.starts_at, a.average_rating, a.review_count, a.published_at,
         l.name AS location_name, l.city, l.lat, l.lon, c.name AS company_name,
         greatest(a.updated_at, l.updated_at, c.updated_at) AS source_version
    FROM activities a
    JOIN company_locations l ON l.id = a.location_id
    JOIN companies c ON c.id = l.company_id
   WHERE a.status = 'PUBLISHED' AND c.approved`;

export function toSearchDocument(row: SourceRow): SearchDocument {
  const join = (parts: Array<string | null | undefined>) => parts.filter(Boolean).join(' ');
  return {
    id: row.id,
    title: row.title,
    keywords: join([
      ...row.themes,
      ACTIVITY_TYPE_LABELS[row.type],
      ...row.target_groups.map((group) => TARGET_GROUP_SEARCH_WORDS[group]),
    ]),
    description: row.description,
    context: join([
      row.company_name,
      row.location_name,
      row.city,
      ...row.provinces.map((province) => PROVINCE_NAMES[province]),
      ...new Set(row.levels.map((level) => LEVEL_SEARCH_WORDS[level])),
      PROGRAMME_LABELS[row.programme],
    ]),
    type: row.type,
    programme: row.programme,
    delivery: row.delivery,
    levels: row.levels,
    targetGroups: row.target_groups,
    themes: row.themes,
    provinces: row.provinces,
    costEuros: Number(row.cost_euros),
    startsAt: row.starts_at,
    averageRating: row.average_rating,
    reviewCount: row.review_count,
    publishedAt: row.published_at,
    lat: row.lat,
    lon: row.lon,
    sourceVersion: row.source_version,
  };
}

/**
 * A field's text as both engines index it: the text, then the parts of its Dutch compounds ("Webcast over
 * robotstofzuigers" … robot stofzuiger stofzuigers stof zuiger zuigers), so that a part finds the compound.
 */
export function withCompoundParts(text: string): string {
  const parts = compoundWords(words(text));
  return parts.length === 0 ? text : `${text} ${parts.join(' ')}`;
}

/** The parts of the compounds of all of a document's text (Meilisearch's attribute of its own). */
export function documentCompoundParts(document: SearchDocument): string {
  return compoundWords(
    words(`${document.title} ${document.keywords} ${document.description} ${document.context}`),
  ).join(' ');
}

/**
 * Every word a document can be found by, folded, compound parts included: the vocabulary that typo tolerance
 * corrects towards.
 */
export function documentWords(document: SearchDocument): string[] {
  const found = words(`${document.title} ${document.keywords} ${document.description} ${document.context}`);
  return [...found, ...compoundWords(found)].filter((word) => word.length >= 2 && word.length <= 40);
}

// Whether a row's xmin (32 bits, wrapping around) comes before the 64-bit transaction id `xid8`: the circular
// comparison PostgreSQL itself uses for xids. The special ids below 3 (bootstrap, frozen) are always older.
function writtenBefore(xmin: string, xid8: string): string {
  const xid = `${xmin}::text::bigint`;
  return `(${xid} < 3 OR ((${xid} - ${xid8}::text::bigint) % 4294967296 + 4294967296) % 4294967296 >= 2147483648)`;
}

/** Reads search documents from the catalogue tables. */
export class SearchDocumentSource {
  constructor(private readonly dataSource: DataSource) {}

  /** The searchable ones among `ids`; the others are to be removed from an index. */
  async load(ids: readonly string[]): Promise<SearchDocument[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.query<SourceRow[]>(`${SOURCE_SQL} AND a.id = ANY($1::uuid[])`, [
      [...ids],
    ]);
    return rows.map(toSearchDocument);
  }

  /** The next `limit` searchable documents after `afterId` in id order (for a full reindex). */
  async page(afterId: string | null, limit: number): Promise<SearchDocument[]> {
    const rows = await this.dataSource.query<SourceRow[]>(
      `${SOURCE_SQL} AND ($1::uuid IS NULL OR a.id > $1::uuid) ORDER BY a.id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map(toSearchDocument);
  }

  async count(): Promise<number> {
    const [row] = await this.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM (${SOURCE_SQL}) s`,
    );
    return row.n;
  }

  /**
   * Activities (in any status) whose activity, location or company changed after `since`, oldest change first,
   * continuing after `after`; with `seenBelow` (a transaction id, see `seenBelow`) only rows written by a
   * transaction from that one on. Versions are PostgreSQL timestamps as text, so that no microsecond is lost.
   */
  async changedSince(
    since: string,
    after: { version: string; id: string } | null,
    limit: number,
    seenBelow: string | null = null,
  ): Promise<Array<{ id: string; version: string }>> {
    return this.dataSource.query(
      `SELECT id, version::text AS version FROM (
         SELECT a.id, greatest(a.updated_at, l.updated_at, c.updated_at) AS version,
                a.xmin AS a_xmin, l.xmin AS l_xmin, c.xmin AS c_xmin
           FROM activities a
           JOIN company_locations l ON l.id = a.location_id
           JOIN companies c ON c.id = l.company_id) s
        WHERE version > $1::timestamptz
          AND ($2::timestamptz IS NULL OR (version, id) > ($2::timestamptz, $3::uuid))
          AND ($5::xid8 IS NULL OR NOT (${['s.a_xmin', 's.l_xmin', 's.c_xmin']
            .map((xmin) => writtenBefore(xmin, '$5::xid8'))
            .join(' AND ')}))
        ORDER BY version, id
        LIMIT $4`,
      [since, after?.version ?? null, after?.id ?? null, limit, seenBelow],
    );
  }

  /** Syncs, batch by batch, every activity changed after `since` (after a reindex, or in a sweep). */
  async syncChangedSince(
    since: string,
    sync: (ids: string[]) => Promise<unknown>,
    {
      maxActivities = Number.POSITIVE_INFINITY,
      seenBelow = null,
    }: { maxActivities?: number; seenBelow?: string | null } = {},
  ): Promise<{ synced: number; lastVersion: string | null }> {
    let after: { version: string; id: string } | null = null;
    let synced = 0;
    while (synced < maxActivities) {
      const changed = await this.changedSince(since, after, 1000, seenBelow);
      if (changed.length === 0) break;
      await sync(changed.map((row) => row.id));
      synced += changed.length;
      after = changed[changed.length - 1];
    }
    return { synced, lastVersion: after?.version ?? null };
  }

  /**
   * The database's clock and the oldest transaction still running, read in one statement before a sweep looks:
   * whatever a transaction below that id wrote, the sweep sees. (Conservative: a transaction's subtransactions
   * have higher ids and are not listed in a snapshot, so the snapshot's list of running ids cannot be trusted.)
   */
  async seenBelow(): Promise<{ now: string; seenBelow: string }> {
    const [row] = await this.dataSource.query<Array<{ now: string; seenBelow: string }>>(
      `SELECT now()::text AS now, pg_snapshot_xmin(pg_current_snapshot())::text AS "seenBelow"`,
    );
    return row;
  }

  /**
   * Of the given activities and the activities of the given companies, those that are not searchable (any more),
   * as `queryable` (the publisher's transaction) sees them.
   */
  static async unsearchable(
    queryable: { query<T>(sql: string, parameters?: unknown[]): Promise<T> },
    { activityIds = [], companyIds = [] }: { activityIds?: string[]; companyIds?: string[] },
    /** Only those with a document in this table (an engine's own), in the same statement. */
    indexedIn?: string,
  ): Promise<string[]> {
    if (activityIds.length === 0 && companyIds.length === 0) return [];
    const indexed = indexedIn ? `AND EXISTS (SELECT 1 FROM ${indexedIn} d WHERE d.activity_id = a.id)` : '';
    // Both conditions on activities, so that each takes its own index (a BitmapOr): `l.company_id = ANY` across
    // the join read all 100,000 activities and 30,000 locations (~145 ms in every publish and archive).
    const rows = await queryable.query<Array<{ id: string }>>(
      `SELECT a.id FROM activities a
         JOIN company_locations l ON l.id = a.location_id
         JOIN companies c ON c.id = l.company_id
        WHERE (a.id = ANY($1::uuid[])
               OR a.location_id = ANY(ARRAY(SELECT id FROM company_locations WHERE company_id = ANY($2::uuid[]))))
          AND NOT (a.status = 'PUBLISHED' AND c.approved) ${indexed}`,
      [activityIds, companyIds],
    );
    return rows.map((row) => row.id);
  }

  async activityIdsOfCompany(companyId: string): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT a.id FROM activities a JOIN company_locations l ON l.id = a.location_id WHERE l.company_id = $1`,
      [companyId],
    );
    return rows.map((row) => row.id);
  }
}
