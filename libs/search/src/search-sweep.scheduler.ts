import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { durationToMs } from '@app/config';
import { JOB_DEFINITIONS, JobName, JobProducer } from '@app/queue';

const SCHEDULER_ID = 'search-sweep';

/** `SEARCH_SWEEP_EVERY` (`1m` by default; `0` switches the sweep off, e.g. for tests). */
export function sweepEveryMs(value = process.env.SEARCH_SWEEP_EVERY): number {
  const raw = value?.trim() || '1m';
  if (!/^\d+[smhd]?$/.test(raw)) {
    throw new Error(`SEARCH_SWEEP_EVERY must be a duration such as 1m, 30s or 0, not "${raw}"`);
  }
  return durationToMs(raw);
}

/** Worker only: keeps the repeatable search sweep scheduled. */
@Injectable()
export class SearchSweepScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(SearchSweepScheduler.name);
  private readonly everyMs = sweepEveryMs();

  constructor(private readonly jobs: JobProducer) {}

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
