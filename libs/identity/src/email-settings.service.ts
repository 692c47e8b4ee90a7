import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NotFoundException, type NotificationKind } from '@app/core';
import { Tx } from '@app/database';
import { UserEntity } from './entities/user.entity';
import { SessionService } from './session.service';

const offKinds = (row: Record<string, unknown>): NotificationKind[] =>
  Array.isArray(row.email_off_kinds) ? (row.email_off_kinds as NotificationKind[]) : [];

/** Which kinds of notification an account gets by e-mail; in-app notifications always stay. */
@Injectable()
export class EmailSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
  ) {}

  /**
   * Switches e-mail on (`enabled`) or off for `kinds` on the user's own account (or pending sign-up); other kinds
   * keep their setting.
   */
  async set(userId: string, kinds: NotificationKind[], enabled: boolean): Promise<UserEntity> {
    // The setting stays a sorted set: switching a kind off twice keeps it once.
    const kept = (from: string) =>
      enabled
        ? `SELECT k FROM unnest(${from}) k WHERE k <> ALL($2::text[])`
        : `SELECT DISTINCT k FROM unnest(${from} || $2::text[]) k`;
    const user = await Tx.run(this.dataSource, async (tx) => {
      await tx.query(
        `UPDATE users SET email_off_kinds = ARRAY(${kept('email_off_kinds')} ORDER BY k) WHERE id = $1`,
        [userId, kinds],
      );
      return tx.manager.getRepository(UserEntity).findOneBy({ id: userId });
    });
    // A pending sign-up (a sign-up with a taken address) keeps the setting as an account does, though it is never
    // mailed anything: refusing would tell it that it is no account.
    const account =
      user ??
      (await this.sessions.changePendingSignUp(userId, async (row, tx) => {
        // Sorted by the database, as an account's are; on the transaction's own connection, which holds the lock.
        const [{ kinds: next }] = await tx.query<Array<{ kinds: NotificationKind[] }>>(
          `SELECT ARRAY(${kept('$1::text[]')} ORDER BY k) AS kinds`,
          [offKinds(row), kinds],
        );
        return { ...row, email_off_kinds: next };
      }));
    if (!account) throw new NotFoundException('User', userId);
    return account;
  }
}
