import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '@app/database';
import { JobName, JobProducer } from '@app/queue';
import { SearchEngine } from './search.types';

// Enqueueing waits at most this long: a slow or unreachable Redis must not hold up the mutation that changed
// something; the sweep job catches up later (see SearchIndexProcessor.sweep).
const ENQUEUE_TIMEOUT_MS = 1000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the queue within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Inside the publisher's transaction, takes what stopped being searchable out of the index (so that no page of
 * hits carries an activity the api must drop). Hears committed changes to activities and companies (`'activities.changed'`, `'companies.changed'`) and enqueues index jobs with ids only, one per activity
 * or company, deduplicated: while a job for an activity waits, more changes to it add nothing; while it runs,
 * one more job is kept for afterwards (`keepLastIfActive`), so the last change is always indexed.
 */
@Injectable()
export class SearchIndexProducer implements OnModuleInit {
  private readonly logger = new Logger(SearchIndexProducer.name);

  constructor(
    private readonly events: EventBus,
    private readonly jobs: JobProducer,
    private readonly engine: SearchEngine,
  ) {}

  onModuleInit(): void {
    this.events.onInTransaction('activities.changed', ({ activityIds }, tx) =>
      this.engine.dropUnsearchable(tx, { activityIds }),
    );
    this.events.onInTransaction('companies.changed', ({ companyIds }, tx) =>
      this.engine.dropUnsearchable(tx, { companyIds }),
    );
    this.events.onCommitted('activities.changed', ({ activityIds }) => this.activitiesChanged(activityIds));
    this.events.onCommitted('companies.changed', ({ companyIds }) => this.companiesChanged(companyIds));
  }

  async activitiesChanged(activityIds: string[]): Promise<void> {
    await this.safely('activities', activityIds, (id) =>
      this.jobs.enqueue(
        JobName.SearchIndexActivity,
        { activityId: id },
        { deduplication: { id: `activity:${id}`, keepLastIfActive: true } },
      ),
    );
  }

  async companiesChanged(companyIds: string[]): Promise<void> {
    await this.safely('companies', companyIds, (id) =>
      this.jobs.enqueue(
        JobName.SearchIndexCompany,
        { companyId: id },
        { deduplication: { id: `company:${id}`, keepLastIfActive: true } },
      ),
    );
  }

  // Never throws: the change is committed already, and a lost job is caught up by the sweep.
  private async safely(kind: string, ids: string[], enqueue: (id: string) => Promise<void>): Promise<void> {
    try {
      await withTimeout(Promise.all([...new Set(ids)].map(enqueue)), ENQUEUE_TIMEOUT_MS);
    } catch (error) {
      this.logger.warn({
        msg: 'could not enqueue search index jobs; the sweep will catch up',
        kind,
        ids,
        err: error,
      });
    }
  }
}
