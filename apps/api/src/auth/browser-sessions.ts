import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { EnvironmentVariables } from '@app/config';
import { DomainException, type Actor } from '@app/core';
import {
  AuthService,
  SessionService,
  actorOfAccount,
  type IssuedSession,
  type SessionAccount,
} from '@app/identity';
import {
  REFRESH_COOKIE,
  SESSION_COOKIE,
  clearSessionCookies,
  cookieValue,
  setCookie,
} from './session-cookie';

/** The `Authorization` header's token: `Bearer <token>` or a bare token; undefined without the header. */
export function headerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match ? match[1] : header.trim();
}

/**
 * Who makes a request, for GraphQL and the HTTP routes alike. API clients send `Authorization: Bearer <access
 * token>` and refresh it themselves (refreshSession). The web app holds two httpOnly cookies that no script can
 * read: the access token, and the refresh token, which the api spends by itself when the access cookie has run out
 * or is refused, answering with new cookies; so the browser's session goes on across access-token expiry without
 * the page doing anything, in every tab and for plain links (the CSV download) as well. A cookie session that
 * cannot be refreshed (ended, expired, reused) makes the request anonymous and clears the cookies.
 */
@Injectable()
export class BrowserSessions {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly env: EnvironmentVariables,
  ) {}

  /** The caller; null when anonymous; UNAUTHENTICATED for a bad bearer token. */
  async actor(req: Request, res: Response): Promise<Actor | null> {
    const account = await this.account(req, res);
    return account && actorOfAccount(account);
  }

  /**
   * The caller's account (or pending sign-up, see SessionService.startPendingSignUp), as read with the session;
   * null when anonymous; UNAUTHENTICATED for a bad bearer token.
   */
  async account(req: Request, res: Response): Promise<SessionAccount | null> {
    const bearer = headerToken(req);
    if (bearer) return this.auth.accountFromToken(bearer);
    const access = cookieValue(req, SESSION_COOKIE);
    const refresh = cookieValue(req, REFRESH_COOKIE);
    if (access) {
      try {
        return await this.auth.accountFromToken(access);
      } catch (error) {
        if (!(error instanceof DomainException)) throw error;
      }
    }
    if (!refresh) {
      // An access cookie that no longer works and nothing to renew it with: a visitor again.
      if (access) clearSessionCookies(res, this.env.NODE_ENV);
      return null;
    }
    try {
      const { session, ...account } = await this.sessions.refresh(refresh);
      this.setCookies(res, session);
      return account;
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      clearSessionCookies(res, this.env.NODE_ENV);
      return null;
    }
  }

  /** Puts a session into the web app's cookies (the refresh cookie only when the session has a new one). */
  setCookies(res: Response, session: IssuedSession): void {
    const now = Date.now();
    setCookie(
      res,
      SESSION_COOKIE,
      session.accessToken,
      this.env.NODE_ENV,
      session.accessTokenExpiresAt.getTime() - now,
    );
    if (session.refreshToken && session.refreshTokenExpiresAt) {
      setCookie(
        res,
        REFRESH_COOKIE,
        session.refreshToken,
        this.env.NODE_ENV,
        session.refreshTokenExpiresAt.getTime() - now,
      );
    }
  }

  clearCookies(res: Response): void {
    clearSessionCookies(res, this.env.NODE_ENV);
  }

  /** The refresh token of the web app's cookie. */
  refreshCookie(req: Request): string | undefined {
    return cookieValue(req, REFRESH_COOKIE);
  }

  /**
   * The session the request belongs to: the one its access token names (even an expired one of ours), else the
   * one of `refreshToken` or of the refresh cookie; null when none.
   */
  async currentSession(req: Request, refreshToken?: string | null): Promise<string | null> {
    const access = headerToken(req) ?? cookieValue(req, SESSION_COOKIE);
    const named = access ? this.sessions.sessionOf(access) : null;
    if (named) return named;
    const refresh = refreshToken ?? this.refreshCookie(req);
    return refresh ? this.sessions.sessionOfRefreshToken(refresh) : null;
  }
}
