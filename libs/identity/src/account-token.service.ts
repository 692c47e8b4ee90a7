import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Tx } from '@app/database';
import { JobName, JobProducer, type JobPayloads } from '@app/queue';
import type { AccountTokenPurpose } from './entities/account-token.entity';

/** Where a token stands: usable, or why not. */
export type AccountTokenState = 'valid' | 'used' | 'expired';

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
 * One-time account tokens (password reset, e-mail verification): a row issued by the api, its token made at random
 * by the worker when it mails the link and stored only as a hash, spent once. The one place that reads and writes
 * `account_tokens`.
 */
@Injectable()
export class AccountTokenService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobProducer,
  ) {}

  /**
   * Issues a token of `purpose` for the account with this (normalised) address, replacing the account's open ones,
   * and mails its link once `tx` commits; nothing when no account has it. The same three statements run either
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
    const issued = await this.issue(tx, purpose, account?.id ?? null, ttlMs);
    await this.mailAfterCommit(tx, issued, notice);
  }

  /** Issues a token of `purpose` for account `userId` (written in `tx`) and mails its link once `tx` commits. */
  async mailForUser(tx: Tx, purpose: AccountTokenPurpose, userId: string, ttlMs: number): Promise<void> {
    await this.mailAfterCommit(tx, await this.issue(tx, purpose, userId, ttlMs));
  }

  // The mail job goes through the job outbox of the token's transaction, so it is sent once Redis has it, never
  // lost. It carries the token row's id only: the worker makes the token when it sends the mail (`mint`), so that
  // no live token ever sits in PostgreSQL (the outbox, a backup of it) or in Redis. Timing-safe: an unknown
  // address runs the same INSERT with no job, and neither waits for Redis.
  private async mailAfterCommit(tx: Tx, tokenId: string | null, notice?: AccountMailNotice): Promise<void> {
    await this.jobs.enqueueIn(
      tx,
      tokenId
        ? [{ name: JobName.SendPasswordReset, payload: { tokenId, ...(notice ? { notice } : {}) } }]
        : [],
      { timingSafe: true },
    );
  }

  // Replaces the open tokens and inserts the new one, without its token (see `mint`), in one statement; with no
  // user it changes nothing. Returns the new row's id.
  private async issue(
    tx: Tx,
    purpose: AccountTokenPurpose,
    userId: string | null,
    ttlMs: number,
  ): Promise<string | null> {
    const [row] = await tx.query<Array<{ id: string }>>(
      `WITH replaced AS (
         UPDATE account_tokens SET expires_at = now()
          WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now())
       INSERT INTO account_tokens (user_id, purpose, expires_at)
       SELECT $1, $2, now() + $3 * interval '1 millisecond' WHERE $1::uuid IS NOT NULL
       RETURNING id`,
      [userId, purpose, ttlMs],
    );
    return row && userId ? row.id : null;
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
   * For the e-mail job: makes the token of row `id` while the row is open and not yet mailed, stores its hash and
   * returns it with the recipient; null otherwise (replaced, spent, expired, sent already). A retry after a crash
   * between sending and `markMailed` makes a new token, so only the last mail's link works. `previous` is a token
   * the api made (a job of the previous version): it is checked against the row instead.
   */
  async mint(
    id: string,
    previous?: string,
  ): Promise<{ token: string; email: string; name: string; purpose: AccountTokenPurpose } | null> {
    // 32 random bytes (256 bits) cannot be guessed; base64url travels in a link without escaping.
    const token = previous ?? randomBytes(32).toString('base64url');
    // TypeORM answers an UPDATE with [rows, count].
    const [[row]] = await this.dataSource.query<
      [Array<{ email: string; name: string; purpose: AccountTokenPurpose }>, number]
    >(
      `UPDATE account_tokens t SET token_hash = $2
         FROM users u
        WHERE t.id = $1 AND u.id = t.user_id AND t.used_at IS NULL AND t.mailed_at IS NULL
          AND t.expires_at > now() AND ($3::boolean OR t.token_hash = $2)
       RETURNING u.email, u.name, t.purpose`,
      [id, hashOf(token), previous === undefined],
    );
    return row ? { token, ...row } : null;
  }

  async markMailed(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE account_tokens SET mailed_at = now() WHERE id = $1`, [id]);
  }
}
