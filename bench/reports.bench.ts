import 'reflect-metadata';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AccessModule } from '@app/access';
import { ConfigModule } from '@app/config';
import { Province, Role, type Actor } from '@app/core';
import { DatabaseModule } from '@app/database';
import { schoolYearOf } from '@app/matching';
import { ReportService, ReportsModule } from '@app/reports';
import { migrate } from '../scripts/migrate';
import { DEFAULT_SEED_OPTIONS, runSeed } from '../scripts/seed';
import { deleteQueueKeys } from './processes';

// npm run bench:reports [-- --runs 20]
// reachReport for the whole country (every province and programme) of this school year, on the demo data:
// BENCH_DATABASE_URL (default techmatch_bench_reports) is created, migrated and seeded like `npm run seed` when it
// holds no activities. While the seed writes no bookings of its own, the benchmark adds two school years of them
// (three per published activity per year, in every state, most completed ones reviewed), deterministically.
// Prints p50/p95 of the runs, and of unreachedSchools for the province with the most schools.

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = arg('runs', 20);
const DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/techmatch_bench_reports';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `bench-reports-${process.pid}`;
Object.assign(process.env, { DATABASE_URL, REDIS_URL, QUEUE_PREFIX: PREFIX, LOG_LEVEL: 'warn' });

@Module({ imports: [ConfigModule, DatabaseModule, AccessModule, ReportsModule] })
class BenchModule {}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const count = async (ds: DataSource, table: string) =>
  (await ds.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

// A deterministic number in [0, n) per row and draw, without a session seed.
const draw = (key: string, n: number) => `(abs(hashtext(${key})) % ${n})`;

/** Two school years of bookings and reviews over the published activities, each at a school of its province. */
async function addBookings(ds: DataSource, thisYear: number): Promise<void> {
  await ds.query(`
    WITH numbered AS (
      SELECT id, levels, province, row_number() OVER (PARTITION BY province ORDER BY id) AS n,
             count(*) OVER (PARTITION BY province) AS total
        FROM schools
    ),
    drawn AS (
      SELECT a.id AS activity_id, l.province, a.levels, y.year,
             make_date(y.year, 8, 25) + ${draw(`a.id::text || y.year || g`, 320)} AS day,
             ${draw(`a.id::text || g || y.year || 'school'`, 1_000_000)} AS pick,
             ${draw(`g || a.id::text || y.year`, 100)} AS chance,
             15 + ${draw(`a.id::text || 'size' || y.year || g`, 16)} AS group_size
        FROM activities a JOIN company_locations l ON l.id = a.location_id
       CROSS JOIN (VALUES (${thisYear - 1}), (${thisYear})) AS y(year)
       CROSS JOIN generate_series(1, 3) AS g
       WHERE a.status = 'PUBLISHED'
    )
    INSERT INTO bookings (activity_id, school_id, status, level, group_size, preferred_date, created_at,
                          responded_at, completed_at, cancelled_at)
    SELECT d.activity_id, s.id, st.status, d.levels[1], d.group_size, d.day + time '10:00',
           d.day - 30, d.day - 25,
           CASE WHEN st.status = 'COMPLETED' THEN d.day + time '16:00' END,
           CASE WHEN st.status = 'CANCELLED' THEN d.day - 5 END
      FROM drawn d
      JOIN numbered s ON s.province = d.province AND s.n = 1 + d.pick % s.total
     CROSS JOIN LATERAL (SELECT CASE
             WHEN d.chance < 8 THEN 'CANCELLED'
             WHEN d.chance < 14 THEN 'DECLINED'
             WHEN d.day < current_date THEN 'COMPLETED'
             WHEN d.chance < 70 THEN 'ACCEPTED'
             ELSE 'REQUESTED' END AS status) st`);
  // Most completed bookings reviewed, ratings skewed high as real ones are.
  await ds.query(`
    INSERT INTO reviews (activity_id, booking_id, school_id, rating, created_at)
    SELECT b.activity_id, b.id, b.school_id,
           (ARRAY[2, 3, 4, 4, 4, 5, 5, 5, 5, 5])[1 + ${draw(`b.id::text || 'rating'`, 10)}],
           b.completed_at + interval '2 days'
      FROM bookings b
     WHERE b.status = 'COMPLETED' AND ${draw(`b.id::text || 'reviewed'`, 100)} < 75`);
  await ds.query(`ANALYZE bookings; ANALYZE reviews`);
}

async function time(runs: number, run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 2; i += 1) await run();
  const took: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await run();
    took.push(performance.now() - started);
  }
  took.sort((a, b) => a - b);
  return { p50: quantile(took, 0.5), p95: quantile(took, 0.95) };
}

const open = () => NestFactory.createApplicationContext(BenchModule, { logger: ['error', 'warn'] });

async function main(): Promise<void> {
  await migrate(DATABASE_URL);
  let app = await open();
  if ((await count(app.get(DataSource), 'activities')) === 0) {
    await app.close();
    await runSeed(DEFAULT_SEED_OPTIONS);
    app = await open();
  }
  try {
    const ds = app.get(DataSource);
    const year = schoolYearOf(new Date());
    if ((await count(ds, 'bookings')) === 0) {
      const started = performance.now();
      await addBookings(ds, year);
      console.log(`Added two school years of bookings in ${Math.round(performance.now() - started)} ms`);
    }
    const [schools, activities, bookings, reviews, waiting] = await Promise.all(
      ['schools', 'activities', 'bookings', 'reviews', 'waitlist_entries'].map((table) => count(ds, table)),
    );
    console.log(
      `${schools} schools, ${activities} activities, ${bookings} bookings, ${reviews} reviews, ` +
        `${waiting} waiting-list entries; school year ${year}`,
    );
    const reports = app.get(ReportService);
    const coordinator: Actor = {
      userId: 'bench',
      role: Role.COORDINATOR,
      schoolId: null,
      companyId: null,
      emailVerified: true,
      schoolVerified: false,
      provinces: Object.values(Province),
      programmes: [],
    };
    const report = await reports.reach(coordinator, year);
    const total = (field: 'schoolsReached' | 'pupilsReached' | 'activitiesGiven') =>
      report.rows.reduce((sum, row) => sum + row[field], 0);
    console.log(
      `Whole country: ${report.rows.length} rows, ${total('schoolsReached')} school reaches, ` +
        `${total('activitiesGiven')} activities given to ${total('pupilsReached')} pupils`,
    );
    const country = await time(RUNS, () => reports.reach(coordinator, year));
    console.log(
      `reachReport (whole country), ${RUNS} runs: p50 ${country.p50.toFixed(1)} ms, p95 ${country.p95.toFixed(1)} ms`,
    );
    // Wall-clock figures: on a shared machine they grow with its load.
    console.log(
      `Load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(', ')}`,
    );
    const [{ province }] = await ds.query<Array<{ province: Province }>>(
      `SELECT province FROM schools GROUP BY province ORDER BY count(*) DESC LIMIT 1`,
    );
    const unreached = await reports.unreached(coordinator, year, province);
    const list = await time(RUNS, () => reports.unreached(coordinator, year, province));
    console.log(
      `unreachedSchools (${province}, ${unreached.length} schools), ${RUNS} runs: ` +
        `p50 ${list.p50.toFixed(1)} ms, p95 ${list.p95.toFixed(1)} ms`,
    );
  } finally {
    await app.close();
    await deleteQueueKeys(REDIS_URL, PREFIX);
  }
}

await main();
process.exit(0);
