import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { CompanyEntity, CompanyLocationEntity } from '@app/catalogue';
import { EnvironmentVariables, accessTokenTtlMs, sessionLengthMs } from '@app/config';
import { DomainError, isUuid, type Role } from '@app/core';
import { Tx } from '@app/database';
import { UserEntity } from './entities/user.entity';

/** Why a session ended (sessions.revoked_reason). */
export type SessionEnd =
  'LOG_OUT' | 'LOG_OUT_EVERYWHERE' | 'PASSWORD_CHANGED' | 'PASSWORD_RESET' | 'REFRESH_TOKEN_REUSED';

/**
 * A refresh token presented again this soon after it was replaced is taken for a race of the owner's own requests
 * (two browser tabs, a retried refresh whose answer was lost), not for theft: it gets an access token of the same
 * session, but no new refresh token, and the session stays. Later, the same token ends the session.
 */
export const REFRESH_REUSE_GRACE_MS = 10_000;

/** The tokens of a session, as logIn, signUp and refreshSession hand them out. */
export interface IssuedSession {
  sessionId: string;
  /** A JWT for `Authorization: Bearer`, valid ACCESS_TOKEN_TTL. */
  accessToken: string;
  accessTokenExpiresAt: Date;
  /** Random; stored only as its SHA-256. Null when a refresh in the grace time got an access token only. */
  refreshToken: string | null;
  refreshTokenExpiresAt: Date | null;
}

interface AccessClaims {
  sub: string;
  role: Role;
  /** The session the token belongs to: revoking it ends the token at once. */
  sid: string;
}

/** The company a company contact's pending sign-up claimed: made and rolled back, so it exists nowhere. */
export interface ClaimedCompany {
  company: CompanyEntity;
  locations: CompanyLocationEntity[];
}

/**
 * Whom a session belongs to: an account, or a pending sign-up (a sign-up with an address that has an account, see
 * startPendingSignUp), whose `user` is the account that sign-up would have made, in no table.
 */
export interface SessionAccount {
  user: UserEntity;
  /** Set for a pending sign-up: the company it claimed, or null for a teacher. */
  pendingSignUp: { company: ClaimedCompany | null } | null;
}

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

type Row = Record<string, unknown>;

// A session's account row: the users row of its account, or the one a pending sign-up holds (the same columns, by
// name, read as the users row type), with the company a pending sign-up claimed. One query either way, so that
// both answer alike.
const ACCOUNT_OF_SESSION = `
  SELECT u.*, false AS is_pending_sign_up, NULL::jsonb AS claimed_company
    FROM users u JOIN sessions s ON s.user_id = u.id
   WHERE s.id = $1 AND s.revoked_at IS NULL AND ($2::uuid IS NULL OR u.id = $2)
  UNION ALL
  SELECT p.*, true, s.pending_sign_up->'company' FROM sessions s
         CROSS JOIN LATERAL jsonb_populate_record(NULL::users, s.pending_sign_up) p
   WHERE s.id = $1 AND s.user_id IS NULL AND s.revoked_at IS NULL AND ($2::uuid IS NULL OR p.id = $2)`;

const sessionInvalid = (message = 'The session has ended or expired; log in again') =>
  new DomainError('SESSION_INVALID', message);

/**
 * Sessions: short access tokens and refresh tokens that rotate at every use (a chain per log-in), stored hashed in
 * `sessions` and `refresh_tokens`. The one place that reads and writes those tables.
 */
