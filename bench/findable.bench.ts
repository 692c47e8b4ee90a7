import 'reflect-metadata';
import { randomInt } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/database';
import { deleteQueueKeys, startApi, startWorker } from './processes';
import { graphql, makeQueries, postGraphql, querySources } from './search-queries';
import { quantile } from './stats';

// npm run bench:findable [-- --activities 100 --clients 4 --searchers 8 --poll 25]
// How soon a change is findable: against DATABASE_URL (the search benchmark's database, seeded with
// `npm run seed -- --activities 100000`), with the api and the worker running as their own processes, each client
// creates an activity at an approved company's location (as a coordinator), publishes it and searches for its own
// made-up word until the hit appears, then archives it and searches until the index no longer counts it. Prints
// the time from each mutation returning to the change being visible (aim: p95 under 2 s). Twice: on a quiet
// service, then while other clients send bench:search's realistic searches (with facets) without pause. The
// worker's periodic sweep is off, so that only the index jobs of the mutations make changes visible. Deletes what
// it created.

const args = process.argv.slice(2);
const numberArg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ACTIVITIES = numberArg('activities', 100);
const CLIENTS = numberArg('clients', 4);
const SEARCHERS = numberArg('searchers', 8);
const POLL_MS = numberArg('poll', 25);
const GIVE_UP_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Sample {
  /** The publishActivity call's own time. */
  publishMs: number;
  /** From publishActivity's answer until searchActivities returns the activity. */
  findableMs: number;
  archiveMs: number;
  /** From archiveActivity's answer until the index no longer counts the activity in `total`. */
  goneMs: number;
}

/** Ten random letters: no other document has a word within two typos of it. */
function madeUpWord(): string {
  return Array.from({ length: 10 }, () => String.fromCharCode(97 + randomInt(26))).join('');
}

