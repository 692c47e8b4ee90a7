import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { Province, Role } from '@app/core';
import { dataSourceOptions } from '@app/database';
import { hashPassword } from '@app/identity';
import { deleteQueueKeys, startApi } from './processes';
import { postGraphql } from './search-queries';

// npm run bench:api [-- --calls 200 --notifications 500]
// The everyday operations of issue 12 as a user calls them: over GraphQL, one call at a time, against DATABASE_URL
// (the demo data), with the api as a process of its own. Prints p50/p95 per operation (aim: p95 under 20 ms).
// What a benchmark creates it deletes at the end.

const args = process.argv.slice(2);
const numberArg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const CALLS = numberArg('calls', 200);
const NOTIFICATIONS = numberArg('notifications', 500);
const WARM_UP = 20;

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];

/** Times `calls` calls one after the other, after a few untimed ones, and prints p50/p95 in ms. */
async function measure(name: string, call: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < WARM_UP; i += 1) await call(i);
  const ms: number[] = [];
  for (let i = 0; i < CALLS; i += 1) {
    const started = performance.now();
    await call(i);
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const fmt = (value: number) => `${value.toFixed(1).padStart(6)} ms`;
  console.log(`${name.padEnd(40)} n=${CALLS}  p50 ${fmt(quantile(ms, 0.5))}  p95 ${fmt(quantile(ms, 0.95))}`);
}

const PASSWORD = 'Bench-wachtwoord-1';

async function main(): Promise<void> {
  const { validateEnvironment } = await import('@app/config');
  const env = validateEnvironment();
  const queuePrefix = `bench-api-${process.pid}`;
  console.log(`API benchmark on ${env.DATABASE_URL.replace(/\/\/[^@]*@/, '//')}`);
  const ds = new DataSource(dataSourceOptions(env.DATABASE_URL, { extra: { max: 2 } }));
  await ds.initialize();
  // A coordinator of its own with NOTIFICATIONS notifications over the last year, a third of them read.
  const email = `bench-api-${process.pid}@example.nl`;
  const [user] = await ds.query<Array<{ id: string }>>(
    `INSERT INTO users (email, password_hash, name, role, provinces) VALUES ($1, $2, 'Bench', $3, $4) RETURNING id`,
    [email, await hashPassword(PASSWORD), Role.COORDINATOR, Object.values(Province)],
  );
  const api = await startApi({
    DATABASE_URL: env.DATABASE_URL,
    REDIS_URL: env.REDIS_URL,
    QUEUE_PREFIX: queuePrefix,
  });
  try {
    await ds.query(
      `INSERT INTO notifications (user_id, kind, subject, body, link, created_at, read_at)
       SELECT $1, 'BOOKING_REQUESTED', 'Nieuwe aanvraag ' || i, 'Een school vraagt een gastles aan.',
              '/boekingen/' || gen_random_uuid(), now() - make_interval(mins => i * 1051),
              CASE WHEN i % 3 = 0 THEN now() END
         FROM generate_series(1, $2::int) i`,
      [user.id, NOTIFICATIONS],
    );
    const gql = <T>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
      postGraphql<T>(api.url, query, variables, token);
    const { logIn } = await gql<{ logIn: { token: string } }>(
      `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }`,
      { e: email, p: PASSWORD },
    );
    const INBOX = `query($u: Boolean, $a: String) { myNotifications(unreadOnly: $u, after: $a) {
      items { id kind title body link createdAt readAt } unreadCount nextCursor } }`;
    type Inbox = { myNotifications: { nextCursor: string | null } };
    // The cursors of the first pages, so that calls open the newest page, later pages and unread ones in turn.
    const cursors: Array<string | null> = [null];
    for (let i = 0; i < 4; i += 1) {
      const page = await gql<Inbox>(INBOX, { a: cursors[i] }, logIn.token);
      if (!page.myNotifications.nextCursor) break;
      cursors.push(page.myNotifications.nextCursor);
    }
    // What any logged-in call costs here (HTTP, GraphQL, the session's user): the floor under the figures below.
    await measure('baseline: me { id }', () => gql(`{ me { id } }`, {}, logIn.token));
    console.log(`a user with ${NOTIFICATIONS} notifications, pages of 20:`);
    await measure('myNotifications (newest and later pages)', (i) =>
      gql(INBOX, { a: cursors[i % cursors.length] }, logIn.token),
    );
    await measure('myNotifications(unreadOnly: true)', () => gql(INBOX, { u: true }, logIn.token));
  } finally {
    await api.stop();
    await ds.query(`DELETE FROM users WHERE id = $1`, [user.id]);
    await ds.destroy();
    await deleteQueueKeys(env.REDIS_URL, queuePrefix);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
