import type { JobsOptions } from 'bullmq';
import type { Programme } from '@app/core';

/** Every queue. A job's queue decides which worker pool runs it. */
export enum QueueName {
  Notifications = 'notifications',
  Search = 'search',
  Matching = 'matching',
  Waitlist = 'waitlist',
  Imports = 'imports',
}

/**
 * Every job, declared once. The worker refuses to start when a name has no handler or two.
 * Payloads carry ids only: the handler re-reads the database.
 */
export enum JobName {
  SendNotification = 'notification.send',
  WaitlistOfferFreeSlots = 'waitlist.offer-free-slots',
  WaitlistExpireOffer = 'waitlist.expire-offer',
  WaitlistRemindOffer = 'waitlist.remind-offer',
  WaitlistReconcile = 'waitlist.reconcile',
  RunMatching = 'matching.run',
  SearchIndexActivity = 'search.index-activity',
  SearchIndexCompany = 'search.index-company',
  SearchSweep = 'search.sweep',
  // Mails the link of any one-time account token (password reset, e-mail verification), by the token's purpose.
  SendPasswordReset = 'account.send-password-reset',
  ImportSchools = 'catalogue.import-schools',
}

export interface JobPayloads {
  // A chunk of notifications (one job per NOTIFICATION_CHUNK); `notificationId` is the shape of the previous
  // version, which may still be queued at deploy.
  [JobName.SendNotification]: { notificationIds: string[] } | { notificationId: string };
  // Makes every offer requested in the programme (capacity rows marked offers_requested_at), not only one
  // location's; deduplicated per programme.
  [JobName.WaitlistOfferFreeSlots]: { programme: Programme };
  // The offers of one batch (made in one transaction, so due at almost the same time); `offerId` is the shape of
  // the previous version, which may still be queued at deploy.
  [JobName.WaitlistExpireOffer]: { offerIds: string[] } | { offerId: string };
  [JobName.WaitlistRemindOffer]: { offerIds: string[] } | { offerId: string };
  [JobName.WaitlistReconcile]: Record<string, never>;
  [JobName.RunMatching]: { runId: string };
  [JobName.SearchIndexActivity]: { activityId: string };
  [JobName.SearchIndexCompany]: { companyId: string };
  [JobName.SearchSweep]: Record<string, never>;
  // Ids only, like every job: the job passes through the job outbox in PostgreSQL and through Redis, and neither may
  // hold a live token. The api stores the token row without a token; the handler makes the token when it sends the
  // mail and stores only its hash (AccountTokenService.mint), so the link exists in the mail alone. `token` is the
  // shape of the previous version (the api made the token), which may still be queued at deploy.
  // `notice: 'signUpAttempt'` mails a password reset link inside the text for an owner whose address someone tried
  // to sign up with.
  [JobName.SendPasswordReset]: { tokenId: string; notice?: 'signUpAttempt'; token?: string };
  // An import of the school registry an admin started; the run row says which file and holds the progress.
  [JobName.ImportSchools]: { runId: string };
}

/** The ids a job of several ids carries, from its current or its previous (single id) payload. */
export function idsOf(payload: object, key: 'notificationId' | 'offerId'): string[] {
  const record = payload as Record<string, unknown>;
  const many = record[`${key}s`];
  if (Array.isArray(many)) return many.filter((id): id is string => typeof id === 'string');
  const one = record[key];
  return typeof one === 'string' ? [one] : [];
}

const keep = { removeOnComplete: { age: 3600, count: 1000 }, removeOnFail: { age: 7 * 86400, count: 5000 } };

/** Queue and retry/retention preset of each job. */
export const JOB_DEFINITIONS: Record<JobName, { queue: QueueName; options: JobsOptions }> = {
  [JobName.SendNotification]: {
    queue: QueueName.Notifications,
    options: { ...keep, attempts: 8, backoff: { type: 'exponential', delay: 2000 } },
  },
  [JobName.WaitlistOfferFreeSlots]: {
    queue: QueueName.Waitlist,
    options: { ...keep, attempts: 6, backoff: { type: 'exponential', delay: 500 } },
  },
  [JobName.WaitlistExpireOffer]: {
    queue: QueueName.Waitlist,
    options: { ...keep, attempts: 10, backoff: { type: 'exponential', delay: 1000 } },
  },
  [JobName.WaitlistRemindOffer]: {
    queue: QueueName.Waitlist,
    options: { ...keep, attempts: 6, backoff: { type: 'exponential', delay: 2000 } },
  },
  // Repeats every minute anyway: no retries, little history.
  [JobName.WaitlistReconcile]: {
    queue: QueueName.Waitlist,
    options: { removeOnComplete: { count: 50 }, removeOnFail: { age: 86400, count: 200 }, attempts: 1 },
  },
  // A retry re-solves from the database; a run already DONE returns early.
  [JobName.RunMatching]: {
    queue: QueueName.Matching,
    options: { ...keep, attempts: 3, backoff: { type: 'exponential', delay: 5000 } },
  },
  // Enqueued with deduplication per activity/company (see SearchIndexProducer); ~17 minutes of retries, after
  // which the sweep catches up.
  [JobName.SearchIndexActivity]: {
    queue: QueueName.Search,
    options: { ...keep, attempts: 10, backoff: { type: 'exponential', delay: 1000 } },
  },
  [JobName.SearchIndexCompany]: {
    queue: QueueName.Search,
    options: { ...keep, attempts: 10, backoff: { type: 'exponential', delay: 1000 } },
  },
  // Repeats every minute: no retries, little history.
  [JobName.SearchSweep]: {
    queue: QueueName.Search,
    options: { removeOnComplete: { count: 50 }, removeOnFail: { age: 86400, count: 200 }, attempts: 1 },
  },
  // ~30 s of retries; a person who gets no mail asks again. Kept like the others (the payload holds ids only), so a
  // job the outbox relay moves twice is recognised by its id.
  [JobName.SendPasswordReset]: {
    queue: QueueName.Notifications,
    options: { ...keep, attempts: 5, backoff: { type: 'exponential', delay: 2000 } },
  },
  // One transaction per attempt, so a retry after a crash starts from the registry as it was. A file that cannot
  // be imported fails the run at once (no retry); other errors are retried, and the last attempt fails the run.
  [JobName.ImportSchools]: {
    queue: QueueName.Imports,
    options: { ...keep, attempts: 3, backoff: { type: 'exponential', delay: 10_000 } },
  },
};