@Injectable()
export class SessionService {
  private readonly accessMs: number;
  private readonly refreshMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    env: EnvironmentVariables,
  ) {
    this.accessMs = accessTokenTtlMs(env);
    this.refreshMs = sessionLengthMs(env);
  }

  /** Starts a session for `user` (a log-in): its first refresh token and an access token. */
  async start(user: Pick<UserEntity, 'id' | 'role'>, tx?: Tx): Promise<IssuedSession> {
    const run = async (t: Tx) => {
      // The user's sessions that can no longer be used, a month after they ended, go on the way.
      await t.query(
        `DELETE FROM sessions s WHERE s.user_id = $1 AND (s.revoked_at < now() - interval '30 days'
           OR NOT EXISTS (SELECT 1 FROM refresh_tokens r WHERE r.session_id = s.id
                            AND r.expires_at > now() - interval '30 days'))`,
        [user.id],
      );
      const [session] = await t.query<Array<{ id: string }>>(
        `INSERT INTO sessions (user_id) VALUES ($1) RETURNING id`,
        [user.id],
      );
      return { sessionId: session.id, ...(await this.newRefreshToken(t, session.id)) };
    };
    const started = tx ? await run(tx) : await Tx.run(this.dataSource, run);
    return { ...started, ...this.accessToken(user, started.sessionId) };
  }

  /**
   * Starts the session of a pending sign-up: one that answers as a new unconfirmed account (`user`, which is in no
   * table, with the `company` it claimed) and belongs to no account, for a sign-up with an address that has one.
   * Its tokens work like any others (refresh, log out); it never becomes an account and ends like any session.
   */
  async startPendingSignUp(user: UserEntity, company: ClaimedCompany | null): Promise<IssuedSession> {
    const pending = {
      ...this.toRow(UserEntity, user),
      company: company && {
        company: this.toRow(CompanyEntity, company.company),
        locations: company.locations.map((location) => this.toRow(CompanyLocationEntity, location)),
      },
    };
    const started = await Tx.run(this.dataSource, async (t) => {
      // Pending sign-ups that can no longer be used, a month after, go on the way (a few at a time).
      await t.query(
        `DELETE FROM sessions WHERE id IN (
           SELECT s.id FROM sessions s
            WHERE s.user_id IS NULL AND s.created_at < now() - interval '30 days'
              AND (s.revoked_at < now() - interval '30 days'
                   OR NOT EXISTS (SELECT 1 FROM refresh_tokens r WHERE r.session_id = s.id
                                    AND r.expires_at > now() - interval '30 days'))
            LIMIT 20)`,
      );
      const [session] = await t.query<Array<{ id: string }>>(
        `INSERT INTO sessions (pending_sign_up) VALUES ($1) RETURNING id`,
        [pending],
      );
      return { sessionId: session.id, ...(await this.newRefreshToken(t, session.id)) };
    });
    return { ...started, ...this.accessToken(user, started.sessionId) };
  }

  /**
   * The newest pending sign-up of `email` (normalised), for a log-in: the session it was last held in and its
   * password hash; null when there is none (sessions of pending sign-ups go a month after they ended).
   */
  async pendingSignUpOf(email: string): Promise<{ sessionId: string; passwordHash: string } | null> {
    const [row] = await this.dataSource.query<Array<{ id: string; password_hash: string | null }>>(
      `SELECT id, pending_sign_up->>'password_hash' AS password_hash FROM sessions
        WHERE user_id IS NULL AND lower(pending_sign_up->>'email') = $1
        ORDER BY created_at DESC LIMIT 1`,
      [email],
    );
    return row?.password_hash ? { sessionId: row.id, passwordHash: row.password_hash } : null;
  }

  /** A log-in to a pending sign-up: a new session holding what the session `from` holds. */
  async resumePendingSignUp(from: string): Promise<{ session: IssuedSession } & SessionAccount> {
    const started = await Tx.run(this.dataSource, async (t) => {
      const [session] = await t.query<Array<{ id: string }>>(
        `INSERT INTO sessions (pending_sign_up)
         SELECT pending_sign_up FROM sessions WHERE id = $1 AND user_id IS NULL RETURNING id`,
        [from],
      );
      if (!session) throw sessionInvalid();
      const account = await this.accountOfSession(t, session.id);
      if (!account) throw sessionInvalid();
      return { account, sessionId: session.id, ...(await this.newRefreshToken(t, session.id)) };
    });
    const { account, ...issued } = started;
    return {
      ...account,
      session: { ...issued, ...this.accessToken(account.user, issued.sessionId) },
    };
  }

  /** The account a pending sign-up holds, as it is now; null when its session has ended. */
  async pendingSignUpUser(id: string): Promise<UserEntity | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.dataSource.query<Row[]>(
      `SELECT p.* FROM sessions s CROSS JOIN LATERAL jsonb_populate_record(NULL::users, s.pending_sign_up) p
        WHERE s.user_id IS NULL AND s.pending_sign_up->>'id' = $1 AND s.revoked_at IS NULL`,
      [id],
    );
    return row ? this.fromRow(UserEntity, row) : null;
  }

  /**
   * Changes what a pending sign-up holds (`change` gets its row, with the password hash, by column name, and
   * returns the new one), as a change of its account would; null when it has ended.
   */
  async changePendingSignUp(
    id: string,
    change: (row: Row, tx: Tx) => Row | Promise<Row>,
  ): Promise<UserEntity | null> {
    if (!isUuid(id)) return null;
    return Tx.run(this.dataSource, async (tx) => {
      // Every session of the pending sign-up (one per log-in, ended ones too: a log-in starts from the newest)
      // holds it, and all change together.
      const [found] = await tx.query<Array<{ id: string; pending_sign_up: Row }>>(
        `SELECT id, pending_sign_up FROM sessions
          WHERE user_id IS NULL AND pending_sign_up->>'id' = $1 AND revoked_at IS NULL
          ORDER BY created_at DESC LIMIT 1 FOR UPDATE`,
        [id],
      );
      if (!found) return null;
      const { company, ...row } = found.pending_sign_up;
      const changed = { ...(await change(row, tx)), id: row.id, updated_at: new Date() };
      await tx.query(
        `UPDATE sessions SET pending_sign_up = $2 WHERE user_id IS NULL AND pending_sign_up->>'id' = $1`,
        [id, { ...changed, company }],
      );
      const [user] = await tx.query<Row[]>(`SELECT * FROM jsonb_populate_record(NULL::users, $1)`, [changed]);
      return this.fromRow(UserEntity, user);
    });
  }

  /**
   * Spends a refresh token for a new pair (rotation). A token that was replaced before is reuse: its whole session
   * is revoked (REFRESH_TOKEN_REUSED), except within REFRESH_REUSE_GRACE_MS, which answers with an access token
   * only. An unknown, expired or revoked token is SESSION_INVALID.
   */
  async refresh(refreshToken: string): Promise<{ session: IssuedSession } & SessionAccount> {
    const outcome = await Tx.run(this.dataSource, async (tx) => {
      // FOR UPDATE: two refreshes with one token take turns; the second sees the first one's replacement.
      const [row] = await tx.query<
        Array<{
          id: string;
          session_id: string;
          expired: boolean;
          replaced_ms: number | null;
          revoked: boolean;
        }>
      >(
        `SELECT r.id, r.session_id, r.expires_at <= now() AS expired, s.revoked_at IS NOT NULL AS revoked,
                (extract(epoch FROM now() - r.replaced_at) * 1000)::float8 AS replaced_ms
           FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id
          WHERE r.token_hash = $1
          FOR UPDATE OF r`,
        [hashOf(refreshToken)],
      );
      if (!row || row.revoked || row.expired) return { kind: 'invalid' as const };
      if (row.replaced_ms !== null && row.replaced_ms > REFRESH_REUSE_GRACE_MS) {
        await this.revokeIn(tx, `id = $1`, [row.session_id], 'REFRESH_TOKEN_REUSED');
        return { kind: 'reused' as const };
      }
      const account = await this.accountOfSession(tx, row.session_id);
      if (!account) return { kind: 'invalid' as const };
      const { user } = account;
      await tx.query(`UPDATE sessions SET last_used_at = now() WHERE id = $1`, [row.session_id]);
      if (row.replaced_ms !== null) {
        const grace: IssuedSession = {
          sessionId: row.session_id,
          ...this.accessToken(user, row.session_id),
          refreshToken: null,
          refreshTokenExpiresAt: null,
        };
        return { kind: 'ok' as const, account, session: grace };
      }
      await tx.query(`UPDATE refresh_tokens SET replaced_at = now() WHERE id = $1`, [row.id]);
      const next = await this.newRefreshToken(tx, row.session_id);
      const session = { sessionId: row.session_id, ...this.accessToken(user, row.session_id), ...next };
      return { kind: 'ok' as const, account, session };
    });
    if (outcome.kind === 'reused') {
      throw new DomainError(
        'REFRESH_TOKEN_REUSED',
        'This refresh token was used before; the session has been ended for safety: log in again',
      );
    }
    if (outcome.kind === 'invalid') throw sessionInvalid();
    return { session: outcome.session, ...outcome.account };
  }

  /**
   * The account an access token belongs to (or the pending sign-up), while its session is open; SESSION_INVALID
   * when the token is bad, expired, of an ended session or of an account that is gone. One query, as the account
   * had to be read anyway.
   */
  async userOf(accessToken: string): Promise<SessionAccount> {
    let claims: AccessClaims;
    try {
      claims = this.jwt.verify<AccessClaims>(accessToken);
    } catch {
      throw sessionInvalid('The token is invalid or expired; refresh the session or log in again');
    }
    // Tokens without a session (made before sessions existed) are refused: they could not be revoked.
    if (!isUuid(claims.sub) || typeof claims.sid !== 'string' || !isUuid(claims.sid)) throw sessionInvalid();
    const account = await this.accountOfSession(this.dataSource, claims.sid, claims.sub);
    if (!account) throw sessionInvalid();
    return account;
  }

  // The account of an open session, `sub` when named; null when the session ended or the account is gone.
  private async accountOfSession(
    q: Pick<DataSource, 'query'>,
    sessionId: string,
    sub: string | null = null,
  ): Promise<SessionAccount | null> {
    const [row] = await q.query<
      Array<Row & { is_pending_sign_up: boolean; claimed_company: { company: Row; locations: Row[] } | null }>
    >(ACCOUNT_OF_SESSION, [sessionId, sub]);
    if (!row) return null;
    const { is_pending_sign_up: pending, claimed_company: claimed } = row;
    return {
      user: this.fromRow(UserEntity, row),
      pendingSignUp: pending
        ? {
            company: claimed && {
              company: this.fromRow(CompanyEntity, claimed.company),
              locations: claimed.locations.map((location) => this.fromRow(CompanyLocationEntity, location)),
            },
          }
        : null,
    };
  }

  /** The session an access token names, when the token is genuine (expired or not); null otherwise. */
  sessionOf(accessToken: string): string | null {
    try {
      const claims = this.jwt.verify<AccessClaims>(accessToken, { ignoreExpiration: true });
      return typeof claims.sid === 'string' && isUuid(claims.sid) ? claims.sid : null;
    } catch {
      return null;
    }
  }

  /** The session of a refresh token (replaced or not); null for an unknown one. */
  async sessionOfRefreshToken(refreshToken: string): Promise<string | null> {
    const [row] = await this.dataSource.query<Array<{ session_id: string }>>(
      `SELECT session_id FROM refresh_tokens WHERE token_hash = $1`,
      [hashOf(refreshToken)],
    );
    return row?.session_id ?? null;
  }

  /** Ends one session: its refresh tokens and access tokens stop working. */
  async revoke(sessionId: string, reason: SessionEnd): Promise<void> {
    await Tx.run(this.dataSource, (tx) => this.revokeIn(tx, `id = $1`, [sessionId], reason));
  }

  /**
   * Ends every open session of the user (or pending sign-up) but `except` (the caller's own, when a password change keeps it); in `tx`
   * when given. Returns how many ended.
   */
  async revokeAll(userId: string, reason: SessionEnd, tx?: Tx, except?: string | null): Promise<number> {
    // The id of a pending sign-up is that of the account it would have made (see startPendingSignUp).
    const owner = `(user_id = $1 OR (user_id IS NULL AND pending_sign_up->>'id' = $1::text))`;
    const where = except ? `${owner} AND id <> $2` : owner;
    const params = except ? [userId, except] : [userId];
    return tx
      ? this.revokeIn(tx, where, params, reason)
      : Tx.run(this.dataSource, (t) => this.revokeIn(t, where, params, reason));
  }

  private async revokeIn(tx: Tx, where: string, params: unknown[], reason: SessionEnd): Promise<number> {
    // Counted by a SELECT: TypeORM answers a bare UPDATE with [rows, count].
    const [{ n }] = await tx.query<Array<{ n: number }>>(
      `WITH ended AS (
         UPDATE sessions SET revoked_at = now(), revoked_reason = $${params.length + 1}
          WHERE ${where} AND revoked_at IS NULL RETURNING 1)
       SELECT count(*)::int AS n FROM ended`,
      [...params, reason],
    );
    return n;
  }

  private accessToken(
    user: Pick<UserEntity, 'id' | 'role'>,
    sessionId: string,
  ): Pick<IssuedSession, 'accessToken' | 'accessTokenExpiresAt'> {
    const claims: AccessClaims = { sub: user.id, role: user.role, sid: sessionId };
    const accessToken = this.jwt.sign(claims, { expiresIn: Math.max(1, Math.round(this.accessMs / 1000)) });
    const { exp } = this.jwt.decode<{ exp: number }>(accessToken);
    return { accessToken, accessTokenExpiresAt: new Date(exp * 1000) };
  }

  private async newRefreshToken(
    tx: Tx,
    sessionId: string,
  ): Promise<Pick<IssuedSession, 'refreshToken' | 'refreshTokenExpiresAt'>> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshTokenExpiresAt = new Date(Date.now() + this.refreshMs);
    await tx.query(`INSERT INTO refresh_tokens (session_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [
      sessionId,
      hashOf(refreshToken),
      refreshTokenExpiresAt,
    ]);
    return { refreshToken, refreshTokenExpiresAt };
  }

  // An entity's columns by their database names (a users row as a pending sign-up holds it), and back, with the
  // column types TypeORM reads them as.
  private toRow<T extends ObjectLiteral>(target: EntityTarget<T>, entity: T): Row {
    const row: Row = {};
    for (const column of this.dataSource.getMetadata(target).columns) {
      const value: unknown = entity[column.propertyName];
      if (value !== undefined) row[column.databaseName] = value;
    }
    return row;
  }

  private fromRow<T extends ObjectLiteral>(target: EntityTarget<T>, row: Row): T {
    const metadata = this.dataSource.getMetadata(target);
    const entity = metadata.create() as Row;
    for (const column of metadata.columns) {
      const value = row[column.databaseName];
      if (!column.isSelect || value === undefined) continue;
      entity[column.propertyName] = this.dataSource.driver.prepareHydratedValue(value, column);
    }
    return entity as T;
  }
}
