import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { EnvironmentVariables, durationToMs } from '@app/config';
import { JOB_DEFINITIONS, JobName, JobProducer } from '@app/queue';

const SCHEDULER_ID = 'search-sweep';

/** Worker only: keeps the repeatable search sweep scheduled. */
@Injectable()
export class SearchSweepScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(SearchSweepScheduler.name);
  private readonly everyMs: number;

  constructor(
    private readonly jobs: JobProducer,
    env: EnvironmentVariables,
  ) {
    this.everyMs = durationToMs(env.SEARCH_SWEEP_EVERY);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.everyMs === 0) return;
    try {
      await this.jobs
        .queueFor(JobName.SearchSweep)
        .upsertJobScheduler(
          SCHEDULER_ID,
          { every: this.everyMs },
          { name: JobName.SearchSweep, data: {}, opts: JOB_DEFINITIONS[JobName.SearchSweep].options },
        );
    } catch (error) {
      this.logger.error({ msg: 'could not schedule the search sweep', err: error });
    }
  }
}
