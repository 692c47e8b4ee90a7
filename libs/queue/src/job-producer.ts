import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { JobsOptions, Queue } from 'bullmq';
import { currentRequestId, within } from '@app/core';
import type { Tx } from '@app/database';
import { JOB_DEFINITIONS, type JobName, type JobPayloads } from './jobs';
import { KICK_WAIT_MS, OutboxRelay } from './outbox';

/** The request that made a job travels in its data, so that the worker's log lines for it carry the same id. */
function withOrigin<T>(payload: T): T {
  const requestId = currentRequestId();
  return requestId ? { ...payload, requestId } : payload;
}

/**
 * Enqueues jobs with their preset options. A request's jobs go through the outbox (`enqueueIn`): written in its
 * transaction, moved to Redis after the commit, so that nothing waits on Redis and nothing is lost without it.
 * `enqueue` talks to Redis at once, for the worker's own follow-up jobs.
 */
@Injectable()
export class JobProducer {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly relay: OutboxRelay,
  ) {}

  /**
   * Writes the jobs in `tx` (the job outbox); after its commit they move to Redis, and the caller answers as soon as
   * they did or after KICK_WAIT_MS, whichever is first (Redis away: at once, and the relay moves them when it is
   * back). Every job a transaction makes goes this way, so that it commits or rolls back with the rows it is about.
   *
   * `timingSafe`: where the time of an answer must not tell whether a job was made (a password reset for a known or
   * an unknown address), the same INSERT runs with no jobs too, and the caller never waits for Redis.
   */
  async enqueueIn(
    tx: Pick<Tx, 'query' | 'afterCommit'>,
    jobs: readonly BulkJob[],
    { timingSafe = false }: { timingSafe?: boolean } = {},
  ): Promise<void> {
    if (jobs.length === 0 && !timingSafe) return;
    await tx.query(
      `INSERT INTO job_outbox (name, payload, options)
       SELECT * FROM unnest($1::text[], $2::jsonb[], $3::jsonb[])`,
      [
        jobs.map((job) => job.name),
        jobs.map((job) => JSON.stringify(withOrigin(job.payload))),
        jobs.map((job) => JSON.stringify(job.options ?? {})),
      ],
    );
    tx.afterCommit(async () => {
      if (timingSafe || this.relay.redisAway) {
        void this.relay.kick();
        return;
      }
      await within(this.relay.kick(), KICK_WAIT_MS);
    });
  }

  queueFor(name: JobName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(JOB_DEFINITIONS[name].queue), { strict: false });
  }

  /**
   * Adds one job to Redis now, waiting for it: only for work outside any transaction (a job that schedules its own
   * follow-up, the worker's first reconcile). Whatever a transaction makes goes through `enqueueIn`.
   */
  async enqueue<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    options: JobsOptions = {},
  ): Promise<void> {
    await this.queueFor(name).add(name, withOrigin(payload), {
      ...JOB_DEFINITIONS[name].options,
      ...options,
    });
  }
}

/** A job for `enqueueIn`: its name, its payload and options over its presets. */
export type BulkJob = {
  [N in JobName]: { name: N; payload: JobPayloads[N]; options?: JobsOptions };
}[JobName];
