import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { EnvironmentVariables, durationToMs } from '@app/config';
import { DomainError } from '@app/core';
import { redisConnection } from '@app/queue';
import {
  rateLimitsFrom,
  type BlockRule,
  type LockoutRule,
  type RateLimits,
  type WindowRule,
} from './rate-limits';

// Each script runs atomically in Redis, so parallel requests of api instances count as one.

// KEYS[1] the counter; ARGV limit, window ms. Answers 0 when the request fits, else the ms until the window ends.
const WINDOW_SCRIPT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if n <= tonumber(ARGV[1]) then return 0 end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]); ttl = tonumber(ARGV[2]) end
return ttl`;

// KEYS pairs of (count, lock); ARGV per pair: failures, lock ms, max lock ms, memory ms. While a lock stands it
// answers {ms left, 0} and counts nothing. Otherwise it counts the attempt as a failure at once (a success takes it
// back), so that guesses sent in parallel cannot all pass before the first one fails, and locks the keys that
// reached their limit: {0, number of keys locked now}.
const ATTEMPT_SCRIPT = `
local wait = 0
for i = 1, #KEYS, 2 do
  local ttl = redis.call('PTTL', KEYS[i + 1])
  if ttl > wait then wait = ttl end
end
if wait > 0 then return {wait, 0} end
local locked = 0
for i = 1, #KEYS, 2 do
  local a = (i - 1) * 2
  local failures = tonumber(ARGV[a + 1])
  local n = redis.call('INCR', KEYS[i])
  redis.call('PEXPIRE', KEYS[i], ARGV[a + 4])
  if n >= failures then
    local ms = math.min(tonumber(ARGV[a + 2]) * 2 ^ (n - failures), tonumber(ARGV[a + 3]))
    redis.call('SET', KEYS[i + 1], '1', 'PX', math.floor(ms))
    locked = locked + 1
  end
end
return {0, locked}`;

// KEYS pairs of (count, lock); ARGV per pair: 'clear' or 'undo', failures. 'undo' takes back the attempt's count,
// and the lock it alone may have set.
const SUCCESS_SCRIPT = `
for i = 1, #KEYS, 2 do
  local a = i - 1
  if ARGV[a + 1] == 'clear' then
    redis.call('DEL', KEYS[i], KEYS[i + 1])
  else
    local n = tonumber(redis.call('GET', KEYS[i]) or '0')
    if n > 0 then n = redis.call('DECR', KEYS[i]) end
    if n < tonumber(ARGV[a + 2]) then redis.call('DEL', KEYS[i + 1]) end
  end
