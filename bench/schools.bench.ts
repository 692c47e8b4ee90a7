import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { SchoolImportService, SchoolSearchService } from '@app/catalogue';
import { Rng } from '@app/core';
import { runMigrations } from '@app/database';
import { ensureDatabase } from '../scripts/db-util';
import { ImportSchoolsModule } from '../scripts/import-schools';
import { startApi } from './processes';
import { postGraphql, typo } from './search-queries';

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

interface RegistrySchool {
  vestigingscode: string;
  name: string;
  city: string;
  postcode: string | null;
}

interface BenchQuery {
  kind: string;
  query: string;
  /** The school it was drawn from, when the query names that one school. */
  target: string | null;
}

// Words that name no school in particular: a query of these alone would be drawn from nowhere.
const COMMON = new Set([
  'basisschool',
  'school',
  'openbare',
  'christelijke',
  'katholieke',
  'locatie',
  'college',
]);

function makeQueries(schools: RegistrySchool[]): BenchQuery[] {
  const rng = new Rng(SEED);
  const random = () => rng.next();
  const queries: BenchQuery[] = [];
  while (queries.length < QUERIES) {
    const school = rng.pick(schools);
    const words = school.name
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 3 && !COMMON.has(word.toLowerCase()));
    const longest = [...words].sort((a, b) => b.length - a.length)[0];
    const misspelt = (word: string) => (rng.chance(0.3) ? typo(word, random) : word);
    const cased = (text: string) => (rng.chance(0.5) ? text.toLowerCase() : text);
    const kind = rng.weighted({ name: 30, namePlace: 25, place: 10, postcode: 15, area: 5, code: 15 });
    if ((kind === 'name' || kind === 'namePlace') && !longest) continue;
    if ((kind === 'postcode' || kind === 'area') && !school.postcode) continue;
    const postcode = school.postcode ?? '';
    switch (kind) {
      case 'name': {
        // Half typed now and then: what a person has typed when the list first shows.
        const typed = rng.chance(0.25) ? longest.slice(0, Math.max(4, longest.length - 3)) : longest;
        const extra = words.filter((word) => word !== longest);
        const text = extra.length > 0 && rng.chance(0.5) ? `${rng.pick(extra)} ${typed}` : typed;
        queries.push({ kind, query: cased(misspelt(text)), target: null });
        break;
      }
      case 'namePlace':
        queries.push({
          kind,
          query: cased(`${misspelt(longest)} ${school.city}`),
          target: school.vestigingscode,
        });
        break;
      case 'place':
        queries.push({ kind, query: cased(misspelt(school.city)), target: null });
        break;
      case 'postcode':
        queries.push({
          kind,
          query: rng.chance(0.5) ? `${postcode.slice(0, 4)} ${postcode.slice(4)}` : cased(postcode),
          target: null,
        });
        break;
      case 'area':
        queries.push({ kind, query: postcode.slice(0, 4), target: null });
        break;
      case 'code':
        queries.push({ kind, query: cased(school.vestigingscode), target: school.vestigingscode });
    }
  }
  return queries;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
};
const figures = (label: string, ms: number[]) =>
  `${label.padEnd(28)} p50 ${quantile(ms, 0.5).toFixed(1).padStart(6)} ms   p95 ${quantile(ms, 0.95).toFixed(1).padStart(6)} ms   max ${Math.max(
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
    const schools = await ds.query<RegistrySchool[]>(
      `SELECT vestigingscode, name, city, postcode FROM schools ORDER BY vestigingscode`,
    );
    const queries = makeQueries(schools);
    const kinds = new Map<string, number>();
    for (const q of queries) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
    console.log(
      `${queries.length} queries on ${schools.length} schools (${[...kinds].map(([k, c]) => `${c} ${k}`).join(', ')}), e.g. ` +
        queries
          .slice(0, 6)
          .map((q) => `"${q.query}"`)
          .join(', '),
    );

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
      const document = `query($q: String!) { schools(query: $q) { id vestigingscode name city province } }`;
      for (const q of queries.slice(0, 20)) await postGraphql(api.url, document, { q: q.query });
      for (const q of queries) {
        const started = performance.now();
        await postGraphql(api.url, document, { q: q.query });
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
