import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/database';
import {
  FACET_FIELDS,
  SearchSort,
  createSearchEngine,
  validateSearchInput,
  type SearchInput,
} from '@app/search';
import { searchReindex } from '../scripts/search-reindex';
import { deleteQueueKeys, startApi } from './processes';
import { RELEVANCE_QUERIES, benchRelevance } from './relevance-set';
import { graphql, makeQueries, querySources } from './search-queries';

// npm run bench:search [-- --queries 1000 --concurrency 8 --naive 1000 --no-reindex --slowest 0 --api-url URL]
// Against DATABASE_URL (seeded with `npm run seed -- --activities 100000`): a full reindex (documents/s), then
// the same realistic queries (text with typos and prefixes, filters, facets, a third within a radius) answered
// (1) through the GraphQL endpoint of the real api (built, started as its own process), (2) by the engine
// called directly and (3) by a naive ILIKE '%word%' SQL with the same filters and facet counts; then (1) again
// one request at a time, which shows how much of the p95 is queueing. Latencies p50/p95/p99, requests/s and ratios.

const args = process.argv.slice(2);
const numberArg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const QUERIES = numberArg('queries', 1000);
const CONCURRENCY = numberArg('concurrency', 8);
const NAIVE = numberArg('naive', QUERIES);
const REINDEX = !args.includes('--no-reindex');
// --slowest N also lists the N slowest queries of the engine run, with their input (to see what to work on).
const SLOWEST = numberArg('slowest', 0);
// --api-url URL measures an api that is already running (e.g. one started with --cpu-prof) instead of starting one.
const API_URL = args.includes('--api-url') ? args[args.indexOf('--api-url') + 1] : null;

interface Stats {
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
  errors: number;
}

async function measure(
  queries: SearchInput[],
  concurrency: number,
  run: (input: SearchInput) => Promise<unknown>,
): Promise<Stats & { latencies: number[] }> {
  const latencies: number[] = new Array<number>(queries.length);
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < queries.length) {
        const i = next;
        next += 1;
        const t0 = performance.now();
        try {
          await run(queries[i]);
        } catch (error) {
          errors += 1;
          if (errors <= 3) console.error(`  query ${i} failed: ${String(error)}`);
        }
        latencies[i] = performance.now() - t0;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return {
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    perSecond: queries.length / seconds,
    errors,
    latencies,
  };
}

// The baseline a first version would have: ILIKE on the source tables, one query for the page and total and
// one per facet field (each without its own filter), all on one connection.
async function naive(dataSource: DataSource, input: SearchInput): Promise<void> {
  const columns: Record<(typeof FACET_FIELDS)[number], string> = {
    provinces: 'a.provinces',
    levels: 'a.levels',
    types: 'ARRAY[a.type]',
    programmes: 'ARRAY[a.programme]',
    targetGroups: 'a.target_groups',
    themes: 'a.themes',
    delivery: 'ARRAY[a.delivery]',
  };
  // The WHERE clause and its parameters, with every facet filter except `skip`.
  const build = (skip: (typeof FACET_FIELDS)[number] | null) => {
    const params: unknown[] = [];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = [`a.status = 'PUBLISHED'`, 'c.approved'];
    for (const word of (input.query ?? '').split(/\s+/).filter(Boolean)) {
      const p = add(`%${word.replace(/[%_\\]/g, '\\$&')}%`);
      where.push(
        `(a.title ILIKE ${p} OR a.description ILIKE ${p} OR c.name ILIKE ${p} OR l.city ILIKE ${p})`,
      );
    }
    let distance = 'NULL::float8';
    if (input.near) {
      distance = `(earth_distance(ll_to_earth(l.lat, l.lon), ll_to_earth(${add(input.near.lat)}::float8, ${add(input.near.lon)}::float8)) / 1000)`;
      if (input.radiusKm) where.push(`${distance} <= ${add(input.radiusKm)}::float8`);
    }
    if (input.startsAfter) where.push(`a.starts_at >= ${add(input.startsAfter)}`);
    if (input.maxCostEuros !== undefined && input.maxCostEuros !== null) {
      where.push(`a.cost_euros <= ${add(input.maxCostEuros)}`);
    }
    for (const field of FACET_FIELDS) {
      const values = input[field];
      if (field !== skip && values && values.length > 0)
        where.push(`${columns[field]} && ${add([...values])}::text[]`);
    }
    return { where: where.join(' AND '), params, distance };
  };
  const from = `FROM activities a JOIN company_locations l ON l.id = a.location_id JOIN companies c ON c.id = l.company_id`;
  const all = build(null);
  const order =
    input.sort === SearchSort.DISTANCE
      ? `${all.distance}, a.id`
      : input.query
        ? 'a.title, a.id'
        : 'a.published_at DESC, a.id';
  const pageSize = input.pageSize ?? 20;
  await dataSource.query(
    `SELECT a.id, ${all.distance} AS distance_km, count(*) OVER () AS total ${from} WHERE ${all.where}
      ORDER BY ${order} LIMIT ${pageSize} OFFSET ${((input.page ?? 1) - 1) * pageSize}`,
    all.params,
  );
  for (const field of FACET_FIELDS) {
    const others = build(field);
    await dataSource.query(
      `SELECT v, count(*) ${from}, unnest(${columns[field]}) AS v WHERE ${others.where} GROUP BY v`,
      others.params,
    );
  }
}