end
return 0`;

// KEYS count, block, strikes; ARGV count, window ms, block ms, max block ms, memory ms. Counts a refused request of
// a client: answers the ms its block has left (0 while it is not blocked). The `count`-th refusal within a window
// blocks it, twice as long at each further block while its strikes are remembered.
const REFUSAL_SCRIPT = `
local left = redis.call('PTTL', KEYS[2])
if left > 0 then return left end
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if n < tonumber(ARGV[1]) then return 0 end
redis.call('DEL', KEYS[1])
local strikes = redis.call('INCR', KEYS[3])
redis.call('PEXPIRE', KEYS[3], ARGV[5])
local ms = math.floor(math.min(tonumber(ARGV[3]) * 2 ^ (strikes - 1), tonumber(ARGV[4])))
redis.call('SET', KEYS[2], '1', 'PX', ms)
return ms`;

interface LimiterCommands {
  rateWindow(key: string, limit: number, windowMs: number): Promise<number>;
  rateAttempt(...args: Array<string | number>): Promise<[number, number]>;
  rateSuccess(...args: Array<string | number>): Promise<number>;
  rateRefusal(...args: Array<string | number>): Promise<number>;
}

/** One key under a lock-out rule: the rule, and whose attempts (an address key, a client key). */
export interface LockoutCheck {
  rule: LockoutRule | null;
  key: string;
}

// How often Redis being away is logged: once, then at most every 30 s with the number of skipped checks.
const WARN_EVERY_MS = 30_000;

const secondsOf = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Rate limits kept in Redis, so that they hold across api instances. Keys start with QUEUE_PREFIX (`<prefix>:rate:`)
 * and all expire. When Redis is away or slow (RATE_LIMIT_TIMEOUT), a limit is skipped with a log line: a request
 * never waits on Redis.
 */
@Injectable()
export class RateLimiter implements OnModuleDestroy {
  readonly limits: RateLimits;
  private readonly redis: Redis & LimiterCommands;
  private readonly prefix: string;
  private readonly logger = new Logger(RateLimiter.name);
  private warnedAt = 0;
  private skipped = 0;
  private readonly refusalListeners: Array<(limit: string) => void> = [];

  constructor(env: EnvironmentVariables) {
    this.limits = rateLimitsFrom(env);
    this.prefix = `${env.QUEUE_PREFIX}:rate`;
    const connection = redisConnection(env.RATE_LIMIT_REDIS_URL ?? env.REDIS_URL) as Record<string, unknown>;
    // Connects at the first limit checked (the worker, which checks none, never does); a command waits for Redis
    // RATE_LIMIT_TIMEOUT at most, and none waits while the client reconnects (see `run`).
    this.redis = new Redis({
      ...connection,
      lazyConnect: true,
      commandTimeout: durationToMs(env.RATE_LIMIT_TIMEOUT),
      connectTimeout: 2000,
      maxRetriesPerRequest: 1,
    }) as Redis & LimiterCommands;
    this.redis.on('error', (error: unknown) => this.warn('connection', error, false));
    this.redis.defineCommand('rateWindow', { numberOfKeys: 1, lua: WINDOW_SCRIPT });
    this.redis.defineCommand('rateAttempt', { lua: ATTEMPT_SCRIPT });
    this.redis.defineCommand('rateSuccess', { lua: SUCCESS_SCRIPT });
    this.redis.defineCommand('rateRefusal', { numberOfKeys: 3, lua: REFUSAL_SCRIPT });
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }

  /** `listener` hears the name of the limit of every refusal (the api's metrics count them). */
  onRefused(listener: (limit: string) => void): void {
    this.refusalListeners.push(listener);
  }

  /** Tells the listeners of a refusal by `limit` (for refusals made outside the limiter, such as a block's). */
  refused(limit: string): void {
    for (const listener of this.refusalListeners) listener(limit);
  }

  /**
   * Counts a refused request of `client` under `rule`: the ms the client is blocked from now (0: it is not), null when
   * Redis is away (nothing counted).
   */
  async countRefusal(rule: BlockRule, client: string): Promise<number | null> {
    const base = `${this.prefix}:${rule.name}:${client}`;
    return this.run('refusal', () =>
      this.redis.rateRefusal(
        base,
        `${base}:block`,
        `${base}:strikes`,
        rule.count,
        rule.windowMs,
        rule.blockMs,
        rule.maxBlockMs,
        rule.memoryMs,
      ),
    );
  }

  /** Counts a request of `client` under `rule`; throws RATE_LIMITED (with `retryAfter` seconds) when over. */
  async take(rule: WindowRule | null, client: string): Promise<void> {
    const waitMs = await this.waitMs(rule, client);
    if (waitMs > 0 && rule) {
      this.refused(rule.name);
      const retryAfter = secondsOf(waitMs);
      throw new DomainError('RATE_LIMITED', `Too many requests; try again in ${retryAfter} s`, {
        retryAfter,
      });
    }
  }

  /** Counts a request of `client` under `rule`; false when over (for limits that refuse silently). */
  async fits(rule: WindowRule | null, client: string): Promise<boolean> {
    const fits = (await this.waitMs(rule, client)) === 0;
    if (!fits && rule) this.refused(rule.name);
    return fits;
  }

  /**
   * Before an attempt that may fail (a log-in): refuses with the rule's reason and `retryAfter` while any of the keys
   * is locked, and counts the attempt as failed until `succeeded` is told otherwise.
   */
  async attempt(checks: LockoutCheck[]): Promise<void> {
    const active = checks.filter((check): check is { rule: LockoutRule; key: string } => check.rule !== null);
    if (active.length === 0) return;
    const keys = active.flatMap(({ rule, key }) => this.lockoutKeys(rule, key));
    const args = active.flatMap(({ rule }) => [rule.failures, rule.lockMs, rule.maxLockMs, rule.memoryMs]);
    const answer = await this.run('attempt', () => this.redis.rateAttempt(keys.length, ...keys, ...args));
    if (!answer) return;
    const [waitMs, lockedNow] = answer;
    if (lockedNow > 0) {
      this.logger.warn({ msg: 'log-in lock set', rules: active.map(({ rule }) => rule.name), lockedNow });
    }
    if (waitMs > 0) {
      this.refused(active[0].rule.name);
      const retryAfter = secondsOf(waitMs);
      throw new DomainError(active[0].rule.reason, `Too many failed attempts; try again in ${retryAfter} s`, {
        retryAfter,
      });
    }
  }

  /** The attempt counted by `attempt` succeeded: clears or takes back its count, as each rule says. */
  async succeeded(checks: LockoutCheck[]): Promise<void> {
    const active = checks.filter((check): check is { rule: LockoutRule; key: string } => check.rule !== null);
    if (active.length === 0) return;
    const keys = active.flatMap(({ rule, key }) => this.lockoutKeys(rule, key));
    const args = active.flatMap(({ rule }) => [rule.onSuccess, rule.failures]);
    await this.run('success', () => this.redis.rateSuccess(keys.length, ...keys, ...args));
  }

  private lockoutKeys(rule: LockoutRule, key: string): [string, string] {
    const base = `${this.prefix}:${rule.name}:${key}`;
    return [base, `${base}:lock`];
  }

  private async waitMs(rule: WindowRule | null, client: string): Promise<number> {
    if (!rule) return 0;
    const key = `${this.prefix}:${rule.name}:${client}`;
    return (await this.run('window', () => this.redis.rateWindow(key, rule.count, rule.windowMs))) ?? 0;
  }

  // Runs a command, or skips it (null) when Redis is away: while the client reconnects, at once; otherwise after
  // the command timeout at most.
  private async run<T>(what: string, command: () => Promise<T>): Promise<T | null> {
    const status = this.redis.status;
    if (status === 'reconnecting' || status === 'end' || status === 'close') {
      this.warn(what, new Error(`Redis connection is ${status}`));
      return null;
    }
    try {
      return await command();
    } catch (error) {
      this.warn(what, error);
      return null;
    }
  }

  private warn(what: string, error: unknown, skippedCheck = true): void {
    if (skippedCheck) this.skipped += 1;
    const now = Date.now();
    if (now - this.warnedAt < WARN_EVERY_MS) return;
    this.logger.warn({
      msg: 'rate limits skipped: Redis unavailable',
      what,
      skipped: this.skipped,
      err: error instanceof Error ? error.message : String(error),
    });
    this.warnedAt = now;
    this.skipped = 0;
  }
}
