import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Tx } from '@app/database';
import type { InboxPosition } from '../notification-cursor';

/** A stored notification as the inbox reads it; `at` is created_at to the microsecond, for the cursor. */
export interface InboxRow {
  id: string;
  kind: string;
  subject: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
  at: string;
}

// The SQL of a user's inbox. Every statement is by user id: a user reads and marks only their own notifications.
@Injectable()
export class InboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Up to `limit` notifications of the user after `after`, newest first (ties by id). */
  page(
    userId: string,
    options: { unreadOnly: boolean; after: InboxPosition | null; limit: number },
  ): Promise<InboxRow[]> {
    const params: unknown[] = [userId, options.limit];
    // Conditions are fixed text, never input: unread pages read the partial index.
    const where = ['user_id = $1'];
    if (options.unreadOnly) where.push('read_at IS NULL');
    if (options.after) {
      params.push(options.after.at, options.after.id);
      where.push('(created_at, id) < ($3::timestamptz, $4::uuid)');
    }
    return this.dataSource.query<InboxRow[]>(
      `SELECT id, kind, subject, body, link, created_at, read_at,
              to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at
         FROM notifications
        WHERE ${where.join(' AND ')}
        ORDER BY created_at DESC, id DESC
        LIMIT $2`,
      params,
    );
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return row.n;
  }

  /** Marks the user's unread notifications read: those of `ids`, or all when `ids` is null; how many changed. */
  async markRead(tx: Tx, userId: string, ids: string[] | null): Promise<number> {
    const [row] = await tx.query<Array<{ n: number }>>(
      `WITH changed AS (
         UPDATE notifications SET read_at = now()
          WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
         RETURNING 1)
       SELECT count(*)::int AS n FROM changed`,
      [userId, ids],
    );
    return row.n;
  }
}
