import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Role } from '@app/core';
import type { Tx } from '@app/database';
import { idsOf, JobHandler, JobName, JobProducer, type BulkJob, type JobPayloads } from '@app/queue';
import { NotificationEntity } from './entities/notification.entity';
import { Mailer } from './mailer';

/** Notifications per e-mail job: a job per notification would cost a Redis round trip each. */
export const NOTIFICATION_CHUNK = 50;
/** E-mails of a chunk sent at once (SMTP round trips overlap; a pooled transport uses several connections). */
export const MAILS_IN_FLIGHT = 10;

/** What a notification says; its texts are written in `texts/`, the one home of the service's Dutch messages. */
export interface Message {
  // A `NotificationKind` once every lib writes its messages in `texts/`.
  kind: string;
  subject: string;
  body: string;
}

export interface NotificationDraft extends Message {
  userId: string;
}

/** A message for every teacher of a school. */
export type SchoolMessage = Message & { schoolId: string };
/** A message for every contact of a company. */
export type CompanyMessage = Message & { companyId: string };

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
    this.emailAfterCommit({ afterCommit }, saved);
    return saved;
  }

  // One round trip to Redis after the commit, with one e-mail job per chunk.
  private emailAfterCommit(tx: Pick<Tx, 'afterCommit'>, saved: Array<{ id: string }>): void {
    const chunks: BulkJob[] = [];
    for (let i = 0; i < saved.length; i += NOTIFICATION_CHUNK) {
      const notificationIds = saved.slice(i, i + NOTIFICATION_CHUNK).map((n) => n.id);
      chunks.push({ name: JobName.SendNotification, payload: { notificationIds } });
    }
    if (chunks.length > 0) tx.afterCommit(() => this.jobs.enqueueBulk(chunks));
  }

  /** Notifies every teacher of each message's school, in `tx`; e-mailed after it commits. */
  notifySchools(tx: Tx, messages: SchoolMessage[]): Promise<Array<{ id: string }>> {
    return this.notifyMembers(
      tx,
      'school_id',
      Role.TEACHER,
      messages.map((m) => ({ ...m, owner: m.schoolId })),
    );
  }

  /** Notifies every contact of each message's company, in `tx`; e-mailed after it commits. */
  notifyCompanies(tx: Tx, messages: CompanyMessage[]): Promise<Array<{ id: string }>> {
    return this.notifyMembers(
      tx,
      'company_id',
      Role.COMPANY,
      messages.map((m) => ({ ...m, owner: m.companyId })),
    );
  }

  // The one look-up of "the teachers of a school" and "the contacts of a company", joined into the INSERT.
  private async notifyMembers(
    tx: Tx,
    column: 'school_id' | 'company_id',
    role: Role,
    messages: Array<Message & { owner: string }>,
  ): Promise<Array<{ id: string }>> {
    if (messages.length === 0) return [];
    const saved = await tx.query<Array<{ id: string }>>(
      `INSERT INTO notifications (user_id, kind, subject, body)
       SELECT u.id, m.kind, m.subject, m.body
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS m(owner, kind, subject, body, n)
         JOIN users u ON u.${column} = m.owner AND u.role = $5
        ORDER BY m.n, u.created_at, u.id
       RETURNING id`,
      [
        messages.map((m) => m.owner),
        messages.map((m) => m.kind),
        messages.map((m) => m.subject),
        messages.map((m) => m.body),
        role,
      ],
    );
    this.emailAfterCommit(tx, saved);
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
