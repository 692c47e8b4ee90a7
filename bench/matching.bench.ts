import 'reflect-metadata';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  ActivityType,
  EducationLevel,
  PRIMARY_LEVELS,
  Province,
  Rng,
  THEMES,
  VMBO_LEVELS,
  provinceFromName,
} from '@app/core';
import { readCsvFile } from '@app/catalogue';
import {
  candidatePairs,
  greedyNearestFirst,
  solveMatching,
  type SolverInstance,
  type SolverRequest,
  type SolverSupply,
} from '@app/matching';

// npm run bench:matching [-- --requests 8000 --supplies 3000 --seed 42]
// A national instance in one school year (2025/26) from the real school locations: the schools table of
// DATABASE_URL when it has been imported, else the geocoded DUO file of ../shared/data. Prints per province
// and for the whole country: solve time, matched sessions, the proven upper bound and a greedy baseline.

interface BenchSchool {
  id: string;
  lat: number;
  lon: number;
  province: Province;
  levels: EducationLevel[];
}

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const REQUESTS = arg('requests', 8000);
const SUPPLIES = arg('supplies', 3000);
const SEED = arg('seed', 42);
const CSV = resolve(
  process.env.DATA_DIR ?? '../shared/data',
  'nl/schools/scholen_po_vo_so_geocoded_20241122.csv',
);

async function schoolsFromDatabase(): Promise<BenchSchool[]> {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/techmatch';
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<BenchSchool>(
      `SELECT vestigingscode AS id, lat, lon, province, levels FROM schools ORDER BY vestigingscode`,
    );
    return rows;
  } catch {
    return [];
  } finally {
    await client.end().catch(() => undefined);
  }
}

function schoolsFromCsv(): BenchSchool[] {
  const rows = readCsvFile(CSV);
  const schools: BenchSchool[] = [];
  for (const row of rows) {
    const province = provinceFromName(row.provincie ?? '');
    const lat = Number(row.lat);
    const lon = Number(row.lon);
    if (!province || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const levels: EducationLevel[] = [];
    if (row.sector === 'bao' || row.sector === 'sbao' || row.sector === 'so') levels.push(...PRIMARY_LEVELS);
    if (row.vmbo === '1') levels.push(...VMBO_LEVELS);
    if (row.havo === '1') levels.push(EducationLevel.HAVO);
    if (row.vwo === '1') levels.push(EducationLevel.VWO);
    if (levels.length === 0) levels.push(EducationLevel.VMBO_BB);
    schools.push({ id: row.vestigingscode, lat, lon, province, levels });
  }
  return schools;
}

const TYPE_WEIGHTS: Array<[ActivityType, number]> = [
  [ActivityType.GUEST_LESSON, 30],
  [ActivityType.COMPANY_VISIT, 20],
  [ActivityType.WORKSHOP, 12],
  [ActivityType.PROJECT, 8],
  [ActivityType.WEBCAST, 6],
  [ActivityType.SPEED_DATE, 6],
  [ActivityType.BLIKSEMSTAGE, 5],
  [ActivityType.APPLICATION_TRAINING, 5],
  [ActivityType.COMPETITION, 5],
  [ActivityType.TEACHER_INTERNSHIP, 3],
];

// School year 2025/26 and its terms (UTC midnight is the Dutch date).
const YEAR = { start: Date.UTC(2025, 7, 1), end: Date.UTC(2026, 6, 31) };
const PERIODS = [
  { weight: 40, start: YEAR.start, end: YEAR.end },
  { weight: 20, start: Date.UTC(2025, 8, 1), end: Date.UTC(2025, 11, 19) },
  { weight: 20, start: Date.UTC(2026, 0, 5), end: Date.UTC(2026, 2, 31) },
  { weight: 20, start: Date.UTC(2026, 3, 1), end: Date.UTC(2026, 5, 30) },
];

function generate(schools: BenchSchool[], seed: number) {
  // Deterministic (mulberry32 from a plain state): every run draws the same.
  const stream = Rng.fromState(seed);
  const random = () => stream.next();
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const weighted = <T>(items: Array<[T, number]>) => {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let x = random() * total;
    for (const [item, w] of items) if ((x -= w) < 0) return item;
    return items[items.length - 1][0];
  };
  const period = () => {
    const p = weighted(PERIODS.map((q) => [q, q.weight] as [(typeof PERIODS)[number], number]));
    return { periodStart: p.start, periodEnd: p.end };
  };
  const themes = (min: number, max: number) => {
    const count = int(min, max);
    const chosen = new Set<string>();
    while (chosen.size < count) chosen.add(pick(THEMES));
    return [...chosen];
  };
  const subset = (levels: readonly EducationLevel[], max: number) => {
    const count = Math.min(levels.length, int(1, max));
    const chosen = new Set<EducationLevel>();
    while (chosen.size < count) chosen.add(pick(levels));
    return [...chosen];
  };

  const requests: Array<SolverRequest & { province: Province }> = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const school = pick(schools);
    requests.push({
      id: `r${i}`,
      province: school.province,
      lat: school.lat,
      lon: school.lon,
      type: weighted(TYPE_WEIGHTS),
      levels: subset(school.levels, 3),
      themes: random() < 0.3 ? [] : themes(1, 2),
      sessions: weighted([
        [1, 30],
        [2, 30],
        [3, 20],
        [4, 10],
        [6, 10],
      ]),
      ...period(),
      waitingDays: int(0, 150),
      hadActivityThisYear: random() < 0.3,
    });
  }
  const LEVEL_GROUPS: Array<[readonly EducationLevel[], number]> = [
    [PRIMARY_LEVELS, 35],
    [VMBO_LEVELS, 25],
    [[EducationLevel.HAVO, EducationLevel.VWO], 25],
    [[...VMBO_LEVELS, EducationLevel.HAVO, EducationLevel.VWO], 15],
  ];
  const supplies: SolverSupply[] = [];
  for (let i = 0; i < SUPPLIES; i += 1) {
    // Companies sit where people live: near a school, a few km off.
    const near = pick(schools);
    const type = weighted(TYPE_WEIGHTS);
    supplies.push({
      id: `s${i}`,
      lat: near.lat + (random() - 0.5) * 0.06,
      lon: near.lon + (random() - 0.5) * 0.09,
      type,
      levels: weighted(LEVEL_GROUPS),
      themes: themes(1, 3),
      sessions: int(2, 16),
      ...period(),
      maxTravelKm: type === ActivityType.WEBCAST ? 300 : int(10, 45),
    });
  }
  return { requests, supplies };
}

