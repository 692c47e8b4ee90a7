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
   * activity, location or company row changed since the last sweep. The first sweep of a database syncs all,
   * so rows written without the services (the seed) become searchable too.
   */
  @JobHandler(JobName.SearchSweep)
  async sweep(): Promise<{ synced: number }> {
    const [state] = await this.dataSource.query<Array<{ watermark: string }>>(
      `SELECT watermark::text AS watermark FROM search_sweep_state WHERE engine = $1`,
      [this.engine.name],
    );
    const [{ since }] = await this.dataSource.query<Array<{ since: string }>>(
      `SELECT coalesce($1::timestamptz - interval '${SWEEP_OVERLAP}', '-infinity')::text AS since`,
      [state?.watermark ?? null],
    );
    const { synced, lastVersion } = await this.source.syncChangedSince(
      since,
      (ids) => this.engine.sync(ids),
      SWEEP_MAX_ACTIVITIES,
    );
    if (lastVersion) {
      await this.dataSource.query(
        `INSERT INTO search_sweep_state (engine, watermark) VALUES ($1, $2)
         ON CONFLICT (engine) DO UPDATE SET watermark = greatest(search_sweep_state.watermark, excluded.watermark),
                                            swept_at = now()`,
        [this.engine.name, lastVersion],
      );
    }
    if (synced > 0) this.logger.log({ msg: 'search sweep synced activities', synced });
    return { synced };
  }
}
