import type { Request, Response } from 'express';
import type { Actor } from '@app/core';
import type { AuthService } from '@app/identity';
import type { Loaders } from '../loaders/loaders';
import { sessionCookieToken } from './session-cookie';

/**
 * The caller's token, for GraphQL and the HTTP routes alike: `Authorization: Bearer <token>` (or a bare token)
 * from API clients, else the web app's httpOnly session cookie.
 */
export function bearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (!header) return sessionCookieToken(req);
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match ? match[1] : header.trim();
}

/** The GraphQL context of one request: the caller (resolved lazily from the bearer token) and its DataLoaders. */
export class RequestContext {
  private actorPromise?: Promise<Actor | null>;

  constructor(
    readonly req: Request,
    readonly res: Response,
    readonly loaders: Loaders,
    private readonly auth: AuthService,
  ) {}

  /** The caller; null without a token; throws UNAUTHENTICATED for a bad or expired token. */
  actor(): Promise<Actor | null> {
    this.actorPromise ??= (() => {
      const token = bearerToken(this.req);
      return token ? this.auth.actorFromToken(token) : Promise.resolve(null);
    })();
    return this.actorPromise;
  }

  /** The caller for public fields: a bad token counts as anonymous there. */
  async optionalActor(): Promise<Actor | null> {
    try {
      return await this.actor();
    } catch {
      return null;
    }
  }
}