async function main(): Promise<void> {
  const { validateEnvironment } = await import('@app/config');
  const env = validateEnvironment();
  const queuePrefix = `bench-findable-${process.pid}`;
  console.log(`Findability benchmark on ${env.DATABASE_URL.replace(/\/\/[^@]*@/, '//')}`);

  const ds = new DataSource(dataSourceOptions(env.DATABASE_URL, { extra: { max: 2 } }));
  await ds.initialize();
  const [{ documents }] = await ds.query<Array<{ documents: number }>>(
    `SELECT count(*)::int AS documents FROM search_documents`,
  );
  const [location] = await ds.query<Array<{ id: string }>>(
    `SELECT l.id FROM company_locations l JOIN companies c ON c.id = l.company_id
      WHERE c.approved ORDER BY md5(l.id::text) LIMIT 1`,
  );
  if (!location) throw new Error('no approved company in the database: run npm run seed first');

  const processEnv = { DATABASE_URL: env.DATABASE_URL, REDIS_URL: env.REDIS_URL, QUEUE_PREFIX: queuePrefix };
  // All clients come from this one address: the search limit must not refuse their polls.
  const api = await startApi({ ...processEnv, RATE_LIMIT_SEARCH: '1000000/1m' });
  const worker = await startWorker({ ...processEnv, SEARCH_SWEEP_EVERY: '0' });
  const created: string[] = [];
  try {
    const gql = <T>(query: string, variables: Record<string, unknown>, token?: string) =>
      postGraphql<T>(api.url, query, variables, token);
    const { logIn } = await gql<{ logIn: { token: string } }>(
      `mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { token } }`,
      { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD },
    );
    const token = logIn.token;
    const search = (word: string) =>
      gql<{ searchActivities: { total: number; hits: Array<{ activity: { id: string } }> } }>(
        `query($input: ActivitySearchInput!) { searchActivities(input: $input) { total hits { activity { id } } } }`,
        { input: { query: word, pageSize: 10 } },
      ).then((data) => data.searchActivities);
    // Milliseconds from now until `visible` holds, searching every POLL_MS.
    const until = async (visible: () => Promise<boolean>): Promise<number> => {
      const started = performance.now();
      while (!(await visible())) {
        if (performance.now() - started > GIVE_UP_MS) throw new Error(`not visible after ${GIVE_UP_MS} ms`);
        await sleep(POLL_MS);
      }
      return performance.now() - started;
    };
    const timed = async (work: () => Promise<unknown>) => {
      const started = performance.now();
      await work();
      return performance.now() - started;
    };

    const { samples: sources, points } = await querySources(ds);
    const loadQueries = makeQueries(1000, 42, sources, points);
    const publishAndArchive = async (): Promise<Sample> => {
      const word = madeUpWord();
      const { createActivity } = await gql<{ createActivity: { id: string } }>(
        `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
        {
          input: {
            title: `Gastles ${word}`,
            description: `Een gastles over ${word} voor de bovenbouw.`,
            type: 'GUEST_LESSON',
            programme: 'INDEPENDENT',
            levels: ['HAVO', 'VWO'],
            targetGroups: [],
            themes: ['energie'],
            delivery: 'AT_SCHOOL',
            locationId: location.id,
            costEuros: 0,
          },
        },
        token,
      );
      const id = createActivity.id;
      created.push(id);
      const mutate = (name: 'publishActivity' | 'archiveActivity') =>
        gql(`mutation($id: ID!) { ${name}(id: $id) { status } }`, { id }, token);
      const publishMs = await timed(() => mutate('publishActivity'));
      const findableMs = await until(async () =>
        (await search(word)).hits.some((hit) => hit.activity.id === id),
      );
      const archiveMs = await timed(() => mutate('archiveActivity'));
      const goneMs = await until(async () => (await search(word)).total === 0);
      return { publishMs, findableMs, archiveMs, goneMs };
    };

    // Publishes and archives ACTIVITIES activities, CLIENTS at a time, with `searchers` clients searching beside.
    const phase = async (searchers: number) => {
      const samples: Sample[] = [];
      let next = 0;
      let searching = true;
      let searches = 0;
      const load = Array.from({ length: searchers }, async (_, client) => {
        for (let i = client; searching; i += searchers) {
          await graphql(api.url, loadQueries[i % loadQueries.length]);
          searches += 1;
        }
      });
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          while (next < ACTIVITIES) {
            next += 1;
            samples.push(await publishAndArchive());
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      searching = false;
      await Promise.all(load);
      return { samples, seconds, searchesPerSecond: searches / seconds };
    };
    const percentile = (values: number[], q: number) =>
      quantile(
        [...values].sort((a, b) => a - b),
        q,
      );
    const stats = (values: number[]) =>
      `p50 ${percentile(values, 0.5).toFixed(0).padStart(5)} ms  p95 ${percentile(values, 0.95).toFixed(0).padStart(5)} ms  max ${Math.max(
        ...values,
      )
        .toFixed(0)
        .padStart(5)} ms`;
    console.log(
      `${ACTIVITIES} activities per phase, published and archived by ${CLIENTS} clients, beside ${documents} ` +
        `indexed documents; each searched for every ${POLL_MS} ms; periodic sweep off`,
    );
    const summary: string[] = [];
    for (const searchers of SEARCHERS > 0 ? [0, SEARCHERS] : [0]) {
      const { samples, seconds, searchesPerSecond } = await phase(searchers);
      const findable = samples.map((s) => s.findableMs);
      const gone = samples.map((s) => s.goneMs);
      const label =
        searchers === 0
          ? 'quiet'
          : `beside ${searchers} clients searching (${searchesPerSecond.toFixed(0)} searches/s)`;
      console.log(
        [
          ``,
          `Phase ${label}: ${seconds.toFixed(1)} s`,
          `  publishActivity call                   ${stats(samples.map((s) => s.publishMs))}`,
          `  publish returned → found by search     ${stats(findable)}`,
          `  archiveActivity call                   ${stats(samples.map((s) => s.archiveMs))}`,
          `  archive returned → no longer counted   ${stats(gone)}`,
        ].join('\n'),
      );
      summary.push(
        `${label}: ${percentile(findable, 0.95).toFixed(0)} ms after publishing, ` +
          `${percentile(gone, 0.95).toFixed(0)} ms after archiving`,
      );
    }
    console.log(
      ['', 'p95 mutation → visible in search (aim: < 2000 ms):', ...summary.map((l) => `  ${l}`)].join('\n'),
    );
  } finally {
    await worker.stop();
    await api.stop();
    await deleteQueueKeys(env.REDIS_URL, queuePrefix);
    // The search documents go with their activities (a cascade).
    if (created.length > 0) await ds.query(`DELETE FROM activities WHERE id = ANY($1::uuid[])`, [created]);
    await ds.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