const fmt = (ms: number) => `${ms.toFixed(1).padStart(7)} ms`;
function line(name: string, stats: Stats): string {
  return `${name.padEnd(28)} p50 ${fmt(stats.p50)}  p95 ${fmt(stats.p95)}  p99 ${fmt(stats.p99)}  ${stats.perSecond.toFixed(1).padStart(7)} req/s${stats.errors ? `  ${stats.errors} errors` : ''}`;
}

function breakdown(name: string, queries: SearchInput[], latencies: number[]): string[] {
  const classes: Record<string, number[]> = {
    text: [],
    'text + radius': [],
    'no text': [],
    'no text + radius': [],
  };
  queries.forEach((q, i) => {
    const key = `${q.query ? 'text' : 'no text'}${q.near ? ' + radius' : ''}`;
    classes[key].push(latencies[i]);
  });
  return Object.entries(classes).map(([key, list]) => {
    const sorted = list.sort((a, b) => a - b);
    const p95 = sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)] ?? 0;
    const p50 = sorted[Math.max(0, Math.ceil(0.5 * sorted.length) - 1)] ?? 0;
    return `  ${name} ${key.padEnd(17)} n=${String(list.length).padStart(4)}  p50 ${fmt(p50)}  p95 ${fmt(p95)}`;
  });
}