function fmt(n: number, width: number): string {
  return String(n).padStart(width);
}

async function main(): Promise<void> {
  let schools = await schoolsFromDatabase();
  let source = 'schools table of DATABASE_URL';
  if (schools.length < 1000) {
    schools = schoolsFromCsv();
    source = CSV;
  }
  const { requests, supplies } = generate(schools, SEED);
  console.log(
    `Matching benchmark: ${requests.length} school requests, ${supplies.length} supply offers, school year ` +
      `2025/26, seed ${SEED}; ${schools.length} real school locations from ${source}.`,
  );
  console.log(`Node ${process.version}; times are candidate pairs + exact solve (min-cost max-flow).\n`);
  const header =
    'region            requests  pairs     demand  supply  matched  bound  greedy  matched/greedy  score-ok   time';
  console.log(header);
  console.log('-'.repeat(header.length));

  const row = (name: string, instance: SolverInstance) => {
    const started = performance.now();
    const pairs = candidatePairs(instance);
    const solution = solveMatching(instance, pairs);
    const ms = performance.now() - started;
    const greedy = greedyNearestFirst(instance, pairs);
    console.log(
      `${name.padEnd(16)} ${fmt(instance.requests.length, 9)} ${fmt(pairs.length, 7)} ${fmt(solution.demandSessions, 9)} ` +
        `${fmt(solution.supplySessions, 7)} ${fmt(solution.matchedSessions, 8)} ${fmt(solution.upperBound, 6)} ` +
        `${fmt(greedy.matchedSessions, 7)} ${(solution.matchedSessions / Math.max(1, greedy.matchedSessions)).toFixed(3).padStart(15)} ` +
        `${String(solution.scoreOptimal).padStart(9)} ${(ms / 1000).toFixed(2).padStart(6)} s`,
    );
    return { ms, solution, greedy };
  };

  let slowest = { name: '', ms: 0 };
  let allEqual = true;
  for (const province of Object.values(Province)) {
    const instance = { requests: requests.filter((r) => r.province === province), supplies };
    const { ms, solution } = row(province, instance);
    if (ms > slowest.ms) slowest = { name: province, ms };
    allEqual &&= solution.matchedSessions === solution.upperBound;
  }
  console.log('-'.repeat(header.length));
  const national = row('NEDERLAND', { requests, supplies });
  allEqual &&= national.solution.matchedSessions === national.solution.upperBound;
  console.log(
    `\nSlowest province ${slowest.name}: ${(slowest.ms / 1000).toFixed(2)} s (aim < 2 s); whole country ` +
      `${(national.ms / 1000).toFixed(2)} s (aim < 20 s); matched == proven upper bound everywhere: ${allEqual}.`,
  );
  console.log(
    `Country: ${national.solution.components} components, ${national.solution.phases} shortest-path phases, ` +
      `total score ${national.solution.totalScore} (greedy ${national.greedy.totalScore}).`,
  );
}

await main();
