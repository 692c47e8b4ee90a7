import { Rng } from '@app/core';
import { typo } from './search-queries';

// The realistic school lookups of the benchmarks (bench:schools on the full registry, bench:api on the demo data):
// what people type to find their school, drawn deterministically from the real schools of the database.

interface RegistrySchool {
  vestigingscode: string;
  name: string;
  city: string;
  postcode: string | null;
}

export interface SchoolQuery {
  kind: string;
  query: string;
  /** The school it was drawn from, when the query names that one school. */
  target: string | null;
}

/** What a sign-up form shows of each school found. */
export const SCHOOLS_DOCUMENT = `query($q: String!) { schools(query: $q) { id vestigingscode name city province } }`;

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

/**
 * `count` queries drawn from the schools that `query` (a database's) reads: the same ones for the same seed and
 * schools.
 */
export async function drawSchoolQueries(
  query: (sql: string) => Promise<unknown[]>,
  count: number,
  seed: number,
): Promise<{ queries: SchoolQuery[]; schools: number }> {
  // In a fixed order, so that a seed draws the same queries.
  const schools = (await query(
    `SELECT vestigingscode, name, city, postcode FROM schools ORDER BY vestigingscode`,
  )) as RegistrySchool[];
  return { queries: makeSchoolQueries(schools, count, seed), schools: schools.length };
}

/**
 * `count` queries: name words (some misspelt or half typed), name and place, a place, a postcode with or without
 * its space, a postcode area, a vestigingscode in any case.
 */
function makeSchoolQueries(schools: RegistrySchool[], count: number, seed: number): SchoolQuery[] {
  const rng = new Rng(seed);
  const random = () => rng.next();
  const queries: SchoolQuery[] = [];
  while (queries.length < count) {
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

/** "200 queries on 8622 schools (60 name, ...), e.g. "a", "b"": what was drawn, for a benchmark's output. */
export function describeSchoolQueries(drawn: { queries: SchoolQuery[]; schools: number }): string {
  const kinds = new Map<string, number>();
  for (const q of drawn.queries) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
  const examples = drawn.queries
    .slice(0, 6)
    .map((q) => `"${q.query}"`)
    .join(', ');
  const mix = [...kinds].map(([kind, n]) => `${n} ${kind}`).join(', ');
  return `${drawn.queries.length} queries on ${drawn.schools} schools (${mix}), e.g. ${examples}`;
}
