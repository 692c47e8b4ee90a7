import type { DataSource } from 'typeorm';
import { Rng } from '@app/core';
import { SearchSort, type SearchInput } from '@app/search';

// The realistic searches of the benchmarks (bench:search, and the load beside bench:findable), made the same way
// on every run, and the GraphQL requests of the benchmarks.

export interface Sample {
  title: string;
  provinces: string[];
  levels: string[];
  type: string;
  themes: string[];
  target_groups: string[];
}

const TEACHER_QUERIES = [
  'gastles energie',
  'robotica',
  'programmeren meisjes',
  'bedrijfsbezoek',
  'excursie water',
  'speeddate',
  'duurzaamheid',
  'drones',
  'waterstof',
  'klimaat',
  'bliksemstage',
  'sollicitatietraining',
  'lassen',
  'zonnepanelen',
  'ict',
  'gastcollege techniek',
  'voeding',
  'bouw',
  'chemie proefjes',
  'vliegtuig',
];
const STOP = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'voor',
  'met',
  'in',
  'op',
  'bij',
  'over',
  'naar',
  'je',
  'zo',
]);

/** The word with one letter dropped or two neighbours swapped, as people mistype; words under six letters kept. */
export function typo(word: string, random: () => number): string {
  if (word.length < 6) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  return random() < 0.5
    ? word.slice(0, i) + word.slice(i + 1)
    : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

/** Realistic searches: mostly text of one to three words (some misspelt, the last one often half typed). */
export function makeQueries(
  count: number,
  seed: number,
  samples: Sample[],
  points: Array<{ lat: number; lon: number }>,
): SearchInput[] {
  // Deterministic (mulberry32 from a plain state): every run draws the same.
  const stream = Rng.fromState(seed);
  const random = () => stream.next();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const queries: SearchInput[] = [];
  for (let i = 0; i < count; i += 1) {
    const sample = pick(samples);
    const input: SearchInput = { pageSize: 20 };
    const kind = random();
    if (kind < 0.3) {
      input.query = pick(TEACHER_QUERIES);
    } else if (kind < 0.9) {
      const words = sample.title
        .toLowerCase()
        .split(/[^a-zà-ÿ0-9]+/)
        .filter((word) => word.length >= 4 && !STOP.has(word));
      const chosen = words.length > 0 ? [pick(words)] : ['techniek'];
      if (words.length > 1 && random() < 0.4) chosen.push(pick(words));
      if (random() < 0.2) chosen[0] = typo(chosen[0], random);
      const last = chosen.length - 1;
      if (random() < 0.3 && chosen[last].length > 5) {
        chosen[last] = chosen[last].slice(0, 3 + Math.floor(random() * 3));
      }
      input.query = [...new Set(chosen)].join(' ');
    }
    // else: no text, filters only (a teacher browsing her region)
    if (random() < 0.5) input.provinces = [pick(sample.provinces)];
    if (random() < 0.4) input.levels = [pick(sample.levels)];
    if (random() < 0.2) input.types = [sample.type];
    if (random() < 0.1 && sample.themes.length > 0) input.themes = [pick(sample.themes)];
    if (random() < 0.1) input.targetGroups = [pick(sample.target_groups)];
    if (random() < 0.1) input.maxCostEuros = 0;
    if (random() < 0.1) input.startsAfter = new Date('2026-09-01T00:00:00Z');
    if (i % 3 === 0) {
      const point = pick(points);
      input.near = { lat: point.lat, lon: point.lon };
      input.radiusKm = pick([10, 15, 25, 40, 75]);
      if (random() < 0.5) input.sort = SearchSort.DISTANCE;
    }
    if (random() < 0.1) input.page = 2;
    queries.push(input);
  }
  return queries;
}

/** What the queries are made of: titles and facet values of published activities, and school locations. */
export async function querySources(
  dataSource: DataSource,
): Promise<{ samples: Sample[]; points: Array<{ lat: number; lon: number }> }> {
  const samples = await dataSource.query<Sample[]>(
    `SELECT a.title, a.provinces, a.levels, a.type, a.themes, a.target_groups
       FROM activities a WHERE a.status = 'PUBLISHED' ORDER BY md5(a.id::text) LIMIT 5000`,
  );
  const points = await dataSource.query<Array<{ lat: number; lon: number }>>(
    `SELECT lat, lon FROM schools ORDER BY vestigingscode LIMIT 5000`,
  );
  if (points.length === 0) points.push(...samples.map(() => ({ lat: 52.09, lon: 5.12 })));
  return { samples, points };
}

const GRAPHQL = `
  query Search($input: ActivitySearchInput!) {
    searchActivities(input: $input) {
      total engine
      hits { distanceKm highlight activity { id title type costEuros location { name city } } }
      facets { field values { value count } }
    }
  }`;

/** One GraphQL request; throws the first error the answer carries. */
export async function postGraphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors || !body.data) throw new Error(body.errors?.[0]?.message ?? 'no data in the answer');
  return body.data;
}

/** One search through the GraphQL endpoint, asking for what a result page shows. */
export async function graphql(url: string, input: SearchInput): Promise<void> {
  await postGraphql(url, GRAPHQL, { input });
}
