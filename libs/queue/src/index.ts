export { JobHandler, JOB_HANDLER } from './job-handler.decorator';
export { JobProducer, type BulkJob } from './job-producer';
export {
  buildJobRegistry,
  JobRegistryError,
  type DiscoveredHandler,
  type JobHandlerFn,
} from './job-registry';
export { idsOf, JOB_DEFINITIONS, JobName, QueueName, type JobPayloads } from './jobs';
export { QueueModule } from './queue.module';
export { redisConnection } from './redis-connection';
export { OutboxRelay, RELAY_EVERY_MS } from './outbox';
export { ScheduleKeeper } from './schedule-keeper';
