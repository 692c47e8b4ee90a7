import { jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import { validateEnvironment } from '@app/config';
import { DomainError } from '@app/core';
import { RateLimiter, addressKey, clientKey, type LockoutCheck } from '@app/rate-limit';
import { deleteQueueKeys, waitFor } from '@app/testing';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

// A port nothing listens on: bound once by the system's choice, then closed.
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// What a call was refused with: reason and retryAfter, or 'ok'.
async function outcome(call: Promise<void>): Promise<string> {
  try {
    await call;
    return 'ok';
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return `${error.reason} ${String(error.details?.retryAfter)}`;
  }
}

describe('rate limiter in Redis', () => {
  const prefixes: string[] = [];
  const limiters: RateLimiter[] = [];
  // The limiter's log lines (lock set, Redis away), kept instead of printed.
  const warnings: unknown[] = [];
  beforeAll(() => {
    jest
      .spyOn(Logger.prototype, 'warn')
      .mockImplementation((message: unknown) => void warnings.push(message));
  });

  const limiter = (env: Record<string, string> = {}): RateLimiter => {
    const prefix = `test-rl-${randomBytes(4).toString('hex')}`;
    prefixes.push(prefix);
    const made = new RateLimiter(
      validateEnvironment({
        REDIS_URL,
        QUEUE_PREFIX: prefix,
        LOGIN_LOCKOUT: '3/1s',
        LOGIN_LOCKOUT_IP: '5/1s',
        RATE_LIMIT_SIGN_UP: '2/1s',
        ...env,
      }),
    );
    limiters.push(made);
    return made;
  };

  afterAll(async () => {
    jest.restoreAllMocks();
    for (const made of limiters) made.onModuleDestroy();
    for (const prefix of prefixes) await deleteQueueKeys(REDIS_URL, prefix);
  });

  it('lets `count` requests of a client through per window, refuses more with retryAfter, and forgets after it', async () => {
    const limits = limiter();
    const rule = limits.limits.signUp;
    expect(rule).toEqual({ name: 'sign-up', count: 2, windowMs: 1000 });
    expect(await outcome(limits.take(rule, '10.0.0.1'))).toBe('ok');
    expect(await outcome(limits.take(rule, '10.0.0.1'))).toBe('ok');
    expect(await outcome(limits.take(rule, '10.0.0.1'))).toBe('RATE_LIMITED 1');
    // Another client has a count of its own.
    expect(await outcome(limits.take(rule, '10.0.0.2'))).toBe('ok');
    await waitFor('the window to end', () => limits.fits(rule, '10.0.0.1'), { timeoutMs: 5000 });
  });

  it('keeps deployments (and test suites) with another QUEUE_PREFIX apart', async () => {
    const one = limiter();
    const other = limiter();
    for (let i = 0; i < 3; i++) await one.fits(one.limits.signUp, '10.0.0.9');
    expect(await outcome(one.take(one.limits.signUp, '10.0.0.9'))).toMatch(/^RATE_LIMITED/);
    expect(await outcome(other.take(other.limits.signUp, '10.0.0.9'))).toBe('ok');
  });

  describe('log-in lock-out', () => {
    const checks = (limits: RateLimiter, email: string, ip: string): LockoutCheck[] => [
      { rule: limits.limits.logInAccount, key: addressKey(email) },
      { rule: limits.limits.logInClient, key: clientKey(ip) },
    ];

    it('locks an address after 3 failures for 1 s, then twice as long after each further failure', async () => {
      const limits = limiter();
      const account = [checks(limits, 'docent@example.nl', '10.0.1.1')[0]];
      for (let i = 0; i < 3; i++) expect(await outcome(limits.attempt(account))).toBe('ok');
      expect(await outcome(limits.attempt(account))).toBe('LOGIN_LOCKED 1');
      await waitFor('the first lock to pass', async () => (await outcome(limits.attempt(account))) === 'ok', {
        timeoutMs: 5000,
      });
      // That attempt (the fourth failure) locked it again, for 2 s.
      expect(await outcome(limits.attempt(account))).toBe('LOGIN_LOCKED 2');
      expect(JSON.stringify(warnings)).toContain('log-in lock set');
    });

    it('lets no more than 3 of 20 parallel guesses through', async () => {
      const limits = limiter();
      const account = [checks(limits, 'parallel@example.nl', '10.0.2.1')[0]];
      const outcomes = await Promise.all(Array.from({ length: 20 }, () => outcome(limits.attempt(account))));
      expect(outcomes.filter((result) => result === 'ok')).toHaveLength(3);
      expect(outcomes.filter((result) => result.startsWith('LOGIN_LOCKED'))).toHaveLength(17);
    });

    it('a success clears the count of the address', async () => {
      const limits = limiter();
      const account = [checks(limits, 'annie@example.nl', '10.0.3.1')[0]];
      // The third attempt sets the lock before its password is checked; it turns out right.
      for (let i = 0; i < 3; i++) await limits.attempt(account);
      await limits.succeeded(account);
      for (let i = 0; i < 3; i++) expect(await outcome(limits.attempt(account))).toBe('ok');
      expect(await outcome(limits.attempt(account))).toBe('LOGIN_LOCKED 1');
    });

    it("a success takes back only its own attempt of the client's count", async () => {
      const limits = limiter();
      const client = [checks(limits, 'annie@example.nl', '10.0.3.2')[1]];
      // The fifth attempt reaches the limit and locks; it succeeds, so the lock it set goes, and the count is 4.
      for (let i = 0; i < 5; i++) await limits.attempt(client);
      await limits.succeeded(client);
      expect(await outcome(limits.attempt(client))).toBe('ok');
      expect(await outcome(limits.attempt(client))).toBe('LOGIN_LOCKED 1');
    });

    it('counts IPv6 clients by their /64 and IPv4 mapped into IPv6 as IPv4', () => {
      expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
      expect(clientKey('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
      expect(clientKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
      expect(clientKey('192.0.2.7')).toBe('192.0.2.7');
      expect(clientKey(undefined)).toBe('unknown');
    });
  });

  it('switches a limit off with 0', () => {
    const limits = limiter({ RATE_LIMIT_SEARCH: '0', LOGIN_LOCKOUT_IP: '0' });
    expect(limits.limits.search).toBeNull();
    expect(limits.limits.logInClient).toBeNull();
  });

  it('lets requests through at once, with a log line, when Redis cannot be reached', async () => {
    const limits = limiter({ RATE_LIMIT_REDIS_URL: `redis://127.0.0.1:${await closedPort()}` });
    const account: LockoutCheck[] = [{ rule: limits.limits.logInAccount, key: addressKey('x@example.nl') }];
    const started = Date.now();
    for (let i = 0; i < 10; i++) {
      expect(await outcome(limits.take(limits.limits.signUp, '10.0.4.1'))).toBe('ok');
      expect(await outcome(limits.attempt(account))).toBe('ok');
    }
    await limits.succeeded(account);
    // 21 checks; each waits for Redis at most RATE_LIMIT_TIMEOUT (500 ms), and none once it is known away.
    expect(Date.now() - started).toBeLessThan(2000);
    expect(JSON.stringify(warnings)).toContain('rate limits skipped: Redis unavailable');
  });

  it('waits at most a moment for a Redis that accepts the connection but never answers', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = silent.address() as AddressInfo;
      const limits = limiter({ RATE_LIMIT_REDIS_URL: `redis://127.0.0.1:${port}` });
      for (let i = 0; i < 3; i++) {
        const started = Date.now();
        expect(await outcome(limits.take(limits.limits.signUp, '10.0.5.1'))).toBe('ok');
        expect(Date.now() - started).toBeLessThan(2000);
      }
      limits.onModuleDestroy();
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
