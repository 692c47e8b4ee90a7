import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { AccessModule } from '@app/access';
import { CatalogueModule, SchoolImportService } from '@app/catalogue';
import { ConfigModule } from '@app/config';
import { Programme, Province, Role, type Actor } from '@app/core';
import { DatabaseModule, runMigrations } from '@app/database';
import { idsOf, JobName, QueueModule, redisConnection } from '@app/queue';
import { PartnerCapacityService, WaitlistModule } from '@app/waitlist';
import { ensureDatabase } from '../scripts/db-util';
import { deleteQueueKeys, startWorker } from './processes';
import { quantile } from './stats';

// npm run bench:waitlist [-- --locations 1000 --clients 8]
// 10,000 waiting schools across the provinces (every eligible real school location of the DUO file, topped up
// with jittered copies of real primary schools), 1,000 company locations at real school addresses, and 2,000
// capacity increases of one slot each. The worker runs as its own process (dist/apps/worker), as in production.
// Phase 1 sends the first 1,000 increases as fast as the clients can (throughput, and latency under that
// saturation); phase 2 sends the other 1,000 at half the measured rate (latency under load). In the same run, the
// raw throughput of no-op BullMQ jobs on the same Redis with the worker's concurrency is the baseline.
// Uses its own database (BENCH_DATABASE_URL, default techmatch_bench_waitlist) and queue prefix.

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const WAITING = arg('waiting', 10_000);
const LOCATIONS = arg('locations', 1000);
const CLIENTS = arg('clients', 8);
const NOOP_JOBS = arg('noop', 20_000);
const WORKER_CONCURRENCY = 4; // as apps/worker's JobDispatcher
const DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/techmatch_bench_waitlist';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `bench-waitlist-${process.pid}`;
const DATA_DIR = process.env.DATA_DIR ?? '../shared/data';
const SCHOOLS_CSV = resolve(DATA_DIR, 'nl/schools/scholen_po_vo_so_geocoded_20241122.csv');

Object.assign(process.env, {
  DATABASE_URL,
  REDIS_URL,
  QUEUE_PREFIX: PREFIX,
  LOG_LEVEL: 'warn',
  WAITLIST_OFFER_TTL: '14d',
  WAITLIST_RECONCILE_EVERY: '1m',
});

@Module({
  imports: [ConfigModule, DatabaseModule, QueueModule, AccessModule, CatalogueModule, WaitlistModule],
})
class BenchModule {}

