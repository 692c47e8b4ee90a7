import { connect, createServer, type AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { RefusalGate } from '@app/rate-limit';
import { deleteQueueKeys, waitFor, type GraphQLResponse, type TestDatabase } from '@app/testing';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApi } from '../../apps/api/src/configure-api';
import { useTestEnvironment } from '../utils/test-app';

// Issue 14: a client whose requests keep being refused (hostile documents, password guesses) is answered 429 with
// Retry-After before its body is read, by every api instance (the count is in Redis), while other clients go on;
// the block ends. The apps are started as main.ts starts the api: the gate before the body parser. Each client
// speaks from an address of its own (X-Forwarded-For, believed with TRUST_PROXY=loopback).

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// Long enough for three refusals on a loaded machine (a failed log-in verifies a password with argon2).
const BLOCK_S = 10;
const DEEP = `{ searchActivities(input: {}) { hits { activity { location { company { locations { company {
  locations { company { locations { company { locations { id } } } } } } } } } } } } }`;
const LOG_IN = `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }`;

async function startApi(): Promise<{ app: INestApplication; port: number }> {
  const app = await NestFactory.create(AppModule, { logger: false });
  configureApi(app);
  await app.listen(0, '127.0.0.1');
  return { app, port: (app.getHttpServer().address() as { port: number }).port };
}

interface Answer {
  status: number;
  retryAfter: string | null;
  body: GraphQLResponse;
}

async function post(port: number, ip: string, body: string): Promise<Answer> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: JSON.parse(text) as GraphQLResponse,
  };
}

const gql = (port: number, ip: string, query: string, variables: Record<string, unknown> = {}) =>
  post(port, ip, JSON.stringify({ query, variables }));

// `status code reason` of an answer (reason of the first error), or `status ok`.
const outcome = ({ status, body }: Answer) =>
  body.errors
    ? `${status} ${body.errors[0].extensions?.code} ${String(body.errors[0].extensions?.reason)}`
    : `${status} ok`;

/**
 * Sends the head of a request that declares `length` bytes of body and only `sent` of them, and keeps the socket
 * open: the raw answer, or null when none came within `waitMs` (the api waits for the rest of the body).
 */
function partialRequest(port: number, ip: string, length: number, sent: number, waitMs: number) {
  return new Promise<string | null>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(answer || null);
    }, waitMs);
    socket.on('error', reject);
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(answer || null);
    });
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
        `X-Forwarded-For: ${ip}\r\nContent-Length: ${length}\r\n\r\n{"query":"${' '.repeat(sent)}`,
    );
  });
}

