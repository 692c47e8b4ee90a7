import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus, type Tx } from '@app/database';
import { JobName, JobProducer, type BulkJob } from '@app/queue';
import { SearchEngine } from './search.types';

/**
 * Hears changes to activities and companies (`'activities.changed'`, `'companies.changed'`) inside the
 * transaction that made them. It takes what stopped being searchable out of the index there and then (so that no
 * page of hits carries an activity the api must drop), and writes index jobs, ids only, to its job outbox: one
 * per activity or company, deduplicated (while a job for an activity waits, more changes to it add nothing; while
 * it runs, one more job is kept for afterwards, `keepLastIfActive`), so the last change is always indexed. The
 * jobs reach Redis after the commit, or when Redis is back; the mutation never waits on Redis.
 */
@Injectable()
export class SearchIndexProducer implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly jobs: JobProducer,
    private readonly engine: SearchEngine,
  ) {}

  onModuleInit(): void {
    this.events.onInTransaction('activities.changed', async ({ activityIds }, tx) => {
      await this.engine.dropUnsearchable(tx, { activityIds });
      await this.activitiesChanged(tx, activityIds);
    });
    this.events.onInTransaction('companies.changed', async ({ companyIds }, tx) => {
      await this.engine.dropUnsearchable(tx, { companyIds });
      await this.companiesChanged(tx, companyIds);
    });
  }

  activitiesChanged(tx: Tx, activityIds: string[]): Promise<void> {
    return this.jobs.enqueueIn(
      tx,
      [...new Set(activityIds)].map((id): BulkJob => ({
        name: JobName.SearchIndexActivity,
        payload: { activityId: id },
        options: { deduplication: { id: `activity:${id}`, keepLastIfActive: true } },
      })),
    );
  }

  companiesChanged(tx: Tx, companyIds: string[]): Promise<void> {
    return this.jobs.enqueueIn(
      tx,
      [...new Set(companyIds)].map((id): BulkJob => ({
        name: JobName.SearchIndexCompany,
        payload: { companyId: id },
        options: { deduplication: { id: `company:${id}`, keepLastIfActive: true } },
      })),
    );
  }
}
