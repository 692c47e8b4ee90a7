import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { EnvironmentVariables, durationToMs } from '@app/config';
import { JobName, ScheduleKeeper } from '@app/queue';

const SCHEDULER_ID = 'waitlist-reconcile';

/**
 * Worker only: keeps the repeatable reconcile job scheduled (again after Redis lost it) and runs one reconcile
 * at start and after every reconnect, so that whatever a crashed worker or a lost Redis left undone is picked up
 * at once.
 */
@Injectable()
export class ReconcileScheduler implements OnApplicationBootstrap {
  private readonly everyMs: number;

  constructor(
    private readonly schedules: ScheduleKeeper,
    env: EnvironmentVariables,
  ) {
    this.everyMs = durationToMs(env.WAITLIST_RECONCILE_EVERY);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.everyMs === 0) return;
    await this.schedules.keep(JobName.WaitlistReconcile, SCHEDULER_ID, this.everyMs, { runNow: true });
  }
}
