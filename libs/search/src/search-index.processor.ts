import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobHandler, JobName, type JobPayloads } from '@app/queue';
import { SearchDocumentSource } from './search-document';
import { SearchEngine, type SyncResult } from './search.types';

// A sweep looks back this far before its watermark: a transaction that committed late carries an older
// updated_at than changes committed before it.
const SWEEP_OVERLAP = '5 minutes';
const SWEEP_MAX_ACTIVITIES = 50_000;

/** Worker side of indexing: every job re-reads the database and makes the index agree with it. */
@Injectable()
export class SearchIndexProcessor {
  private readonly logger = new Logger(SearchIndexProcessor.name);
  private readonly source: SearchDocumentSource;

  constructor(
    private readonly engine: SearchEngine,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.source = new SearchDocumentSource(dataSource);
  }

  @JobHandler(JobName.SearchIndexActivity)
  indexActivity(payload: JobPayloads[JobName.SearchIndexActivity]): Promise<SyncResult> {
    return this.engine.sync([payload.activityId]);
  }

  @JobHandler(JobName.SearchIndexCompany)
  async indexCompany(payload: JobPayloads[JobName.SearchIndexCompany]): Promise<SyncResult> {
    const ids = await this.source.activityIdsOfCompany(payload.companyId);
    const total: SyncResult = { upserted: 0, removed: 0 };
    for (let i = 0; i < ids.length; i += 500) {
      const result = await this.engine.sync(ids.slice(i, i + 500));
      total.upserted += result.upserted;
      total.removed += result.removed;
    }
    return total;
  }

  /**
   * Catches up on index jobs that were never enqueued (Redis down) or gave up: re-syncs every activity whose
   * activity, location or company row changed since the last sweep looked. The first sweep of a database syncs
   * all, so rows written without the services (the seed) become searchable too; on an idle system the next
   * ones sync nothing.
   */
  @JobHandler(JobName.SearchSweep)
  async sweep(): Promise<{ synced: number }> {
    // Taken before looking, from the database's clock (never the app's): the next sweep starts from here.
    const looked = await this.source.seenBelow();
    const [state] = await this.dataSource.query<Array<{ watermark: string; seenBelow: string | null }>>(
      `SELECT watermark::text AS watermark, seen_xmin::text AS "seenBelow" FROM search_sweep_state WHERE engine = $1`,
      [this.engine.name],
    );
    const [{ since }] = await this.dataSource.query<Array<{ since: string }>>(
      `SELECT coalesce($1::timestamptz - interval '${SWEEP_OVERLAP}', '-infinity')::text AS since`,
      [state?.watermark ?? null],
    );
    // Within the look-back, rows that the last sweep could already see were synced by it: only late commits
    // and newer changes are left.
    const { synced, lastVersion } = await this.source.syncChangedSince(
      since,
      (ids) => this.engine.sync(ids),
      {
        maxActivities: SWEEP_MAX_ACTIVITIES,
        seenBelow: state?.seenBelow ?? null,
      },
    );
    // Stopped at the limit: the rest follows from the last synced change, with nothing known to be seen. A
    // sweep that started before the stored one keeps that one's state, which is complete on its own.
    const complete = synced < SWEEP_MAX_ACTIVITIES;
    // Nothing changed: the stored state still says everything that was seen (no row was left to sync within its
    // window), so an idle system's sweep writes nothing at all, not even its own row.
    if (synced === 0 && state) return { synced };
    await this.dataSource.query(
      `INSERT INTO search_sweep_state (engine, watermark, seen_xmin) VALUES ($1, $2, $3)
       ON CONFLICT (engine) DO UPDATE SET watermark = greatest(search_sweep_state.watermark, excluded.watermark),
                                          seen_xmin = CASE WHEN excluded.watermark >= search_sweep_state.watermark
                                                           THEN excluded.seen_xmin
                                                           ELSE search_sweep_state.seen_xmin END,
                                          swept_at = now()`,
      [this.engine.name, complete ? looked.now : lastVersion, complete ? looked.seenBelow : null],
    );
    if (synced > 0) this.logger.log({ msg: 'search sweep synced activities', synced });
    return { synced };
  }
}
