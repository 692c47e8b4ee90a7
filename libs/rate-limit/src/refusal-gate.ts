import { Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ERROR_REASONS, type ErrorReason } from '@app/core';
import { clientKey } from './client-address';
import { RateLimiter } from './rate-limiter';
import type { BlockRule } from './rate-limits';

/** Answers that refuse a request the api could not take: malformed (400), too large (413, 414, 431). */
const REFUSED_STATUSES = new Set([400, 413, 414, 431]);

/**
 * Error reasons of GraphQL answers that refuse a request (answered with status 200, or 400): over a GraphQL limit,
 * a failed or locked log-in, over a rate limit.
 */
export const REFUSAL_REASONS: ReadonlySet<string> = new Set<ErrorReason>([
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COSTLY',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'TOO_MANY_TOKENS',
  'WRONG_CREDENTIALS',
  'LOGIN_LOCKED',
  'RATE_LIMITED',
]);

// A blocked client's request is held this long (at most what is left of its block) before it is answered: a client
// that sends again as soon as it is answered then costs a timer a second instead of a loop of answers.
const HOLD_MS = 1000;
// Held requests per client; more (a client sending in parallel) are answered at once, each closing its connection.
const MAX_HELD = 8;
// Past this many blocked clients, expired blocks are swept out when another is added.
const SWEEP_AT = 10_000;

const LOCALS_KEY = 'refused';

/** Marks the request of `res` as refused (for refusals its status does not show, such as GraphQL errors). */
export function markRefused(res: Response): void {
  res.locals[LOCALS_KEY] = true;
}

/**
 * Blocks clients whose requests keep being refused (RATE_LIMIT_REFUSED): counted in Redis per client address, so
 * that the count holds across api instances, and remembered in the instance that saw a block, which then answers
 * the client 429 with Retry-After from memory, before its body is read or parsed. A blocked client costs another
 * instance one more refused request before that instance knows. Nothing waits for Redis: while it is away each
 * instance counts on its own, and the blocks it knows stay.
 */
@Injectable()
export class RefusalGate {
  // Client key → when its block ends (ms since the epoch).
  private readonly blocked = new Map<string, number>();
  private readonly held = new Map<string, number>();
  // Client key → its refusals counted here while Redis was away, and when that window ends.
  private readonly counted = new Map<string, { refusals: number; endsAt: number }>();
  private readonly logger = new Logger(RefusalGate.name);

  constructor(private readonly limiter: RateLimiter) {}

  /** Express middleware: install it before the body parser (`app.use` before `listen`). */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    const rule = this.limiter.limits.refused;
    if (!rule) return next();
    const client = clientKey(req.ip);
    const until = this.blocked.get(client);
    if (until !== undefined) {
      if (until > Date.now()) return this.answerBlocked(client, req, res);
      this.blocked.delete(client);
    }
    res.once('finish', () => {
      if (res.locals[LOCALS_KEY] === true || REFUSED_STATUSES.has(res.statusCode)) {
        void this.count(rule, client);
      }
    });
    next();
  };

  /** Whether `client` (a client key) is blocked in this instance. */
  isBlocked(client: string): boolean {
    return (this.blocked.get(client) ?? 0) > Date.now();
  }

  private async count(rule: BlockRule, client: string): Promise<void> {
    const ms = await this.limiter.countRefusal(rule, client);
    if (ms === null) this.countHere(rule, client);
    else if (ms > 0) this.block(client, ms);
  }

  // Redis is away: this instance counts the client's refusals on its own, so that a client that starts during an
  // outage is still blocked (by each instance after `count` refusals there).
  private countHere(rule: BlockRule, client: string): void {
    const now = Date.now();
    let window = this.counted.get(client);
    if (!window || window.endsAt <= now) {
      if (this.counted.size >= SWEEP_AT) {
        for (const [key, { endsAt }] of this.counted) if (endsAt <= now) this.counted.delete(key);
      }
      window = { refusals: 0, endsAt: now + rule.windowMs };
      this.counted.set(client, window);
    }
    window.refusals += 1;
    if (window.refusals >= rule.count) {
      this.counted.delete(client);
      this.block(client, rule.blockMs);
    }
  }

  private block(client: string, ms: number): void {
    const now = Date.now();
    if (!this.isBlocked(client)) this.logger.warn({ msg: 'client blocked after refused requests', ms });
    if (this.blocked.size >= SWEEP_AT) {
      for (const [key, until] of this.blocked) if (until <= now) this.blocked.delete(key);
    }
    this.blocked.set(client, now + ms);
  }

  // Answers 429 without reading the body, and closes the connection so that it is never read.
  private answerBlocked(client: string, req: Request, res: Response): void {
    this.limiter.refused(this.limiter.limits.refused?.name ?? 'refused');
    const held = this.held.get(client) ?? 0;
    const answer = () => {
      const left = (this.blocked.get(client) ?? Date.now()) - Date.now();
      const retryAfter = Math.max(1, Math.ceil(left / 1000));
      if (res.headersSent || req.socket.destroyed) return;
      res.writeHead(429, {
        'content-type': 'application/json; charset=utf-8',
        'retry-after': String(retryAfter),
        connection: 'close',
      });
      res.end(
        JSON.stringify({
          errors: [
            {
              message: `Too many refused requests; try again in ${retryAfter} s`,
              extensions: { code: ERROR_REASONS.RATE_LIMITED, reason: 'RATE_LIMITED', retryAfter },
            },
          ],
        }),
      );
    };
    if (held >= MAX_HELD) return answer();
    this.held.set(client, held + 1);
    const holdMs = Math.min(HOLD_MS, (this.blocked.get(client) ?? 0) - Date.now());
    setTimeout(
      () => {
        const left = (this.held.get(client) ?? 1) - 1;
        if (left > 0) this.held.set(client, left);
        else this.held.delete(client);
        answer();
      },
      Math.max(0, holdMs),
    ).unref();
  }
}
