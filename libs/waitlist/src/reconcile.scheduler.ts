import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EnvironmentVariables, durationToMs } from '@app/config';
import { JOB_DEFINITIONS, JobName, JobProducer } from '@app/queue';

const SCHEDULER_ID = 'waitlist-reconcile';

/**
 * Worker only: keeps the repeatable reconcile job scheduled (again after Redis lost it) and runs one reconcile
 * at start, so that whatever a crashed worker left undone is picked up at once.
 */
@Injectable()
export class ReconcileScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ReconcileScheduler.name);
  private readonly everyMs: number;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly jobs: JobProducer,
    env: EnvironmentVariables,
  ) {
    this.everyMs = durationToMs(env.WAITLIST_RECONCILE_EVERY);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.everyMs === 0) return;
    await this.schedule();
    await this.jobs.enqueue(JobName.WaitlistReconcile, {});
    // Cheap check that the scheduler still exists; a flushed Redis loses it with everything else.
    this.timer = setInterval(() => {
      this.keepScheduled().catch((error: unknown) =>
        this.logger.warn({ msg: 'could not check the reconcile scheduler', err: error }),
      );
    }, this.everyMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async schedule(): Promise<void> {
    const { options } = JOB_DEFINITIONS[JobName.WaitlistReconcile];
    await this.jobs
      .queueFor(JobName.WaitlistReconcile)
      .upsertJobScheduler(
        SCHEDULER_ID,
        { every: this.everyMs },
        { name: JobName.WaitlistReconcile, data: {}, opts: options },
      );
  }

  async keepScheduled(): Promise<void> {
    const queue = this.jobs.queueFor(JobName.WaitlistReconcile);
    if (await queue.getJobScheduler(SCHEDULER_ID)) return;
    this.logger.warn({ msg: 'reconcile scheduler was missing (Redis flushed?); scheduling it again' });
    await this.schedule();
  }
}
