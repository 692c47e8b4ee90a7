import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { JobsOptions, Queue } from 'bullmq';
import { currentRequestId } from '@app/core';
import { JOB_DEFINITIONS, type JobName, type JobPayloads } from './jobs';

/** The request that made a job travels in its data, so that the worker's log lines for it carry the same id. */
function withOrigin<T>(payload: T): T {
  const requestId = currentRequestId();
  return requestId ? { ...payload, requestId } : payload;
}

/** Enqueues jobs with their preset options. Call it after the transaction that wrote the rows has committed. */
@Injectable()
export class JobProducer {
  constructor(private readonly moduleRef: ModuleRef) {}

  queueFor(name: JobName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(JOB_DEFINITIONS[name].queue), { strict: false });
  }

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

  /** Enqueues many jobs with their preset options, in one round trip per queue (BullMQ `addBulk`). */
  async enqueueBulk(jobs: readonly BulkJob[]): Promise<void> {
    const byQueue = new Map<string, BulkJob[]>();
    for (const job of jobs) {
      const queue = JOB_DEFINITIONS[job.name].queue;
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), job]);
    }
    for (const batch of byQueue.values()) {
      await this.queueFor(batch[0].name).addBulk(
        batch.map(({ name, payload, options }) => ({
          name,
          data: withOrigin(payload),
          opts: { ...JOB_DEFINITIONS[name].options, ...options },
        })),
      );
    }
  }
}

/** A job for `enqueueBulk`: its name, its payload and options over its presets. */
export type BulkJob = {
  [N in JobName]: { name: N; payload: JobPayloads[N]; options?: JobsOptions };
}[JobName];