async function main(): Promise<void> {
  process.env.QUEUE_PREFIX ??= `bench-search-${process.pid}`;
  const { validateEnvironment } = await import('@app/config');
  const env = validateEnvironment();
  console.log(`Search benchmark on ${env.DATABASE_URL.replace(/\/\/[^@]*@/, '//')}`);

  const probe = new DataSource({ type: 'postgres', url: env.DATABASE_URL });
  await probe.initialize();
  const [counts] = await probe.query<Array<{ activities: number; searchable: number }>>(
    `SELECT count(*)::int AS activities,
            count(*) FILTER (WHERE a.status = 'PUBLISHED' AND c.approved)::int AS searchable
       FROM activities a JOIN company_locations l ON l.id = a.location_id JOIN companies c ON c.id = l.company_id`,
  );
  await probe.destroy();
  console.log(
    `${counts.activities} activities, of which ${counts.searchable} published by approved companies`,
  );
  if (counts.activities < 100_000) {
    console.log(
      '(fewer than 100,000: seed with npm run seed -- --activities 100000 for the figures of the issue)',
    );
  }

  if (REINDEX) {
    const report = await searchReindex(env.DATABASE_URL, (text) => console.log(text));
    console.log(
      `Full reindex: ${report.documents} documents in ${report.seconds.toFixed(1)} s = ` +
        `${Math.round(report.documentsPerSecond)} documents/s (aim: 100,000 in < 60 s)`,
    );
  }

  // The api runs as its own process, as deployed: its event loop is not shared with this client.
  const api = API_URL
    ? { url: API_URL, stop: () => Promise.resolve(), cpuSeconds: () => Number.NaN }
    : // Every request comes from this one address: the search limit is raised so far that it never refuses,
      // and is still checked on every request as in production.
      await startApi({ DATABASE_URL: env.DATABASE_URL, RATE_LIMIT_SEARCH: '1000000/1m' });
  const dataSource = new DataSource(
    dataSourceOptions(env.DATABASE_URL, { extra: { max: env.DATABASE_POOL_SIZE } }),
  );
  await dataSource.initialize();
  const engine = createSearchEngine(env, dataSource);
  const direct = (input: SearchInput) => engine.search({ ...validateSearchInput(input), facets: true });
  try {
    const { samples, points } = await querySources(dataSource);
    const queries = makeQueries(QUERIES, 42, samples, points);
    const warmUp = makeQueries(200, 7, samples, points);
    const texts = queries.filter((q) => q.query).length;
    const radius = queries.filter((q) => q.near).length;
    const distinct = new Set(queries.map((q) => JSON.stringify(q))).size;
    console.log(
      `${queries.length} queries (${distinct} distinct, the others may come from the result cache; ${texts} with text, ${queries.length - texts} filters only, ` +
        `${radius} within a radius), ` +
        `every one with all 7 facets, concurrency ${CONCURRENCY}, engine ${engine.name}, ` +
        `DATABASE_POOL_SIZE ${env.DATABASE_POOL_SIZE} (api and engine each)`,
    );

    // The PostgreSQL engine keeps results while the index generation stands: every measured run starts with a
    // new generation, so that none answers from a run before it (the serial run repeats the queries of the
    // concurrent one). Within a run only the repeated queries (all but the distinct ones) can come from it.
    const newGeneration = () =>
      dataSource
        .query(`UPDATE search_index_state SET generation = generation + 1 WHERE id`)
        .then(() => undefined);
    // Both engines (this process's and the api's) warm up on the same other queries.
    for (const input of warmUp) await direct(input);
    for (const input of warmUp) await graphql(api.url, input);
    await newGeneration();
    const overEngine = await measure(queries, CONCURRENCY, direct);
    await newGeneration();
    // The api's own CPU per request (from /proc, in ticks of 10 ms): steadier than throughput on a shared machine.
    const apiCpuBefore = api.cpuSeconds();
    const overGraphql = await measure(queries, CONCURRENCY, (input) => graphql(api.url, input));
    const apiCpuPerSearch = ((api.cpuSeconds() - apiCpuBefore) * 1000) / queries.length;
    // The same queries one at a time: each request's own time, without the queueing of the others on the cores
    // that this client, the api and PostgreSQL share.
    await newGeneration();
    const serial = CONCURRENCY > 1 ? await measure(queries, 1, (input) => graphql(api.url, input)) : null;
    const naiveQueries = queries.slice(0, NAIVE);
    const baseline =
      naiveQueries.length > 0
        ? await measure(naiveQueries, CONCURRENCY, (input) => naive(dataSource, input))
        : null;

    console.log('');
    console.log(line('GraphQL (api over HTTP)', overGraphql));
    console.log(line('engine called directly', overEngine));
    if (serial) console.log(line('GraphQL, one at a time', serial));
    if (baseline) console.log(line(`naive ILIKE SQL (${naiveQueries.length})`, baseline));
    console.log('');
    for (const text of breakdown('GraphQL', queries, overGraphql.latencies)) console.log(text);
    for (const text of breakdown('engine ', queries, overEngine.latencies)) console.log(text);
    if (baseline)
      for (const text of breakdown('naive  ', naiveQueries, baseline.latencies)) console.log(text);
    if (SLOWEST > 0) {
      console.log('');
      console.log(`${SLOWEST} slowest queries of the engine run:`);
      const order = queries
        .map((_, i) => i)
        .sort((a, b) => overEngine.latencies[b] - overEngine.latencies[a]);
      for (const i of order.slice(0, SLOWEST)) {
        console.log(`  ${fmt(overEngine.latencies[i])}  ${JSON.stringify(queries[i])}`);
      }
    }
    console.log('');
    console.log(`p95 GraphQL: ${overGraphql.p95.toFixed(1)} ms (aim < 50 ms, with facets)`);
    if (serial) {
      console.log(
        `  one request at a time: p95 ${serial.p95.toFixed(1)} ms, ${(1000 / serial.perSecond).toFixed(1)} ms per request ` +
          `(at concurrency ${CONCURRENCY}: ${(1000 / overGraphql.perSecond).toFixed(1)} ms per request)`,
      );
    }
    if (Number.isFinite(apiCpuPerSearch)) {
      console.log(
        `  the api's own CPU: ${apiCpuPerSearch.toFixed(1)} ms per search (at concurrency ${CONCURRENCY})`,
      );
    }
    if (baseline) {
      console.log(
        `naive p95 / GraphQL p95: ${(baseline.p95 / overGraphql.p95).toFixed(1)}x faster than naive (aim >= 10x)`,
      );
    }
    console.log(
      `GraphQL p95 / engine p95: ${(overGraphql.p95 / overEngine.p95).toFixed(2)}x the engine's own time (aim <= 2x)`,
    );
    // The figures of issue 15: what the GraphQL layer keeps of the engine's throughput, and the machine's time
    // per search (all cores, at concurrency ${CONCURRENCY}: the inverse of the throughput).
    console.log(
      `GraphQL req/s / engine req/s: ${(overGraphql.perSecond / overEngine.perSecond).toFixed(2)} (aim >= 0.8); ` +
        `machine time per search through GraphQL: ${(1000 / overGraphql.perSecond).toFixed(1)} ms (aim <= 6 ms); ` +
        `GraphQL p95 ${overGraphql.p95.toFixed(1)} ms (aim < 80 ms)${serial ? `, one at a time ${serial.p95.toFixed(1)} ms (aim < 30 ms)` : ''}`,
    );
    // Relevance on the judged set (bench/relevance-set.ts), in a database of its own: the same figures that
    // test/integration/search-relevance.integration-spec.ts holds.
    const relevance = await benchRelevance(env);
    console.log(
      `Relevance (${engine.name}, ${RELEVANCE_QUERIES.length} judged queries): recall@10 ${relevance.recallAt10.toFixed(3)}, ` +
        `nDCG@10 ${relevance.ndcgAt10.toFixed(3)}`,
    );
  } finally {
    await engine.close();
    await dataSource.destroy();
    await api.stop();
    await deleteQueueKeys(env.REDIS_URL, process.env.QUEUE_PREFIX);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
