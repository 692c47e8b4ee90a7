import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '@app/core';
import { actorOfAccount, type SessionAccount } from '@app/identity';
import { LoaderFactory, type Loaders } from '../loaders/loaders';
import { BrowserSessions } from './browser-sessions';

/**
 * The company a pending sign-up claimed exists nowhere: the loaders learn it from the session, so that fields
 * such as `me { company { name locations } }` read it as a new account's company.
 */
export function primeClaimedCompany(
  loaders: Loaders,
  pending: SessionAccount['pendingSignUp'] | undefined,
): void {
  const claimed = pending?.company;
  if (!claimed) return;
  loaders.company.prime(claimed.company.id, claimed.company);
  loaders.locationsOfCompany.prime(claimed.company.id, claimed.locations);
  for (const location of claimed.locations) loaders.location.prime(location.id, location);
}

/** The GraphQL context of one request: the caller (resolved lazily, see BrowserSessions) and its DataLoaders. */
export class RequestContext {
  private accountPromise?: Promise<SessionAccount | null>;

  constructor(
    readonly req: Request,
    readonly res: Response,
    readonly loaders: Loaders,
    private readonly sessions: BrowserSessions,
  ) {}

  /**
   * The caller's account as its session read it (or the pending sign-up the session holds); null without a
   * session; throws UNAUTHENTICATED for a bad or expired bearer token.
   */
  account(): Promise<SessionAccount | null> {
    // Once per request: a refresh of the web app's cookies happens at most once.
    this.accountPromise ??= this.sessions.account(this.req, this.res).then((account) => {
      primeClaimedCompany(this.loaders, account?.pendingSignUp);
      return account;
    });
    return this.accountPromise;
  }

  /** The caller; null without a session; throws UNAUTHENTICATED for a bad or expired bearer token. */
  async actor(): Promise<Actor | null> {
    const account = await this.account();
    return account && actorOfAccount(account);
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

/**
 * Makes the GraphQL context of a request: for Apollo's requests to /graphql, and for the answers the web app's
 * rendered pages are made of (web/web-app.middleware.ts), so that both see the caller the same way.
 */
@Injectable()
export class RequestContexts {
  constructor(
    private readonly loaders: LoaderFactory,
    private readonly sessions: BrowserSessions,
  ) {}

  create(req: Request, res: Response): RequestContext {
    return new RequestContext(req, res, this.loaders.create(), this.sessions);
  }
}