// A port nothing listens on: bound once by the system's choice, then closed.
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('refusal gate: clients whose requests keep being refused', () => {
  let db: TestDatabase;
  let one: { app: INestApplication; port: number };
  let other: { app: INestApplication; port: number } | undefined;

  beforeAll(async () => {
    db = await useTestEnvironment({
      TRUST_PROXY: 'loopback',
      RATE_LIMIT_REFUSED: `3/${BLOCK_S}s`,
      // The first command connects and loads the script: on a loaded machine that can take more than 500 ms, and
      // a count skipped (fail open) would leave the client unblocked.
      RATE_LIMIT_TIMEOUT: '5s',
    });
    one = await startApi();
    other = await startApi();
  }, 180_000);

  afterAll(async () => {
    await other?.app.close();
    await one?.app.close();
    await deleteQueueKeys(REDIS_URL, `test-${db.name}`);
    await db.drop();
  });

  it('answers a client 429 with Retry-After, before reading its body, once it was refused 3 times; others go on; it ends', async () => {
    const hostile = '10.77.0.1';
    const honest = '10.77.0.2';
    const gate = one.app.get(RefusalGate);
    expect(outcome(await gql(one.port, hostile, '{ __typename }'))).toBe('200 ok');

    // Three kinds of refusal: malformed JSON (400), a document over the GraphQL limits, a failed log-in (200).
    expect((await post(one.port, hostile, '{"query": ')).status).toBe(400);
    expect(outcome(await gql(one.port, hostile, DEEP))).toMatch(/^400 \w+ QUERY_TOO_(DEEP|COSTLY)$/);
    expect(gate.isBlocked('10.77.0.1')).toBe(false);
    expect(outcome(await gql(one.port, hostile, '{ __typename }'))).toBe('200 ok');
    expect(outcome(await gql(one.port, hostile, LOG_IN, { e: 'niemand@example.nl', p: 'Geraden-1!' }))).toBe(
      '200 UNAUTHENTICATED WRONG_CREDENTIALS',
    );
    await waitFor('the third refusal to block the client', () => Promise.resolve(gate.isBlocked(hostile)));

    // Blocked: even a good request is answered 429, with the seconds left of the block.
    const blocked = await gql(one.port, hostile, '{ __typename }');
    expect(outcome(blocked)).toBe('429 TOO_MANY_REQUESTS RATE_LIMITED');
    expect(Number(blocked.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(blocked.retryAfter)).toBeLessThanOrEqual(BLOCK_S);
    expect(blocked.body.errors?.[0].extensions?.retryAfter).toBe(Number(blocked.retryAfter));

    // Before its body is read: a request that declares 50 kB (within the body limit) and sends 20 bytes is answered
    // 429 at once, and the connection closed; the same request of another client waits for the rest of its body.
    // A body of 50 MB, declared and never sent, is refused alike.
    const [partialHostile, partialHonest, hugeHostile] = await Promise.all([
      partialRequest(one.port, hostile, 50_000, 20, 4000),
      partialRequest(one.port, honest, 50_000, 20, 2500),
      partialRequest(one.port, hostile, 50_000_000, 20, 4000),
    ]);
    for (const raw of [partialHostile, hugeHostile]) {
      expect(raw).toMatch(/^HTTP\/1\.1 429 Too Many Requests\r\n/);
      expect(raw).toMatch(/\r\nretry-after: ([1-9]|10)\r\n/i);
      expect(raw).toMatch(/\r\nconnection: close\r\n/i);
    }
    expect(partialHonest).toBeNull();
    expect(outcome(await gql(one.port, honest, '{ __typename }'))).toBe('200 ok');

    // The count is in Redis: another api instance blocks the client at its first refusal there.
    if (!other) throw new Error('the second api did not start');
    const second = other;
    expect(outcome(await gql(second.port, hostile, '{ __typename }'))).toBe('200 ok');
    expect((await post(second.port, hostile, '{"query": ')).status).toBe(400);
    await waitFor('the other instance to learn the block', () =>
      Promise.resolve(second.app.get(RefusalGate).isBlocked(hostile)),
    );
    expect(outcome(await gql(second.port, hostile, '{ __typename }'))).toBe(
      '429 TOO_MANY_REQUESTS RATE_LIMITED',
    );
    expect(outcome(await gql(second.port, honest, '{ __typename }'))).toBe('200 ok');

    // Counted in the metrics with the other rate-limit refusals.
    const metrics = await (await fetch(`http://127.0.0.1:${one.port}/metrics`)).text();
    const refusals = /^rate_limit_rejections_total\{limit="refused"\} (\d+)$/m.exec(metrics);
    expect(Number(refusals?.[1])).toBeGreaterThanOrEqual(3);

    // The block ends: the client is served again.
    await waitFor(
      'the block to end',
      async () => outcome(await gql(one.port, hostile, '{ __typename }')) === '200 ok',
      { timeoutMs: (BLOCK_S + 10) * 1000, intervalMs: 250 },
    );
  }, 120_000);
});

describe("refusal gate while the rate limits' Redis is away", () => {
  let db: TestDatabase;
  let api: { app: INestApplication; port: number } | undefined;

  beforeAll(async () => {
    db = await useTestEnvironment({
      TRUST_PROXY: 'loopback',
      RATE_LIMIT_REFUSED: `3/${BLOCK_S}s`,
      RATE_LIMIT_REDIS_URL: `redis://127.0.0.1:${await closedPort()}`,
    });
    api = await startApi();
  }, 180_000);

  afterAll(async () => {
    await api?.app.close();
    await deleteQueueKeys(REDIS_URL, `test-${db.name}`);
    await db.drop();
  });

  it('serves honest requests, and each instance blocks a client on its own count', async () => {
    if (!api) throw new Error('the api did not start');
    const { app, port } = api;
    const hostile = '10.78.0.1';
    expect(outcome(await gql(port, hostile, '{ __typename }'))).toBe('200 ok');
    for (let n = 0; n < 3; n += 1) expect((await post(port, hostile, '{"query": ')).status).toBe(400);
    await waitFor('the third refusal to block the client', () =>
      Promise.resolve(app.get(RefusalGate).isBlocked(hostile)),
    );
    expect(outcome(await gql(port, hostile, '{ __typename }'))).toBe('429 TOO_MANY_REQUESTS RATE_LIMITED');
    expect(outcome(await gql(port, '10.78.0.2', '{ __typename }'))).toBe('200 ok');
  });
});
