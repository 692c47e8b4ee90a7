import { createHash, randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Tx } from '@app/database';
import { JobName, JobProducer, type JobPayloads } from '@app/queue';
import type { AccountTokenPurpose } from './entities/account-token.entity';

/** Where a token stands: usable, or why not. */
export type AccountTokenState = 'valid' | 'used' | 'expired';

export interface IssuedToken {
  id: string;
  userId: string;
  /** The token itself: goes into the e-mail only, never into the database. */
  token: string;
}

/** The text a token's link is mailed in, when not the one of its purpose. */
export type AccountMailNotice = NonNullable<JobPayloads[JobName.SendPasswordReset]['notice']>;

export interface FoundToken {
  id: string;
  userId: string;
  email: string;
  name: string;
  state: AccountTokenState;
}

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * One-time account tokens (password reset, e-mail verification): issued at random, stored as a hash, mailed by the
 * worker, spent once. The one place that reads and writes `account_tokens`.
 */
@Injectable()
export class AccountTokenService {
  private readonly logger = new Logger(AccountTokenService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobProducer,
  ) {}

  /**
   * Issues a token of `purpose` for the account with this (normalised) address, replacing the account's open ones,
   * and mails its link once `tx` commits; nothing when no account has it. The same two statements run either
   * way, so an unknown address costs the same time as a known one.
   */
  async mailForEmail(
    tx: Tx,
    purpose: AccountTokenPurpose,
    email: string,
    ttlMs: number,
    notice?: AccountMailNotice,
  ): Promise<void> {
    // Locking the account serialises two requests at once, so that the later one replaces the earlier token.
    const [account] = await tx.query<Array<{ id: string }>>(
      `SELECT id FROM users WHERE lower(email) = $1 FOR NO KEY UPDATE`,
      [email],
    );
    this.mailAfterCommit(tx, await this.issue(tx, purpose, account?.id ?? null, ttlMs), notice);
  }

  /** Issues a token of `purpose` for account `userId` (written in `tx`) and mails its link once `tx` commits. */
  async mailForUser(tx: Tx, purpose: AccountTokenPurpose, userId: string, ttlMs: number): Promise<void> {
    this.mailAfterCommit(tx, await this.issue(tx, purpose, userId, ttlMs));
  }

  private mailAfterCommit(tx: Tx, issued: IssuedToken | null, notice?: AccountMailNotice): void {
    if (!issued) return;
    // Not awaited: waiting for Redis would make a known address answer later than an unknown one. A lost job
    // costs one mail, and the person asks again.
    tx.afterCommit(() => {
      this.jobs
        .enqueue(JobName.SendPasswordReset, {
          tokenId: issued.id,
          token: issued.token,
          ...(notice ? { notice } : {}),
        })
        .catch((error: unknown) =>
          this.logger.error({ msg: 'account mail not queued', tokenId: issued.id, err: error }),
        );
      return Promise.resolve();
    });
  }

  // Replaces the open tokens and inserts the new one in one statement; with no user it changes nothing.
  private async issue(
    tx: Tx,
    purpose: AccountTokenPurpose,
    userId: string | null,
    ttlMs: number,
  ): Promise<IssuedToken | null> {
    // 32 random bytes (256 bits) cannot be guessed; base64url travels in a link without escaping.
    const token = randomBytes(32).toString('base64url');
    const [row] = await tx.query<Array<{ id: string }>>(
      `WITH replaced AS (
         UPDATE account_tokens SET expires_at = now()
          WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now())
       INSERT INTO account_tokens (user_id, purpose, token_hash, expires_at)
       SELECT $1, $2, $3, now() + $4 * interval '1 millisecond' WHERE $1::uuid IS NOT NULL
       RETURNING id`,
      [userId, purpose, hashOf(token), ttlMs],
    );
    return row && userId ? { id: row.id, userId, token } : null;
  }

  /** The token's account and where the token stands, without changing it; null for a token never issued. */
  async find(purpose: AccountTokenPurpose, token: string, tx?: Tx): Promise<FoundToken | null> {
    const [row] = await (tx ?? this.dataSource).query<
      Array<{ id: string; user_id: string; email: string; name: string; used: boolean; open: boolean }>
    >(
      `SELECT t.id, t.user_id, u.email, u.name, t.used_at IS NOT NULL AS used, t.expires_at > now() AS open
         FROM account_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.purpose = $2`,
      [hashOf(token), purpose],
    );
    if (!row) return null;
    const state: AccountTokenState = row.used ? 'used' : row.open ? 'valid' : 'expired';
    return { id: row.id, userId: row.user_id, email: row.email, name: row.name, state };
  }

  /** Spends a valid token; false when it was used, expired or replaced in the meantime. */
  async spend(tx: Tx, id: string): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, count].
    const [, count] = await tx.query<[unknown[], number]>(
      `UPDATE account_tokens SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > now()`,
      [id],
    );
    return count === 1;
  }

  /** Ends a user's open tokens of `purpose` (after a password change an older link must not change it again). */
  async expireOpen(tx: Tx, userId: string, purpose: AccountTokenPurpose): Promise<void> {
    await tx.query(
      `UPDATE account_tokens SET expires_at = now()
        WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()`,
      [userId, purpose],
    );
  }

  /**
   * For the e-mail job: the recipient of token `id` while it is open and not yet mailed, and only when `token`
   * is really its token; null otherwise (replaced, spent, expired, sent already).
   */
  async recipient(
    id: string,
    token: string,
  ): Promise<{ email: string; name: string; purpose: AccountTokenPurpose } | null> {
    const [row] = await this.dataSource.query<
      Array<{ email: string; name: string; purpose: AccountTokenPurpose }>
    >(
      `SELECT u.email, u.name, t.purpose FROM account_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.id = $1 AND t.token_hash = $2 AND t.used_at IS NULL AND t.mailed_at IS NULL
          AND t.expires_at > now()`,
      [id, hashOf(token)],
    );
    return row ?? null;
  }

  async markMailed(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE account_tokens SET mailed_at = now() WHERE id = $1`, [id]);
  }
}
