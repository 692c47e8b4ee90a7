import { createServer, type AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { Role } from '@app/core';
import { TEST_PASSWORD, UserFactory, SchoolFactory, waitFor, type GraphQLResponse } from '@app/testing';
import { startSmtpInbox, type SmtpInbox } from '../utils/smtp-inbox';
import { startTestApp, startTestWorker, type TestApp } from '../utils/test-app';

// Issue 14, item 4: 118 wrong passwords in 10.5 s and the right one still worked; sign-up said which addresses have
// an account. Each test speaks from an address of its own (X-Forwarded-For, believed with TRUST_PROXY=loopback), so
// that the per-client limits of one test do not reach the next.

const PUBLIC_URL = 'https://techmatch.test';
const RESET_LINK = /https:\/\/techmatch\.test\/wachtwoord-herstellen\?token=([A-Za-z0-9_-]{43})(?=\s)/;

const LOG_IN = `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token user { email } } }`;
const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { token user { id email } } }`;
const REQUEST_RESET = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { token } }`;
const SEARCH = `query($input: ActivitySearchInput!) { searchActivities(input: $input) { total } }`;

// A wrong guess, and how long the first lock lasts (LOGIN_LOCKOUT): long enough that a busy machine answers the
// next request inside it.
const WRONG = 'Verkeerd-wachtwoord-1';
const LOCK_S = 15;

