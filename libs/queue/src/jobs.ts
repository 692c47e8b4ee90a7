import type { JobsOptions } from 'bullmq';

/** Every queue. A job's queue decides which worker pool runs it. */
export enum QueueName {
  Notifications = 'notifications',
  Search = 'search',
  Matching = 'matching',
  Waitlist = 'waitlist',
}

/**
 * Every job, declared once. The worker refuses to start when a name has no handler or two.
 * Payloads carry ids only: the handler re-reads the database.
 */
export enum JobName {
  SendNotification = 'notification.send',
}

export interface JobPayloads {
  [JobName.SendNotification]: { notificationId: string };
}

const keep = { removeOnComplete: { age: 3600, count: 1000 }, removeOnFail: { age: 7 * 86400, count: 5000 } };

/** Queue and retry/retention preset of each job. */
export const JOB_DEFINITIONS: Record<JobName, { queue: QueueName; options: JobsOptions }> = {
  [JobName.SendNotification]: {
    queue: QueueName.Notifications,
    options: { ...keep, attempts: 8, backoff: { type: 'exponential', delay: 2000 } },
  },
};
