import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { idsOf, JobHandler, JobName, JobProducer, type BulkJob, type JobPayloads } from '@app/queue';
import { NotificationEntity } from './entities/notification.entity';
import { Mailer } from './mailer';

/** Notifications per e-mail job: a job per notification would cost a Redis round trip each. */
export const NOTIFICATION_CHUNK = 50;
/** E-mails of a chunk sent at once (SMTP round trips overlap; a pooled transport uses several connections). */
export const MAILS_IN_FLIGHT = 10;

export interface NotificationDraft {
  userId: string;
  kind: string;
  subject: string;
  body: string;
}

@Injectable()
export class NotificationService {
  private readonly logger = new Logger(NotificationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobProducer,
    private readonly mailer: Mailer,
  ) {}

  /**
   * Stores notifications in the caller's transaction and e-mails them after it commits.
   */
  async notify(
    manager: EntityManager,
    afterCommit: (fn: () => Promise<unknown>) => void,
    drafts: NotificationDraft[],
  ): Promise<Array<{ id: string }>> {
    if (drafts.length === 0) return [];
    // One statement for any number of them (an offer batch notifies hundreds of teachers at once).
    const saved = await manager.query<Array<{ id: string }>>(
      `INSERT INTO notifications (user_id, kind, subject, body)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])
       RETURNING id`,
      [
        drafts.map((d) => d.userId),
        drafts.map((d) => d.kind),
        drafts.map((d) => d.subject),
        drafts.map((d) => d.body),
      ],
    );
    // And one round trip to Redis, with one e-mail job per chunk.
    const chunks: BulkJob[] = [];
    for (let i = 0; i < saved.length; i += NOTIFICATION_CHUNK) {
      const notificationIds = saved.slice(i, i + NOTIFICATION_CHUNK).map((n) => n.id);
      chunks.push({ name: JobName.SendNotification, payload: { notificationIds } });
    }
    afterCommit(() => this.jobs.enqueueBulk(chunks));
    return saved;
  }

  /** In-app list of a user's notifications, newest first. */
  forUser(userId: string, limit = 50): Promise<NotificationEntity[]> {
    return this.dataSource
      .getRepository(NotificationEntity)
      .find({ where: { userId }, order: { createdAt: 'DESC' }, take: limit });
  }

  // Idempotent per notification: one already e-mailed, or gone, is skipped. Mails go out `MAILS_IN_FLIGHT` at a
  // time, and the ones of each group that were sent are marked together as soon as the group is done: one
  // statement per group rather than per mail, and at most a group is sent twice should the worker die in between.
  // A mail that fails does not stop the others; the job then fails, and its retry sends only what is left.
  @JobHandler(JobName.SendNotification)
  async deliver(payload: JobPayloads[JobName.SendNotification]): Promise<'sent' | 'skipped'> {
    const ids = idsOf(payload, 'notificationId');
    if (ids.length === 0) return 'skipped';
    // The notifications not yet e-mailed and their users' addresses, in one read.
    const pending = await this.dataSource.query<
      Array<{ id: string; subject: string; body: string; email: string }>
    >(
      `SELECT n.id, n.subject, n.body, u.email FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.id = ANY($1::uuid[]) AND n.emailed_at IS NULL
        ORDER BY n.created_at, n.id`,
      [ids],
    );
    if (pending.length === 0) return 'skipped';
    const failed: string[] = [];
    for (let i = 0; i < pending.length; i += MAILS_IN_FLIGHT) {
      const group = pending.slice(i, i + MAILS_IN_FLIGHT);
      const outcomes = await Promise.allSettled(
        group.map((n) => this.mailer.send({ to: n.email, subject: n.subject, text: n.body })),
      );
      const sent: string[] = [];
      outcomes.forEach((outcome, k) => {
        if (outcome.status === 'fulfilled') {
          sent.push(group[k].id);
          return;
        }
        failed.push(group[k].id);
        this.logger.warn({
          msg: 'e-mail failed; the job will retry it',
          id: group[k].id,
          error: String(outcome.reason),
        });
      });
      if (sent.length > 0) {
        await this.dataSource.query(
          `UPDATE notifications SET emailed_at = now() WHERE id = ANY($1::uuid[]) AND emailed_at IS NULL`,
          [sent],
        );
      }
    }
    if (failed.length > 0) {
      throw new Error(`${failed.length} of ${pending.length} e-mails failed: ${failed.join(', ')}`);
    }
    return 'sent';
  }
}
