import type { CookieOptions, Request, Response } from 'express';

/** The web app's access token: an httpOnly cookie holding the same short JWT an API client sends as a bearer token. */
export const SESSION_COOKIE = 'techmatch_session';
/** The web app's refresh token: an httpOnly cookie the api spends by itself when the access cookie has run out. */
export const REFRESH_COOKIE = 'techmatch_refresh';

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

/** A cookie of the request (cookie-parser fills `req.cookies`), when it carries one. */
export function cookieValue(req: Request, name: string): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function setCookie(
  res: Response,
  name: string,
  value: string,
  nodeEnv: string,
  maxAgeMs: number,
): void {
  res.cookie(name, value, sessionCookieOptions(nodeEnv, maxAgeMs));
}

/** Clears both session cookies. */
export function clearSessionCookies(res: Response, nodeEnv: string): void {
  const { maxAge: _maxAge, ...options } = sessionCookieOptions(nodeEnv, 0);
  res.clearCookie(SESSION_COOKIE, options);
  res.clearCookie(REFRESH_COOKIE, options);
}
