import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { JobsOptions, Queue } from 'bullmq';
import { JOB_DEFINITIONS, type JobName, type JobPayloads } from './jobs';

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
    await this.queueFor(name).add(name, payload, { ...JOB_DEFINITIONS[name].options, ...options });
  }

  /** Enqueues many jobs of one name in one round trip (BullMQ `addBulk`). */
  async enqueueBulk<N extends JobName>(name: N, payloads: Array<JobPayloads[N]>): Promise<void> {
    if (payloads.length === 0) return;
    const opts = JOB_DEFINITIONS[name].options;
    await this.queueFor(name).addBulk(payloads.map((data) => ({ name, data, opts })));
  }
}
