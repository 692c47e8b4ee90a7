import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, isUuid, Role, type NotificationKind } from '@app/core';
import { Tx } from '@app/database';
import { idsOf, JobHandler, JobName, JobProducer, type BulkJob, type JobPayloads } from '@app/queue';
import { Mailer } from './mailer';
import { decodeCursor, encodeCursor } from './notification-cursor';
import { notificationKindOf } from './notification-kind';
import { InboxRepository } from './repositories/inbox.repository';

/** Notifications per e-mail job: a job per notification would cost a Redis round trip each. */
export const NOTIFICATION_CHUNK = 50;
/** E-mails of a chunk sent at once (SMTP round trips overlap; a pooled transport uses several connections). */
export const MAILS_IN_FLIGHT = 10;
/** Notifications of an inbox page: by default, and at most. */
export const INBOX_PAGE = { default: 20, max: 100 } as const;

/** What a notification says; its texts are written in `texts/`, the one home of the service's Dutch messages. */
export interface Message {
  // A `NotificationKind` once every lib writes its messages in `texts/`.
  kind: string;
  subject: string;
  body: string;
  /** Where in the web app the user acts on it, a path such as `/boekingen/<id>` (see `WebLink`). */
  link?: string;
}

export interface NotificationDraft extends Message {
  userId: string;
}

/** A message for every teacher of a school. */
export type SchoolMessage = Message & { schoolId: string };
/** A message for every contact of a company. */
export type CompanyMessage = Message & { companyId: string };

/** A notification in the user's inbox; `title` is the stored (and e-mailed) subject. */
export interface InboxNotification {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** A page of a user's inbox, newest first. */
export interface InboxPage {
  items: InboxNotification[];
  /** Every unread notification of the user, not only the page's. */
  unreadCount: number;
  /** The `after` of the next page; null on the last page. */
  nextCursor: string | null;
}

const logger = new Logger('NotificationService');

@Injectable()
export class NotificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobProducer,
    private readonly mailer: Mailer,
    private readonly inbox: InboxRepository,
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
      `INSERT INTO notifications (user_id, kind, subject, body, link)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])
       RETURNING id`,
      [
        drafts.map((d) => d.userId),
        drafts.map((d) => d.kind),
        drafts.map((d) => d.subject),
        drafts.map((d) => d.body),
        drafts.map((d) => d.link ?? null),
      ],
    );
    await this.email({ query: (sql, parameters) => manager.query(sql, parameters), afterCommit }, saved);
    return saved;
  }

  // One e-mail job per chunk, through the job outbox of the caller's transaction (one round trip to Redis after it).
  private async email(tx: Pick<Tx, 'query' | 'afterCommit'>, saved: Array<{ id: string }>): Promise<void> {
    const chunks: BulkJob[] = [];
    for (let i = 0; i < saved.length; i += NOTIFICATION_CHUNK) {
      const notificationIds = saved.slice(i, i + NOTIFICATION_CHUNK).map((n) => n.id);
      chunks.push({ name: JobName.SendNotification, payload: { notificationIds } });
    }
    await this.jobs.enqueueIn(tx, chunks);
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
      `INSERT INTO notifications (user_id, kind, subject, body, link)
       SELECT u.id, m.kind, m.subject, m.body, m.link
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $6::text[])
              WITH ORDINALITY AS m(owner, kind, subject, body, link, n)
         JOIN users u ON u.${column} = m.owner AND u.role = $5
        ORDER BY m.n, u.created_at, u.id
       RETURNING id`,
      [
        messages.map((m) => m.owner),
        messages.map((m) => m.kind),
        messages.map((m) => m.subject),
        messages.map((m) => m.body),
        role,
        messages.map((m) => m.link ?? null),
      ],
    );
    await this.email(tx, saved);
    return saved;
  }

  /**
   * A page of the user's own notifications, newest first: `first` of them (default 20, at most 100) after the
   * cursor `after` (a page's `nextCursor`), only unread ones with `unreadOnly`.
   */
  async inboxOf(
    userId: string,
    options: { unreadOnly?: boolean | null; first?: number | null; after?: string | null },
  ): Promise<InboxPage> {
    const first = options.first ?? INBOX_PAGE.default;
    if (!Number.isInteger(first) || first < 1 || first > INBOX_PAGE.max) {
      throw new DomainError('PAGE_SIZE_OUT_OF_RANGE', `first must be 1 to ${INBOX_PAGE.max}`);
    }
    const after = options.after == null ? null : decodeCursor(options.after);
    // One row more than the page tells whether a next page exists.
    const [rows, unreadCount] = await Promise.all([
      this.inbox.page(userId, { unreadOnly: options.unreadOnly === true, after, limit: first + 1 }),
      this.inbox.unreadCount(userId),
    ]);
    const page = rows.slice(0, first);
    const last = page.at(-1);
    return {
      items: page.map((row) => ({
        id: row.id,
        kind: notificationKindOf(row.kind),
        title: row.subject,
        body: row.body,
        link: row.link,
        createdAt: row.created_at,
        readAt: row.read_at,
      })),
      unreadCount,
      nextCursor: rows.length > first && last ? encodeCursor({ at: last.at, id: last.id }) : null,
    };
  }

  /**
   * Marks the user's own unread notifications read: those of `ids` (ids of other users' notifications, or no
   * notification at all, change nothing), or all of them when `ids` is absent. Returns how many changed.
   */
  markRead(userId: string, ids?: string[] | null): Promise<number> {
    const mine = ids == null ? null : ids.filter((id) => isUuid(id));
    if (mine?.length === 0) return Promise.resolve(0);
    return Tx.run(this.dataSource, (tx) => this.inbox.markRead(tx, userId, mine));
  }

  // Idempotent per notification: one already e-mailed, or gone, is skipped. Mails go out `MAILS_IN_FLIGHT` at a
  // time, and the ones of each group that were sent are marked together as soon as the group is done: one
  // statement per group rather than per mail, and at most a group is sent twice should the worker die in between.
  // A mail that fails does not stop the others; the job then fails, and its retry sends only what is left.
  @JobHandler(JobName.SendNotification)
  async deliver(payload: JobPayloads[JobName.SendNotification]): Promise<'sent' | 'skipped'> {
    const ids = idsOf(payload, 'notificationId');
    if (ids.length === 0) return 'skipped';
    // The notifications not yet e-mailed and their users' addresses and e-mail settings, in one read.
    const unsent = await this.dataSource.query<
      Array<{ id: string; kind: string; subject: string; body: string; email: string; off: string[] }>
    >(
      `SELECT n.id, n.kind, n.subject, n.body, u.email, u.email_off_kinds AS off
         FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.id = ANY($1::uuid[]) AND n.emailed_at IS NULL
        ORDER BY n.created_at, n.id`,
      [ids],
    );
    // Kinds the user switched e-mail off for stay in the app only; marked handled, so no retry mails them.
    const switchedOff = new Set(
      unsent.filter((n) => n.off.includes(notificationKindOf(n.kind))).map((n) => n.id),
    );
    if (switchedOff.size > 0) {
      await this.dataSource.query(
        `UPDATE notifications SET emailed_at = now(), email_skipped = true
          WHERE id = ANY($1::uuid[]) AND emailed_at IS NULL`,
        [[...switchedOff]],
      );
    }
    const pending = unsent.filter((n) => !switchedOff.has(n.id));
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
        logger.warn({
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
