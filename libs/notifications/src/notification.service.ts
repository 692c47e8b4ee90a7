import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
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
  ): Promise<NotificationEntity[]> {
    if (drafts.length === 0) return [];
    const saved = await manager.getRepository(NotificationEntity).save(drafts.map((d) => ({ ...d })));
    afterCommit(async () => {
      for (const notification of saved) {
        await this.jobs.enqueue(JobName.SendNotification, { notificationId: notification.id });
      }
    });
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
    const repo = this.dataSource.getRepository(NotificationEntity);
    const notification = await repo.findOne({ where: { id: payload.notificationId, emailedAt: IsNull() } });
    if (!notification) return 'skipped';
    const rows = await this.dataSource.query<Array<{ email: string }>>(
      `SELECT email FROM users WHERE id = $1`,
      [notification.userId],
    );
    if (rows.length === 0) return 'skipped';
    await this.mailer.send({ to: rows[0].email, subject: notification.subject, text: notification.body });
    await repo.update({ id: notification.id, emailedAt: IsNull() }, { emailedAt: new Date() });
    return 'sent';
  }
}
