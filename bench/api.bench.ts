import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { validateEnvironment } from '@app/config';
import { Role } from '@app/core';
import { schoolYearOf } from '@app/matching';
import { DEMO_PASSWORD } from '../scripts/seed';
import { deleteQueueKeys, seed, startApi } from './processes';
import { SCHOOLS_DOCUMENT, describeSchoolQueries, drawSchoolQueries } from './school-queries';
import { postGraphql } from './search-queries';
import { quantile } from './stats';

// npm run bench:api [-- --calls 200 --report-runs 20 --seed 12]
// The figures of issue 12 on the demo data: seeds a database of its own with the demo seed
// (node dist/scripts/seed.js --reset, timed), starts the api as a process of its own and calls the everyday
// operations over GraphQL as the demo logins and the admin, one call at a time after a warm-up. Prints p50/p95 per
// operation, its ratio to `me` (what any logged-in call costs: HTTP, GraphQL, the session) and each aim.

const args = process.argv.slice(2);
const numberArg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const CALLS = numberArg('calls', 200);
const REPORT_RUNS = numberArg('report-runs', 20);
const QUERY_SEED = numberArg('seed', 12);
const WARM_UP = 20;
// Its own database, seeded again by every run (--reset): never the demo's.
const DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/techmatch_bench_api';
const SEED_AIM_S = 30;
// Below this many notifications a demo login's inbox is too small to say much about paging.
const FEW_NOTIFICATIONS = 50;

const pages = (n: number) => (n === 1 ? '1 page' : `${n} pages`);

interface Figures {
  name: string;
  n: number;
  p50: number;
  p95: number;
}

