import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { within } from '@app/core';
import { JobProducer } from './job-producer';
import { JOB_DEFINITIONS, type JobName } from './jobs';

/** How long a worker's start waits for Redis to take a schedule; after that it goes on and the schedule follows. */
const START_WAIT_MS = 2_000;

/** The events of a queue's Redis connection that tell it was lost and is back. */
interface ConnectionEvents {
  on(event: 'ready' | 'close' | 'error', listener: () => void): unknown;
  off(event: 'ready' | 'close' | 'error', listener: () => void): unknown;
}

/**
 * Keeps repeatable jobs scheduled in Redis: made at every worker start, made again whenever the connection to
 * Redis is ready after it was lost (a Redis restarted without its data has lost them), and checked every period
 * besides (a flushed Redis says nothing). Worker only. A start while Redis is away does not wait for it.
 */
@Injectable()
export class ScheduleKeeper implements OnModuleDestroy {
  private readonly logger = new Logger(ScheduleKeeper.name);
  private readonly stops: Array<() => void> = [];

  constructor(private readonly jobs: JobProducer) {}

  /**
   * Schedules `name` every `everyMs` under `id`, and keeps it scheduled until the app stops. `runNow` also adds
   * one job at once, at the start and after every reconnect (work a lost Redis dropped is picked up at once).
   */
  async keep(name: JobName, id: string, everyMs: number, { runNow = false } = {}): Promise<void> {
    const queue = this.jobs.queueFor(name);
    const { options } = JOB_DEFINITIONS[name];
    const schedule = async (why: string) => {
      try {
        await queue.upsertJobScheduler(id, { every: everyMs }, { name, data: {}, opts: options });
        if (runNow) await queue.add(name, {}, options);
        if (why !== 'start') this.logger.log({ msg: 'schedule made again', id, why });
      } catch (error) {
        this.logger.warn({ msg: 'could not make the schedule; trying again later', id, why, err: error });
      }
    };
    const check = async () => {
      try {
        if (!(await queue.getJobScheduler(id))) await schedule('missing');
      } catch {
        // Redis is away; the schedule is made again when the connection is ready.
      }
    };
    // BullMQ's connection of the queue repeats its client's events: 'ready' after every (re)connection.
    const connection = queue.getBackend() as unknown as ConnectionEvents;
    let lost = false;
    const onLost = () => (lost = true);
    const onReady = () => {
      if (!lost) return;
      lost = false;
      void schedule('Redis connection ready again');
    };
    connection.on('close', onLost);
    connection.on('error', onLost);
    connection.on('ready', onReady);
    const timer = setInterval(() => void check(), everyMs);
    timer.unref();
    this.stops.push(() => {
      connection.off('close', onLost);
      connection.off('error', onLost);
      connection.off('ready', onReady);
      clearInterval(timer);
    });
    // With Redis away at start the first attempt goes on in the background (its commands wait for the connection).
    await within(schedule('start'), START_WAIT_MS, () =>
      this.logger.warn({ msg: 'Redis is away at start; the schedule is made when it is back', id }),
    );
  }

  onModuleDestroy(): void {
    for (const stop of this.stops.splice(0)) stop();
  }
}