/** Posts a GraphQL document as the client at `ip`. */
async function gqlFrom(url: string, ip: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      'x-forwarded-for': ip,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

// `code reason` of the first error, or 'ok'.
const outcome = (res: GraphQLResponse) =>
  res.errors ? `${res.errors[0].extensions?.code} ${String(res.errors[0].extensions?.reason)}` : 'ok';
const retryAfter = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.retryAfter;

describe('log-in protection: lock-outs, per-client limits, passwords, no account enumeration', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let inbox: SmtpInbox;
  let vestigingscode: string;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    t = await startTestApp({
      SMTP_URL: inbox.url,
      PUBLIC_URL,
      TRUST_PROXY: 'loopback',
      LOGIN_LOCKOUT: `3/${LOCK_S}s`,
      LOGIN_LOCKOUT_IP: `6/${LOCK_S}s`,
      RATE_LIMIT_SIGN_UP: '3/1h',
      RATE_LIMIT_PASSWORD_RESET: '2/1h',
      RATE_LIMIT_SEARCH: '5/1m',
      // The limits skip a Redis answer late by the default 500 ms (fail open); on a machine this busy the event
      // loop alone can be that late, and the counts here must be exact.
      RATE_LIMIT_TIMEOUT: '10s',
    });
    worker = await startTestWorker();
    vestigingscode = (await SchoolFactory.create(t.dataSource)).vestigingscode;
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await inbox?.close();
  });

  const as = (ip: string) => (query: string, variables?: Record<string, unknown>) =>
    gqlFrom(t.url, ip, query, variables);

  it('locks an address after 3 wrong passwords: the right one is refused, from anywhere, until the lock passes', async () => {
    const user = await UserFactory.create(t.dataSource, Role.TEACHER);
    const gql = as('198.51.100.1');
    for (let i = 0; i < 3; i++) {
      expect(outcome(await gql(LOG_IN, { e: user.email, p: WRONG }))).toBe(
        'UNAUTHENTICATED WRONG_CREDENTIALS',
      );
    }
    const refused = await gql(LOG_IN, { e: user.email, p: TEST_PASSWORD });
    expect(outcome(refused)).toBe('TOO_MANY_REQUESTS LOGIN_LOCKED');
    expect(retryAfter(refused)).toEqual(expect.any(Number));
    expect(retryAfter(refused)).toBeGreaterThanOrEqual(1);
    expect(retryAfter(refused)).toBeLessThanOrEqual(LOCK_S);
    expect(refused.data?.logIn ?? null).toBeNull();
    // The lock is the address's, not the client's.
    expect(outcome(await as('198.51.100.2')(LOG_IN, { e: user.email, p: TEST_PASSWORD }))).toBe(
      'TOO_MANY_REQUESTS LOGIN_LOCKED',
    );
    const lockedAt = Date.now();
    const login = await waitFor(
      'the lock to pass',
      async () => (await gql(LOG_IN, { e: user.email, p: TEST_PASSWORD })).data?.logIn,
      { timeoutMs: 4 * LOCK_S * 1000, intervalMs: 250 },
    );
    expect(login.user.email).toBe(user.email);
    expect(Date.now() - lockedAt).toBeGreaterThan((LOCK_S * 1000) / 3);
    // The success cleared the count: two more wrong passwords do not lock.
    for (let i = 0; i < 2; i++) await gql(LOG_IN, { e: user.email, p: WRONG });
    expect(outcome(await gql(LOG_IN, { e: user.email, p: TEST_PASSWORD }))).toBe('ok');
  }, 90_000);

  it('lets no more than 3 of 20 parallel guesses reach the password check', async () => {
    const user = await UserFactory.create(t.dataSource, Role.TEACHER);
    const gql = as('198.51.100.3');
    const outcomes = (
      await Promise.all(Array.from({ length: 20 }, () => gql(LOG_IN, { e: user.email, p: WRONG })))
    ).map(outcome);
    expect(outcomes.filter((o) => o === 'UNAUTHENTICATED WRONG_CREDENTIALS')).toHaveLength(3);
    expect(outcomes.filter((o) => o === 'TOO_MANY_REQUESTS LOGIN_LOCKED')).toHaveLength(17);
    // Each refusal is counted for the operators, under the limit that made it.
    const metrics = await (await fetch(t.url.replace('/graphql', '/metrics'))).text();
    const counted = /rate_limit_rejections_total\{limit="login-account"\} (\d+)/.exec(metrics)?.[1];
    expect(Number(counted)).toBeGreaterThanOrEqual(17);
  }, 90_000);

  it('locks a client that tries many addresses, and only that client', async () => {
    const gql = as('198.51.100.4');
    for (let i = 0; i < 6; i++) {
      expect(outcome(await gql(LOG_IN, { e: `gok-${i}@example.nl`, p: WRONG }))).toBe(
        'UNAUTHENTICATED WRONG_CREDENTIALS',
      );
    }
    const locked = await gql(LOG_IN, { e: 'gok-6@example.nl', p: WRONG });
    expect(outcome(locked)).toBe('TOO_MANY_REQUESTS LOGIN_LOCKED');
    expect(retryAfter(locked)).toBeGreaterThanOrEqual(1);
    expect(outcome(await as('198.51.100.5')(LOG_IN, { e: 'gok-6@example.nl', p: WRONG }))).toBe(
      'UNAUTHENTICATED WRONG_CREDENTIALS',
    );
  }, 90_000);

  it('limits sign-ups per client, also those refused, with retryAfter', async () => {
    const gql = as('198.51.100.6');
    const weak = (email: string) => ({
      email,
      password: 'Welkom2026!',
      name: 'Docent',
      role: 'TEACHER',
      schoolVestigingscode: vestigingscode,
    });
    for (let i = 0; i < 3; i++) {
      expect(outcome(await gql(SIGN_UP, { i: weak(`aanmelder-${i}@example.nl`) }))).toBe(
        'BAD_USER_INPUT WEAK_PASSWORD',
      );
    }
    const refused = await gql(SIGN_UP, { i: weak('aanmelder-3@example.nl') });
    expect(outcome(refused)).toBe('TOO_MANY_REQUESTS RATE_LIMITED');
    expect(retryAfter(refused)).toBeGreaterThan(3500);
    expect(retryAfter(refused)).toBeLessThanOrEqual(3600);
    // Another client is not held up.
    expect(outcome(await as('198.51.100.7')(SIGN_UP, { i: weak('aanmelder-4@example.nl') }))).toBe(
      'BAD_USER_INPUT WEAK_PASSWORD',
    );
  });

  it('limits password reset requests per client, and reset mails per address without telling', async () => {
    const user = await UserFactory.create(t.dataSource, Role.TEACHER);
    const gql = as('198.51.100.8');
    for (let i = 0; i < 2; i++) expect(outcome(await gql(REQUEST_RESET, { e: user.email }))).toBe('ok');
    const refused = await gql(REQUEST_RESET, { e: user.email });
    expect(outcome(refused)).toBe('TOO_MANY_REQUESTS RATE_LIMITED');
    expect(retryAfter(refused)).toBeGreaterThan(3500);
    // From other clients: the third request for the address still mails, the fourth answers true and mails nothing.
    for (const ip of ['198.51.100.9', '198.51.100.10']) {
      expect((await as(ip)(REQUEST_RESET, { e: user.email })).data?.requestPasswordReset).toBe(true);
    }
    const [{ n }] = await t.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM account_tokens WHERE user_id = $1 AND purpose = 'PASSWORD_RESET'`,
      [user.id],
    );
    expect(n).toBe(3);
  });

  it('limits searches per client', async () => {
    const gql = as('198.51.100.11');
    for (let i = 0; i < 5; i++) expect(outcome(await gql(SEARCH, { input: { query: 'water' } }))).toBe('ok');
    const refused = await gql(SEARCH, { input: { query: 'water' } });
    expect(outcome(refused)).toBe('TOO_MANY_REQUESTS RATE_LIMITED');
    expect(retryAfter(refused)).toBeGreaterThanOrEqual(1);
    expect(retryAfter(refused)).toBeLessThanOrEqual(60);
    expect(outcome(await as('198.51.100.12')(SEARCH, { input: { query: 'water' } }))).toBe('ok');
  });

  it('refuses the passwords an attacker got accepted, beside the field with Dutch hints', async () => {
    for (const [i, password] of ['password12', 'Welkom2026!', 'qwerty1234', `${' '.repeat(9)}a1`].entries()) {
      const res = await as(`198.51.100.${20 + i}`)(SIGN_UP, {
        i: {
          email: `zwak-${i}@example.nl`,
          password,
          name: 'Zwak',
          role: 'TEACHER',
          schoolVestigingscode: vestigingscode,
        },
      });
      expect(outcome(res)).toBe('BAD_USER_INPUT WEAK_PASSWORD');
      expect(res.errors?.[0]?.extensions?.field).toBe('password');
      expect((res.errors?.[0]?.extensions?.hints as string[]).length).toBeGreaterThan(0);
    }
  });

  it("answers a sign-up with a taken address as a new one, and mails the address's owner a way in", async () => {
    const owner = await UserFactory.create(t.dataSource, Role.TEACHER, { name: 'Fatima Bakker' });
    const res = await as('198.51.100.15')(SIGN_UP, {
      i: {
        email: owner.email.toUpperCase(),
        password: 'Fietsen-langs-de-Maas-3',
        name: 'Iemand Anders',
        role: 'TEACHER',
        schoolVestigingscode: vestigingscode,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.signUp.user.email).toBe(owner.email);
    expect(res.data?.signUp.user.id).not.toBe(owner.id);
    const mail = await inbox.next(owner.email);
    expect(mail.subject).toBe('Aanmelding met uw e-mailadres bij TechMatch');
    expect(mail.text).toContain('Beste Fatima Bakker');
    expect(mail.text).toContain(`${PUBLIC_URL}/inloggen`);
    // The link in it sets a new password, and the old one keeps working until then.
    const token = RESET_LINK.exec(mail.text)?.[1];
    expect(token).toBeDefined();
    expect(outcome(await as('198.51.100.15')(LOG_IN, { e: owner.email, p: TEST_PASSWORD }))).toBe('ok');
    expect(outcome(await t.gql(RESET, { t: token, p: 'Fietsen-langs-de-Maas-3' }))).toBe('ok');
    expect(outcome(await as('198.51.100.15')(LOG_IN, { e: owner.email, p: 'Fietsen-langs-de-Maas-3' }))).toBe(
      'ok',
    );
  }, 90_000);

  it('lifts the lock of an address when its owner sets a new password by a reset link', async () => {
    const user = await UserFactory.create(t.dataSource, Role.TEACHER);
    const gql = as('198.51.100.16');
    for (let i = 0; i < 3; i++) await gql(LOG_IN, { e: user.email, p: WRONG });
    expect(outcome(await gql(LOG_IN, { e: user.email, p: TEST_PASSWORD }))).toBe(
      'TOO_MANY_REQUESTS LOGIN_LOCKED',
    );
    expect(outcome(await gql(REQUEST_RESET, { e: user.email }))).toBe('ok');
    const token = RESET_LINK.exec((await inbox.next(user.email)).text)?.[1];
    expect(outcome(await t.gql(RESET, { t: token, p: 'Nieuw-wachtwoord-2026' }))).toBe('ok');
    expect(outcome(await gql(LOG_IN, { e: user.email, p: 'Nieuw-wachtwoord-2026' }))).toBe('ok');
  }, 90_000);
});

describe('log-in with the Redis of the rate limits unreachable', () => {
  let t: TestApp;

  beforeAll(async () => {
    // A port nothing listens on: bound once by the system's choice, then closed.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    t = await startTestApp({ RATE_LIMIT_REDIS_URL: `redis://127.0.0.1:${port}`, LOGIN_LOCKOUT: '3/1h' });
  });
  afterAll(async () => {
    await t?.close();
    delete process.env.RATE_LIMIT_REDIS_URL;
  });

  it('answers promptly, without the limits (fail open)', async () => {
    const user = await UserFactory.create(t.dataSource, Role.TEACHER);
    const timed = async (password: string) => {
      const started = Date.now();
      const res = await t.gql(LOG_IN, { e: user.email, p: password });
      // argon2 on a busy machine takes a second or two; a request that waited on Redis would not answer at all.
      expect(Date.now() - started).toBeLessThan(10_000);
      return outcome(res);
    };
    // More wrong passwords than the lock-out allows: nothing counts them while Redis is away.
    for (let i = 0; i < 4; i++) expect(await timed(WRONG)).toBe('UNAUTHENTICATED WRONG_CREDENTIALS');
    expect(await timed(TEST_PASSWORD)).toBe('ok');
  }, 90_000);
});
