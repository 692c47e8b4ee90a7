import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { EnvironmentVariables, durationToMs } from '@app/config';
import { JobName, ScheduleKeeper } from '@app/queue';

const SCHEDULER_ID = 'search-sweep';

/** Worker only: keeps the repeatable search sweep scheduled (again after Redis lost it). */
@Injectable()
export class SearchSweepScheduler implements OnApplicationBootstrap {
  private readonly everyMs: number;

  constructor(
    private readonly schedules: ScheduleKeeper,
    env: EnvironmentVariables,
  ) {
    this.everyMs = durationToMs(env.SEARCH_SWEEP_EVERY);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.everyMs === 0) return;
    await this.schedules.keep(JobName.SearchSweep, SCHEDULER_ID, this.everyMs);
  }
}
