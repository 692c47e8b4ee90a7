import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Worker } from 'bullmq';
import { EnvironmentVariables } from '@app/config';
import { withRequestId } from '@app/core';
import {
  JOB_DEFINITIONS,
  JOB_HANDLER,
  QueueName,
  buildJobRegistry,
  redisConnection,
  type DiscoveredHandler,
  type JobHandlerFn,
  type JobName,
} from '@app/queue';

/**
 * Finds every `@JobHandler` method, refuses to start unless each job name has exactly one, and runs one
 * BullMQ worker per queue that dispatches by job name.
 */
@Injectable()
export class JobDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobDispatcher.name);
  private readonly workers: Worker[] = [];
  private registry = new Map<JobName, JobHandlerFn>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly env: EnvironmentVariables,
  ) {}

  discover(): DiscoveredHandler[] {
    const found: DiscoveredHandler[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = instance[method] as ((...args: unknown[]) => Promise<unknown>) | undefined;
        const name = fn ? this.reflector.get<JobName | undefined>(JOB_HANDLER, fn) : undefined;
        if (name && fn) {
          found.push({
            name,
            owner: `${instance.constructor.name}.${method}`,
            handle: (payload, meta) => fn.call(instance, payload, meta),
          });
        }
      }
    }
    return found;
  }

  onApplicationBootstrap(): void {
    this.registry = buildJobRegistry(this.discover());
    const queues = new Set(Object.values(JOB_DEFINITIONS).map((definition) => definition.queue));
    for (const queue of Object.values(QueueName)) {
      if (!queues.has(queue)) continue;
      const worker = new Worker(
        queue,
        (job) => this.run(job.name as JobName, job.data, job.id, job.attemptsMade),
        {
          connection: redisConnection(this.env.REDIS_URL, true),
          prefix: this.env.QUEUE_PREFIX,
          concurrency: 4,
        },
      );
      worker.on('failed', (job, error) =>
        this.logger.warn({
          msg: 'job failed',
          job: job?.name,
          jobId: job?.id,
          requestId: (job?.data as { requestId?: unknown } | undefined)?.requestId,
          attempt: job?.attemptsMade,
          err: error,
        }),
      );
      worker.on('error', (error) => this.logger.error({ msg: 'worker error', queue, err: error }));
      this.workers.push(worker);
    }
    this.logger.log({ msg: 'worker started', jobs: [...this.registry.keys()], queues: [...queues] });
  }

  async run(name: JobName, payload: unknown, jobId?: string, attemptsMade = 0): Promise<unknown> {
    const handler = this.registry.get(name);
    if (!handler) throw new Error(`No handler for job ${name}`);
    // The id of the request that made the job: every log line of the handler carries it.
    const requestId = (payload as { requestId?: unknown } | null)?.requestId;
    return withRequestId(typeof requestId === 'string' ? requestId : undefined, () =>
      handler(payload, { jobId, attemptsMade }),
    );
  }

  async onModuleDestroy(): Promise<void> {
    // Let running jobs finish; unfinished ones are picked up again after a restart (stalled-job check).
    await Promise.all(this.workers.map((worker) => worker.close()));
  }
}
