import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { SchoolImportService, SchoolSearchService } from '@app/catalogue';
import { runMigrations } from '@app/database';
import { ensureDatabase } from '../scripts/db-util';
import { ImportSchoolsModule } from '../scripts/import-schools';
import { startApi } from './processes';
import { SCHOOLS_DOCUMENT, describeSchoolQueries, drawSchoolQueries } from './school-queries';
import { postGraphql } from './search-queries';
import { quantile } from './stats';

// npm run bench:schools [-- --queries 200 --seed 12]
// Finding a school (the public `schools` query) on the real registry: every school location of the geocoded DUO
// file (8,622), imported into its own database (BENCH_DATABASE_URL, default techmatch_bench_schools). Realistic
// queries drawn deterministically from the real schools: name words (some misspelt or half typed), name and
// place, a place, a postcode with or without its space, a postcode area, a vestigingscode in any case. Each is
// answered by SchoolSearchService called directly, then through the GraphQL endpoint of the built api started as
// its own process, one at a time; prints p50/p95 of each and how often the school a query was drawn from is first
// and among the first ten.

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const QUERIES = arg('queries', 200);
const SEED = arg('seed', 12);
const DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/techmatch_bench_schools';
const DATA_DIR = process.env.DATA_DIR ?? '../shared/data';
const SCHOOLS_CSV = resolve(DATA_DIR, 'nl/schools/scholen_po_vo_so_geocoded_20241122.csv');

Object.assign(process.env, { DATABASE_URL, LOG_LEVEL: 'warn' });

const quantileOf = (values: number[], q: number) =>
  quantile(
    [...values].sort((a, b) => a - b),
    q,
  );
const figures = (label: string, ms: number[]) =>
  `${label.padEnd(28)} p50 ${quantileOf(ms, 0.5).toFixed(1).padStart(6)} ms   p95 ${quantileOf(ms, 0.95).toFixed(1).padStart(6)} ms   max ${Math.max(
    ...ms,
  )
    .toFixed(1)
    .padStart(6)} ms`;

async function main(): Promise<void> {
  await ensureDatabase(DATABASE_URL);
  await runMigrations(DATABASE_URL);
  const app = await NestFactory.createApplicationContext(ImportSchoolsModule, { logger: ['error'] });
  const ds = app.get(DataSource);
  const search = app.get(SchoolSearchService);
  try {
    const [{ n }] = await ds.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM schools`);
    if (n < 8000) {
      if (!existsSync(SCHOOLS_CSV)) throw new Error(`School file not found: ${SCHOOLS_CSV} (set DATA_DIR)`);
      const report = await app.get(SchoolImportService).importFile(SCHOOLS_CSV);
      console.log(`Imported the school registry: ${report.inserted} schools in ${report.durationMs} ms`);
    }
    const drawn = await drawSchoolQueries((sql) => ds.query(sql), QUERIES, SEED);
    const { queries } = drawn;
    console.log(describeSchoolQueries(drawn));

    // Warm up: plans, the index's pages, the connections.
    for (const q of queries.slice(0, 20)) await search.search(q.query);
    const engineMs: number[] = [];
    let first = 0;
    let topTen = 0;
    let targeted = 0;
    let empty = 0;
    for (const q of queries) {
      const started = performance.now();
      const found = await search.search(q.query);
      engineMs.push(performance.now() - started);
      if (found.length === 0) empty += 1;
      if (q.target === null) continue;
      targeted += 1;
      const rank = found.findIndex((school) => school.vestigingscode === q.target);
      if (rank === 0) first += 1;
      if (rank >= 0) topTen += 1;
    }

    const api = await startApi({ DATABASE_URL });
    const graphqlMs: number[] = [];
    try {
      for (const q of queries.slice(0, 20)) await postGraphql(api.url, SCHOOLS_DOCUMENT, { q: q.query });
      for (const q of queries) {
        const started = performance.now();
        await postGraphql(api.url, SCHOOLS_DOCUMENT, { q: q.query });
        graphqlMs.push(performance.now() - started);
      }
    } finally {
      await api.stop();
    }

    const slowest = queries
      .map((q, i) => ({ query: q.query, ms: engineMs[i] }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
    console.log(`Slowest (engine): ${slowest.map((s) => `"${s.query}" ${s.ms.toFixed(0)} ms`).join(', ')}`);
    console.log(figures('engine (SchoolSearchService)', engineMs));
    console.log(figures('GraphQL (api process)', graphqlMs));
    console.log(
      `Drawn school first for ${first} of ${targeted} name+place and code queries, in the first ten for ${topTen}; ` +
        `${empty} of ${queries.length} queries found nothing`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
