import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { JobHandler, JobName, JobProducer, type JobPayloads } from '@app/queue';
import { NotificationEntity } from './entities/notification.entity';
import { Mailer } from './mailer';

export interface NotificationDraft {
  userId: string;
  kind: string;
  subject: string;
  body: string;
}

@Injectable()
export class NotificationService {
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
    // And one round trip to Redis.
    afterCommit(() =>
      this.jobs.enqueueBulk(
        JobName.SendNotification,
        saved.map((notification) => ({ notificationId: notification.id })),
      ),
    );
    return saved;
  }

  /** In-app list of a user's notifications, newest first. */
  forUser(userId: string, limit = 50): Promise<NotificationEntity[]> {
    return this.dataSource
      .getRepository(NotificationEntity)
      .find({ where: { userId }, order: { createdAt: 'DESC' }, take: limit });
  }

  // Idempotent: a notification already e-mailed, or gone, is skipped.
  @JobHandler(JobName.SendNotification)
  async deliver(payload: JobPayloads[JobName.SendNotification]): Promise<'sent' | 'skipped'> {
    // The notification not yet e-mailed and its user's address, in one read.
    const [notification] = await this.dataSource.query<
      Array<{ subject: string; body: string; email: string }>
    >(
      `SELECT n.subject, n.body, u.email FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.id = $1 AND n.emailed_at IS NULL`,
      [payload.notificationId],
    );
    if (!notification) return 'skipped';
    await this.mailer.send({
      to: notification.email,
      subject: notification.subject,
      text: notification.body,
    });
    await this.dataSource.query(
      `UPDATE notifications SET emailed_at = now() WHERE id = $1 AND emailed_at IS NULL`,
      [payload.notificationId],
    );
    return 'sent';
  }
}