const fmt = (ms: number) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : 'n/a');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function prepare(ds: DataSource, importer: SchoolImportService): Promise<void> {
  const [{ n }] = await ds.query<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM schools WHERE vestigingscode !~ '^Z'`,
  );
  if (n < 8000) {
    if (!existsSync(SCHOOLS_CSV)) throw new Error(`School file not found: ${SCHOOLS_CSV} (set DATA_DIR)`);
    const report = await importer.importFile(SCHOOLS_CSV);
    console.log(`Imported the school registry: ${report.inserted} inserted, ${report.updated} updated`);
  }
  await ds.query(`TRUNCATE waitlist_events, partner_offers, partner_capacity, waitlist_entries`);
  await ds.query(`DELETE FROM companies WHERE name LIKE 'Benchbedrijf %'`);
  await ds.query(`DELETE FROM users WHERE email LIKE 'bench-teacher-%'`);

  // Every eligible real school joins its programme; jittered copies of real primary schools fill up to WAITING.
  const eligible = `(
    SELECT id, 'JET_NET' AS programme, province FROM schools
     WHERE levels && ARRAY['HAVO','VWO','VMBO_BB','VMBO_KB','VMBO_GL','VMBO_TL']
    UNION ALL
    SELECT id, 'JET_NET_JUNIOR', province FROM schools
     WHERE levels && ARRAY['PO_ONDERBOUW','PO_MIDDENBOUW','PO_BOVENBOUW']
       AND NOT levels && ARRAY['HAVO','VWO','VMBO_BB','VMBO_KB','VMBO_GL','VMBO_TL'])`;
  const [{ real }] = await ds.query<Array<{ real: number }>>(
    `SELECT count(*)::int AS real FROM ${eligible} x JOIN schools s ON s.id = x.id WHERE s.vestigingscode !~ '^Z'`,
  );
  const copies = Math.max(0, WAITING - real);
  await ds.query(
    `INSERT INTO schools (vestigingscode, brin, name, school_type, sector, city, municipality, province, lat, lon,
                          levels)
     SELECT 'Z' || upper(lpad(to_hex(n), 3, '0')) || '00', 'Z' || upper(lpad(to_hex(n), 3, '0')),
            s.name || ' (bench-kopie)', s.school_type, s.sector, s.city, s.municipality, s.province,
            s.lat + (random() - 0.5) * 0.02, s.lon + (random() - 0.5) * 0.03, s.levels
       FROM (SELECT row_number() OVER (ORDER BY md5(id::text)) AS n, * FROM schools
              WHERE vestigingscode !~ '^Z' AND levels && ARRAY['PO_BOVENBOUW']) s
      WHERE s.n <= $1
     ON CONFLICT (vestigingscode) DO NOTHING`,
    [copies],
  );
  // Joined over the last three years; one in ten with a coordinator's priority.
  await ds.query(
    `INSERT INTO waitlist_entries (school_id, programme, province, priority, joined_at)
     SELECT x.id, x.programme, x.province,
            CASE WHEN random() < 0.1 THEN 1 + floor(random() * 3)::int ELSE 0 END,
            now() - random() * interval '3 years'
       FROM ${eligible} x JOIN schools s ON s.id = x.id
      ORDER BY s.vestigingscode ~ '^Z', random()
      LIMIT $1`,
    [WAITING],
  );
  // One teacher per waiting school, as in production (a teacher puts the school on the list): every offer then
  // writes its notification and enqueues its e-mail job.
  await ds.query(
    `INSERT INTO users (email, password_hash, name, role, school_id)
     SELECT 'bench-teacher-' || e.id || '@techmatch.local', 'x', 'Bench teacher', 'TEACHER', e.school_id
       FROM waitlist_entries e`,
  );
  // Company locations at real school addresses (where people live and work), half of them for each programme.
  await ds.query(
    `WITH picked AS (
       SELECT row_number() OVER () AS n, s.* FROM (
         SELECT * FROM schools WHERE vestigingscode !~ '^Z' ORDER BY md5(id::text || 'loc') LIMIT $1) s),
     companies_made AS (
       INSERT INTO companies (name, approved, approved_at)
       SELECT 'Benchbedrijf ' || n, true, now() FROM picked RETURNING id, name),
     located AS (
       INSERT INTO company_locations (company_id, name, postcode, city, municipality, province, lat, lon)
       SELECT c.id, 'Vestiging ' || p.city, coalesce(p.postcode, '1000AA'), p.city, p.municipality, p.province,
              p.lat + 0.01, p.lon + 0.01
         FROM picked p JOIN companies_made c ON c.name = 'Benchbedrijf ' || p.n
       RETURNING id)
     INSERT INTO partner_capacity (location_id, programme, slots)
     SELECT id, CASE WHEN random() < 0.5 THEN 'JET_NET' ELSE 'JET_NET_JUNIOR' END, 0 FROM located`,
    [LOCATIONS],
  );
  // Every run deletes and rewrites thousands of rows: without a vacuum (and autovacuum may be off, as on the CI
  // machines) their dead versions pile up in the tables and indexes, and each run measured slower than the last.
  await ds.query(`VACUUM ANALYZE`);
}

async function rawNoopRate(): Promise<number> {
  const name = 'noop';
  const prefix = `${PREFIX}-noop`;
  const queue = new Queue(name, { connection: redisConnection(REDIS_URL), prefix });
  for (let i = 0; i < NOOP_JOBS; i += 1000) {
    await queue.addBulk(
      Array.from({ length: Math.min(1000, NOOP_JOBS - i) }, (_, k) => ({
        name,
        data: { i: i + k },
        opts: { removeOnComplete: true },
      })),
    );
  }
  let done = 0;
  let finished!: () => void;
  const allDone = new Promise<void>((r) => (finished = r));
  const started = performance.now();
  const worker = new Worker(
    name,
    () => {
      done += 1;
      if (done === NOOP_JOBS) finished();
      return Promise.resolve(null);
    },
    { connection: redisConnection(REDIS_URL, true), prefix, concurrency: WORKER_CONCURRENCY },
  );
  await allDone;
  const seconds = (performance.now() - started) / 1000;
  await worker.close();
  await queue.close();
  await deleteQueueKeys(REDIS_URL, prefix);
  return NOOP_JOBS / seconds;
}

/** The offer ids the delayed expiry and reminder jobs list (one job per offer batch, or one per offer). */
async function scheduledOffers(queue: Queue): Promise<{
  expiry: Set<string>;
  reminder: Set<string>;
  expiryJobs: number;
  reminderJobs: number;
  /** When each job was added (epoch ms, set by the process that added it), by job id. */
  added: Map<string, number>;
}> {
  const out = {
    expiry: new Set<string>(),
    reminder: new Set<string>(),
    expiryJobs: 0,
    reminderJobs: 0,
    added: new Map<string, number>(),
  };
  for (const job of await queue.getDelayed(0, -1)) {
    if (job.id) out.added.set(job.id, job.timestamp);
    if (job.name === (JobName.WaitlistExpireOffer as string)) {
      out.expiryJobs += 1;
      for (const id of idsOf(job.data as object, 'offerId')) out.expiry.add(id);
    } else if (job.name === (JobName.WaitlistRemindOffer as string)) {
      out.reminderJobs += 1;
      for (const id of idsOf(job.data as object, 'offerId')) out.reminder.add(id);
    }
  }
  return out;
}

interface Increase {
  locationId: string;
  programme: Programme;
  nth: number; // this location's n-th offer answers it
  returnedAt?: number;
  visibleAt?: number;
  callMs?: number;
}

async function main(): Promise<void> {
  await ensureDatabase(DATABASE_URL);
  await runMigrations(DATABASE_URL);
  const app = await NestFactory.createApplicationContext(BenchModule, { logger: ['error'] });
  const ds = app.get(DataSource);
  const service = app.get(PartnerCapacityService);
  const started = performance.now();
  await prepare(ds, app.get(SchoolImportService));
  const [setup] = await ds.query<Array<Record<string, number>>>(
    `SELECT (SELECT count(*) FROM waitlist_entries)::int AS waiting,
            (SELECT count(DISTINCT province) FROM waitlist_entries)::int AS provinces,
            (SELECT count(*) FROM waitlist_entries e JOIN schools s ON s.id = e.school_id
              WHERE s.vestigingscode ~ '^Z')::int AS copies,
            (SELECT count(*) FROM partner_capacity)::int AS locations`,
  );
  console.log(
    `Set up in ${fmt(performance.now() - started)}: ${setup.waiting} waiting schools in ${setup.provinces} provinces ` +
      `(${setup.waiting - setup.copies} real school locations, ${setup.copies} jittered copies), ` +
      `${setup.locations} company locations`,
  );

  const admin = await ds.query<Array<{ id: string }>>(
    `INSERT INTO users (email, password_hash, name, role) VALUES ($1, 'x', 'Bench coordinator', 'COORDINATOR')
     ON CONFLICT (lower(email)) DO UPDATE SET name = excluded.name RETURNING id`,
    ['bench-coordinator@techmatch.local'],
  );
  const actor: Actor = {
    userId: admin[0].id,
    role: Role.COORDINATOR,
    schoolId: null,
    companyId: null,
    emailVerified: true,
    schoolVerified: false,
    provinces: Object.values(Province),
    programmes: [],
  };
  const capacities = await ds.query<Array<{ location_id: string; programme: Programme }>>(
    `SELECT location_id, programme FROM partner_capacity ORDER BY md5(location_id::text)`,
  );

  const worker = await startWorker({ REDIS_URL, QUEUE_PREFIX: PREFIX });
  try {
    // Ready when its boot reconcile has run (it finds nothing to do yet): no waitlist job waiting or active.
    const probe = new Queue('waitlist', { connection: redisConnection(REDIS_URL), prefix: PREFIX });
    const busy = async () => {
      const counts = await probe.getJobCounts('waiting', 'active', 'prioritized');
      return Object.values(counts).some((n) => n > 0);
    };
    for (let i = 0; await busy(); i += 1) {
      if (i > 600) throw new Error('the worker did not finish its boot reconcile');
      await sleep(100);
    }
    await probe.close();

    // Watches offers appear: a location's n-th offer answers its n-th increase.
    const increases: Increase[] = [];
    const byLocation = new Map<string, Increase[]>();
    let watching = true;
    // Only the locations still awaited, every 20 ms, so that watching does not load the database much.
    const watcher = (async () => {
      while (watching) {
        const awaited = [...byLocation.entries()]
          .filter(([, list]) =>
            list.some((inc) => inc.visibleAt === undefined && inc.returnedAt !== undefined),
          )
          .map(([locationId]) => locationId);
        if (awaited.length > 0) {
          // The whole table (at most 2,000 offers) costs the database less than probing 1,000 locations.
          const rows = await ds.query<Array<{ location_id: string; n: number }>>(
            awaited.length > 100
              ? `SELECT location_id, count(*)::int AS n FROM partner_offers GROUP BY location_id`
              : `SELECT location_id, count(*)::int AS n FROM partner_offers
                  WHERE location_id = ANY($1::uuid[]) GROUP BY location_id`,
            awaited.length > 100 ? [] : [awaited],
          );
          const now = performance.now();
          for (const row of rows) {
            for (const inc of byLocation.get(row.location_id) ?? []) {
              if (inc.visibleAt === undefined && inc.nth <= row.n) inc.visibleAt = now;
            }
          }
        }
        await sleep(20);
      }
    })();

    const increase = async (cap: { location_id: string; programme: Programme }, slots: number) => {
      const inc: Increase = { locationId: cap.location_id, programme: cap.programme, nth: slots };
      increases.push(inc);
      byLocation.set(cap.location_id, [...(byLocation.get(cap.location_id) ?? []), inc]);
      const t0 = performance.now();
      await service.setCapacity(actor, cap.location_id, cap.programme, slots);
      inc.returnedAt = performance.now();
      inc.callMs = inc.returnedAt - t0;
      return inc;
    };
    const waitVisible = async (batch: Increase[], timeoutMs = 300_000) => {
      const deadline = performance.now() + timeoutMs;
      while (batch.some((inc) => inc.visibleAt === undefined) && performance.now() < deadline)
        await sleep(20);
    };
    const report = (label: string, batch: Increase[]) => {
      const visible = batch.filter((inc) => inc.visibleAt !== undefined);
      const latencies = visible.map((inc) => inc.visibleAt! - inc.returnedAt!).sort((a, b) => a - b);
      const calls = batch.map((inc) => inc.callMs!).sort((a, b) => a - b);
      const first = Math.min(...batch.map((inc) => inc.returnedAt! - inc.callMs!));
      const last = Math.max(...visible.map((inc) => inc.visibleAt!));
      const rate = visible.length / ((last - first) / 1000);
      console.log(
        `${label}: ${batch.length} increases, ${visible.length} offers visible in ${fmt(last - first)} ` +
          `= ${rate.toFixed(0)} offers/s; setPartnerCapacity → offer visible p50 ${fmt(quantile(latencies, 0.5))}, ` +
          `p95 ${fmt(quantile(latencies, 0.95))}, p99 ${fmt(quantile(latencies, 0.99))}, ` +
          `max ${fmt(latencies.at(-1) ?? NaN)}; setPartnerCapacity call p50 ${fmt(quantile(calls, 0.5))}, ` +
          `p95 ${fmt(quantile(calls, 0.95))}`,
      );
      return { rate, visible: visible.length };
    };

    // The baseline, measured twice (here, with the worker idle, and after phase 2): on a shared machine one
    // measurement can be off by a factor of two, and the ratio uses their mean.
    const noopBefore = await rawNoopRate();

    // Phase 1 (throughput): the first slot of every location is committed and its offer job queued while the
    // waiting-list queue is paused; then the worker drains it, as the no-op baseline drains its queue.
    const waitlistQueue = new Queue('waitlist', { connection: redisConnection(REDIS_URL), prefix: PREFIX });
    await waitlistQueue.pause();
    const phase1: Increase[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < capacities.length) phase1.push(await increase(capacities[next++], 1));
      }),
    );
    // An offer is made when it is visible and its expiry and reminder jobs are in Redis (the job outbox moves them
    // after its commit, with its e-mail jobs; one of each per batch, listing its offers): the drain ends when both
    // list every offer. The job lists are read again only when the number of delayed jobs changes.
    const delayedCount = async () => (await waitlistQueue.getJobCounts('delayed')).delayed;
    const before = await scheduledOffers(waitlistQueue);
    const resumed = performance.now();
    const resumedAt = performance.timeOrigin + resumed;
    let lastAdded = resumedAt;
    await waitlistQueue.resume();
    await waitVisible(phase1);
    const drained = phase1.filter((inc) => inc.visibleAt !== undefined);
    const visibleMs = Math.max(...drained.map((inc) => inc.visibleAt!)) - resumed;
    for (let i = 0, seen = -1; ; i += 1) {
      if (i > 30_000) throw new Error('the expiry and reminder jobs of phase 1 did not appear');
      const count = await delayedCount();
      if (count !== seen) {
        seen = count;
        const now = await scheduledOffers(waitlistQueue);
        if (
          now.expiry.size - before.expiry.size >= drained.length &&
          now.reminder.size - before.reminder.size >= drained.length
        ) {
          for (const [id, at] of now.added) if (!before.added.has(id)) lastAdded = Math.max(lastAdded, at);
          break;
        }
      }
      await sleep(5);
    }
    // The drain ends when the worker added the last expiry and reminder jobs (after their offers' commit), by
    // the jobs' own timestamps: polling for them adds up to a poll interval and the reading of every job list.
    const seenMs = performance.now() - resumed;
    const drainMs = lastAdded - resumedAt;
    await waitlistQueue.close();
    const saturated = { rate: drained.length / (drainMs / 1000), visible: drained.length };
    const calls1 = phase1.map((inc) => inc.callMs!).sort((a, b) => a - b);
    // How fast the clients got their increases committed (the api side of the path).
    const committedRate =
      phase1.length /
      ((Math.max(...phase1.map((inc) => inc.returnedAt!)) -
        Math.min(...phase1.map((inc) => inc.returnedAt! - inc.callMs!))) /
        1000);
    console.log(
      `Phase 1 (throughput): ${phase1.length} increases committed by ${CLIENTS} clients at ` +
        `${committedRate.toFixed(0)}/s (setPartnerCapacity p50 ${fmt(quantile(calls1, 0.5))}, ` +
        `p95 ${fmt(quantile(calls1, 0.95))}); ` +
        `the worker made ${drained.length} offers in ${fmt(drainMs)} = ${saturated.rate.toFixed(0)} offers/s ` +
        `(the last expiry and reminder jobs added ${fmt(drainMs)} after the queue resumed, by their timestamps; ` +
        `seen by polling after ${fmt(seenMs)}, all offers visible to polling after ${fmt(visibleMs)})`,
    );

    // Phase 2: the second slot of every location, paced at half the rate phase 1 reached end to end: the slower
    // of the clients committing increases and the worker making offers (beyond what the api can commit, calls
    // would only queue in the api's connection pool).
    const pace = Math.max(10, Math.min(saturated.rate, committedRate) / 2);
    const phase2: Increase[] = [];
    const t0 = performance.now();
    const sends: Array<Promise<unknown>> = [];
    for (let i = 0; i < capacities.length; i += 1) {
      const due = t0 + (i * 1000) / pace;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      sends.push(increase(capacities[i], 2).then((inc) => phase2.push(inc)));
    }
    await Promise.all(sends);
    await waitVisible(phase2);
    report(`Phase 2 (paced at ${pace.toFixed(0)} increases/s)`, phase2);
    watching = false;
    await watcher;

    const all = [...phase1, ...phase2];
    const missing = all.filter((inc) => inc.visibleAt === undefined).length;
    const [check] = await ds.query<
      Array<{ pending: string[]; overbooked: number; doubled: number; notified: number }>
    >(
      `SELECT ARRAY(SELECT id FROM partner_offers WHERE status = 'PENDING') AS pending,
              (SELECT count(*) FROM notifications WHERE kind = 'PARTNER_OFFER')::int AS notified,
              (SELECT count(*) FROM partner_capacity c WHERE c.slots < (SELECT count(*) FROM partner_offers o
                 WHERE o.location_id = c.location_id AND o.status = 'PENDING'))::int AS overbooked,
              (SELECT count(*) FROM (SELECT entry_id FROM partner_offers WHERE status = 'PENDING'
                 GROUP BY entry_id HAVING count(*) > 1) d)::int AS doubled`,
    );

    // Every pending offer must be listed by a delayed expiry job and a delayed reminder job in Redis.
    const jobsQueue = new Queue('waitlist', { connection: redisConnection(REDIS_URL), prefix: PREFIX });
    const scheduled = await scheduledOffers(jobsQueue);
    await jobsQueue.close();
    const withExpiry = check.pending.filter((id) => scheduled.expiry.has(id)).length;
    const withReminder = check.pending.filter((id) => scheduled.reminder.has(id)).length;

    const noopAfter = await rawNoopRate();
    const noop = (noopBefore + noopAfter) / 2;
    console.log(
      `Baseline: ${NOOP_JOBS} no-op BullMQ jobs, concurrency ${WORKER_CONCURRENCY}: ${noopBefore.toFixed(0)} jobs/s ` +
        `before phase 1, ${noopAfter.toFixed(0)} jobs/s after phase 2, mean ${noop.toFixed(0)} jobs/s`,
    );
    const paced95 = quantile(
      phase2
        .filter((inc) => inc.visibleAt !== undefined)
        .map((inc) => inc.visibleAt! - inc.returnedAt!)
        .sort((a, b) => a - b),
      0.95,
    );
    console.log(
      `Summary: ${all.length} capacity increases, ${all.length - missing} offers` +
        `${missing ? ` (${missing} without an eligible school in range)` : ''}; ` +
        `${saturated.rate.toFixed(0)} offers/s = ${((saturated.rate / noop) * 100).toFixed(0)}% of the raw no-op ` +
        `rate (aim ≥ 33%); p95 setPartnerCapacity → offer visible ${fmt(paced95)} at ${pace.toFixed(0)} ` +
        `increases/s (aim < 1 s)`,
    );
    console.log(
      `Check: ${check.pending.length} pending offers, ${withExpiry} of them listed by ` +
        `${scheduled.expiryJobs} delayed expiry jobs, ${withReminder} by ${scheduled.reminderJobs} delayed reminder jobs, ` +
        `${check.notified} offer notifications, ${check.overbooked} overbooked locations, ` +
        `${check.doubled} schools with two pending offers`,
    );
  } finally {
    await worker.stop();
    await deleteQueueKeys(REDIS_URL, PREFIX);
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
