import type { Request, Response } from 'express';
import type { Actor } from '@app/core';
import type { Loaders } from '../loaders/loaders';
import type { BrowserSessions } from './browser-sessions';

/** The GraphQL context of one request: the caller (resolved lazily, see BrowserSessions) and its DataLoaders. */
export class RequestContext {
  private actorPromise?: Promise<Actor | null>;

  constructor(
    readonly req: Request,
    readonly res: Response,
    readonly loaders: Loaders,
    private readonly sessions: BrowserSessions,
  ) {}

  /** The caller; null without a session; throws UNAUTHENTICATED for a bad or expired bearer token. */
  actor(): Promise<Actor | null> {
    // Once per request: a refresh of the web app's cookies happens at most once.
    this.actorPromise ??= this.sessions.actor(this.req, this.res);
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
