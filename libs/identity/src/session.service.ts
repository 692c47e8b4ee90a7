import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

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
   * The answer of a log-in that makes no session (sign-up with a taken address): tokens of the same shape that no
   * request accepts.
   */
  decoy(user: Pick<UserEntity, 'id' | 'role'>): IssuedSession {
    return {
      sessionId: randomUUID(),
      ...this.accessToken(user, randomUUID()),
      refreshToken: randomBytes(32).toString('base64url'),
      refreshTokenExpiresAt: new Date(Date.now() + this.refreshMs),
    };
  }

  /**
   * Spends a refresh token for a new pair (rotation). A token that was replaced before is reuse: its whole session
   * is revoked (REFRESH_TOKEN_REUSED), except within REFRESH_REUSE_GRACE_MS, which answers with an access token
   * only. An unknown, expired or revoked token is SESSION_INVALID.
   */
  async refresh(refreshToken: string): Promise<{ session: IssuedSession; user: UserEntity }> {
    const outcome = await Tx.run(this.dataSource, async (tx) => {
      // FOR UPDATE: two refreshes with one token take turns; the second sees the first one's replacement.
      const [row] = await tx.query<
        Array<{
          id: string;
          session_id: string;
          user_id: string;
          expired: boolean;
          replaced_ms: number | null;
          revoked: boolean;
        }>
      >(
        `SELECT r.id, r.session_id, s.user_id, r.expires_at <= now() AS expired, s.revoked_at IS NOT NULL AS revoked,
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
      const user = await tx.manager.getRepository(UserEntity).findOneByOrFail({ id: row.user_id });
      await tx.query(`UPDATE sessions SET last_used_at = now() WHERE id = $1`, [row.session_id]);
      if (row.replaced_ms !== null) {
        const grace: IssuedSession = {
          sessionId: row.session_id,
          ...this.accessToken(user, row.session_id),
          refreshToken: null,
          refreshTokenExpiresAt: null,
        };
        return { kind: 'ok' as const, user, session: grace };
      }
      await tx.query(`UPDATE refresh_tokens SET replaced_at = now() WHERE id = $1`, [row.id]);
      const next = await this.newRefreshToken(tx, row.session_id);
      const session = { sessionId: row.session_id, ...this.accessToken(user, row.session_id), ...next };
      return { kind: 'ok' as const, user, session };
    });
    if (outcome.kind === 'reused') {
      throw new DomainError(
        'REFRESH_TOKEN_REUSED',
        'This refresh token was used before; the session has been ended for safety: log in again',
      );
    }
    if (outcome.kind === 'invalid') throw sessionInvalid();
    return { session: outcome.session, user: outcome.user };
  }

  /**
   * The account an access token belongs to, while its session is open; SESSION_INVALID when the token is bad,
   * expired, of an ended session or of an account that is gone. One query, as the account had to be read anyway.
   */
  async userOf(accessToken: string): Promise<UserEntity> {
    let claims: AccessClaims;
    try {
      claims = this.jwt.verify<AccessClaims>(accessToken);
    } catch {
      throw sessionInvalid('The token is invalid or expired; refresh the session or log in again');
    }
    // Tokens without a session (made before sessions existed) are refused: they could not be revoked.
    if (!isUuid(claims.sub) || typeof claims.sid !== 'string' || !isUuid(claims.sid)) throw sessionInvalid();
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.id = :sub', { sub: claims.sub })
      .andWhere(
        'EXISTS (SELECT 1 FROM sessions s WHERE s.id = :sid AND s.user_id = u.id AND s.revoked_at IS NULL)',
        { sid: claims.sid },
      )
      .getOne();
    if (!user) throw sessionInvalid();
    return user;
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
   * Ends every open session of the user but `except` (the caller's own, when a password change keeps it); in `tx`
   * when given. Returns how many ended.
   */
  async revokeAll(userId: string, reason: SessionEnd, tx?: Tx, except?: string | null): Promise<number> {
    const where = except ? `user_id = $1 AND id <> $2` : `user_id = $1`;
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
}
