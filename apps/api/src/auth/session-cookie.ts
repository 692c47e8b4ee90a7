import type { CookieOptions, Request, Response } from 'express';

/** The web app's session: an httpOnly cookie holding the same JWT an API client sends as a bearer token. */
export const SESSION_COOKIE = 'techmatch_session';

export function sessionCookieOptions(nodeEnv: string, maxAgeMs: number): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    // Browsers accept Secure cookies from http://localhost; a developer's other hosts need it off.
    secure: nodeEnv !== 'development' && nodeEnv !== 'test',
    path: '/',
    maxAge: maxAgeMs,
  };
}

/** The session cookie's token, when the request carries one (cookie-parser fills `req.cookies`). */
export function sessionCookieToken(req: Request): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function setSessionCookie(res: Response, token: string, nodeEnv: string, maxAgeMs: number): void {
  res.cookie(SESSION_COOKIE, token, sessionCookieOptions(nodeEnv, maxAgeMs));
}

export function clearSessionCookie(res: Response, nodeEnv: string): void {
  const { maxAge: _maxAge, ...options } = sessionCookieOptions(nodeEnv, 0);
  res.clearCookie(SESSION_COOKIE, options);
}