/** Times `calls` calls one after the other, after a few untimed ones. */
async function measure(name: string, calls: number, call: (i: number) => Promise<unknown>): Promise<Figures> {
  for (let i = 0; i < Math.min(WARM_UP, calls); i += 1) await call(i);
  const ms: number[] = [];
  for (let i = 0; i < calls; i += 1) {
    const started = performance.now();
    await call(i);
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { name, n: calls, p50: quantile(ms, 0.5), p95: quantile(ms, 0.95) };
}

// The schema the api was built from: an operation another branch adds is measured once it is there.
const schemaHas = (query: string) =>
  new RegExp(`\\n  ${query}[(:]`).test(
    readFileSync(fileURLToPath(new URL('../../apps/api/schema.gql', import.meta.url)), 'utf8'),
  );

const INBOX = `query($u: Boolean, $a: String) { myNotifications(unreadOnly: $u, after: $a) {
  items { id kind title body link createdAt readAt } unreadCount nextCursor } }`;
const MY_ACTIVITIES = `{ myActivities { id title status type startsAt reviewCount location { name city } } }`;
const REACH = `query($y: Int!) { reachReport(schoolYear: $y) { schoolYear rows { province programme schoolsReached
  schoolsNotReached pupilsReached companiesActive activitiesGiven averageRating repeatSchools waitingAtYearEnd } } }`;
const UNREACHED = `query($y: Int!, $p: Province!) { unreachedSchools(schoolYear: $y, province: $p) {
  nearestSupplyKm school { id name city levels } } }`;

async function main(): Promise<void> {
  const env = validateEnvironment();
  const queuePrefix = `bench-api-${process.pid}`;
  const processEnv = { DATABASE_URL, REDIS_URL: env.REDIS_URL, QUEUE_PREFIX: queuePrefix };
  console.log(`API benchmark (issue 12) on ${DATABASE_URL.replace(/\/\/[^@]*@/, '//')}`);
  const seconds = await seed(processEnv);
  const seedMet = seconds < SEED_AIM_S;
  console.log(`seed: ${seconds.toFixed(1)} s (aim < ${SEED_AIM_S} s) ${seedMet ? 'met' : 'MISSED'}`);

  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  const api = await startApi(processEnv);
  try {
    const { rows: counts } = await db.query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM schools)::int AS schools, (SELECT count(*) FROM activities)::int AS activities,
              (SELECT count(*) FROM bookings)::int AS bookings, (SELECT count(*) FROM reviews)::int AS reviews,
              (SELECT count(*) FROM notifications)::int AS notifications`,
    );
    console.log(
      Object.entries(counts[0])
        .map(([table, n]) => `${n} ${table}`)
        .join(', '),
    );
    const { rows: logins } = await db.query<{ email: string; role: Role; notifications: number }>(
      `SELECT u.email, u.role, (SELECT count(*) FROM notifications n WHERE n.user_id = u.id)::int AS notifications
         FROM users u WHERE u.email LIKE '%@demo.techmatch.nl' ORDER BY u.email`,
    );
    const gql = <T>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
      postGraphql<T>(api.url, query, variables, token);
    const logIn = async (email: string, password: string) =>
      (
        await gql<{ logIn: { token: string } }>(
          `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }`,
          { e: email, p: password },
        )
      ).logIn.token;
    const demo = async (role: Role) => {
      const login = logins.find((user) => user.role === role);
      if (!login) throw new Error(`the seed wrote no ${role} demo login`);
      return { ...login, token: await logIn(login.email, DEMO_PASSWORD) };
    };
    const teacher = await demo(Role.TEACHER);
    const company = await demo(Role.COMPANY);
    // The whole country: the demo coordinator may be limited to provinces, the admin never is.
    const admin = await logIn(env.ADMIN_EMAIL, env.ADMIN_PASSWORD);

    const figures: Figures[] = [];
    const notes: string[] = [];
    figures.push(await measure('me (baseline)', CALLS, () => gql(`{ me { id } }`, {}, teacher.token)));

    const drawn = await drawSchoolQueries(async (sql) => (await db.query(sql)).rows, CALLS, QUERY_SEED);
    const { queries } = drawn;
    console.log(`schools: ${describeSchoolQueries(drawn)}`);
    figures.push(
      await measure('schools (lookups, typos included)', CALLS, (i) =>
        gql(SCHOOLS_DOCUMENT, { q: queries[i % queries.length].query }),
      ),
    );

    for (const [label, user] of [
      ['teacher', teacher],
      ['company', company],
    ] as const) {
      if (user.notifications < FEW_NOTIFICATIONS) {
        notes.push(
          `the demo ${label} has only ${user.notifications} notifications (fewer than ${FEW_NOTIFICATIONS})`,
        );
      }
      // The cursors of the first pages, so that calls open the newest page and later ones in turn.
      const cursors: Array<string | null> = [null];
      for (let i = 0; i < 4; i += 1) {
        const page = await gql<{ myNotifications: { nextCursor: string | null } }>(
          INBOX,
          { a: cursors[i] },
          user.token,
        );
        if (!page.myNotifications.nextCursor) break;
        cursors.push(page.myNotifications.nextCursor);
      }
      figures.push(
        await measure(
          `myNotifications ${label} (${user.notifications}, ${pages(cursors.length)})`,
          CALLS,
          (i) => gql(INBOX, { a: cursors[i % cursors.length] }, user.token),
        ),
      );
      figures.push(
        await measure(`myNotifications(unreadOnly) ${label}`, CALLS, () =>
          gql(INBOX, { u: true }, user.token),
        ),
      );
    }

    if (schemaHas('myActivities')) {
      const own = await gql<{ myActivities: unknown[] }>(MY_ACTIVITIES, {}, company.token);
      figures.push(
        await measure(`myActivities company (${own.myActivities.length})`, CALLS, () =>
          gql(MY_ACTIVITIES, {}, company.token),
        ),
      );
    } else {
      notes.push('myActivities: not in the schema yet');
    }

    const year = schoolYearOf(new Date());
    figures.push(
      await measure(`reachReport(${year}) whole country`, REPORT_RUNS, () => gql(REACH, { y: year }, admin)),
    );
    const {
      rows: [{ province }],
    } = await db.query<{ province: string }>(
      `SELECT province FROM schools GROUP BY province ORDER BY count(*) DESC, province LIMIT 1`,
    );
    figures.push(
      await measure(`unreachedSchools(${year}, ${province})`, REPORT_RUNS, () =>
        gql(UNREACHED, { y: year, p: province }, admin),
      ),
    );

    // The aims of issue 12, by the operation's name.
    const aims: Array<[RegExp, number]> = [
      [/^schools/, 20],
      [/^myNotifications/, 20],
      [/^myActivities/, 20],
      [/^reachReport/, 500],
    ];
    const baseline = figures[0];
    const fmt = (ms: number) => `${ms.toFixed(1).padStart(7)} ms`;
    console.log(`\n${'operation'.padEnd(46)}    n       p50        p95   p50/me  aim (p95)`);
    for (const f of figures) {
      const aim = aims.find(([pattern]) => pattern.test(f.name))?.[1];
      const verdict = aim === undefined ? '' : `< ${aim} ms ${f.p95 < aim ? 'met' : 'MISSED'}`;
      const ratio = `x${(f.p50 / baseline.p50).toFixed(1)}`;
      console.log(
        `${f.name.padEnd(46)} ${String(f.n).padStart(4)} ${fmt(f.p50)} ${fmt(f.p95)} ${ratio.padStart(8)}  ${verdict}`,
      );
    }
    for (const note of notes) console.log(note);
    // Wall-clock figures: on a shared machine they grow with its load.
    console.log(
      `load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(', ')}`,
    );
  } finally {
    await api.stop();
    await db.end();
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
