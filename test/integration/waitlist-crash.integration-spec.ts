import { Programme, Role } from '@app/core';
import {
  CompanyFactory,
  capacityUsage,
  createSchools,
  invariantViolations,
  userToken,
  waitFor,
} from '@app/testing';
import { PartnerCapacityService } from '@app/waitlist';
import { startTestApp, type TestApp } from '../utils/test-app';
import { buildWorker, startWorkerProcess, type WorkerProcess } from '../utils/worker-process';

// Four clusters of schools and company locations (Amsterdam, Rotterdam, Utrecht, Eindhoven).
const CLUSTERS = [
  { lat: 52.37, lon: 4.9 },
  { lat: 51.92, lon: 4.48 },
  { lat: 52.09, lon: 5.12 },
  { lat: 51.44, lon: 5.48 },
];
const LOCATIONS_PER_CLUSTER = 30;
// Offers are made up to 500 per transaction (OFFER_BATCH): enough work for three, so that the kill lands between.
const SCHOOLS_PER_CLUSTER = 400;
const SLOTS = 10;
const TOTAL = CLUSTERS.length * LOCATIONS_PER_CLUSTER * SLOTS;

describe('waiting list: the worker process killed with SIGKILL while it makes offers', () => {
  let t: TestApp;
  let build: Awaited<ReturnType<typeof buildWorker>> | undefined;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    // The worker runs as a real process, compiled here: this works from a fresh clone without a build.
    [build, t] = await Promise.all([
      buildWorker(),
      startTestApp({ WAITLIST_OFFER_TTL: '14d', WAITLIST_RECONCILE_EVERY: '0' }),
    ]);
  }, 240_000);

  afterAll(async () => {
    for (const worker of workers) {
      if (worker.child.exitCode === null && worker.child.signalCode === null) {
        worker.child.kill('SIGKILL');
        await worker.exited;
      }
    }
    await t?.close();
    build?.cleanup();
  });

  it('keeps every invariant, and after a restart every free slot holds exactly one pending offer', async () => {
    const ds = t.dataSource;
    for (const near of CLUSTERS) await createSchools(ds, SCHOOLS_PER_CLUSTER, { near });
    await ds.query(
      `INSERT INTO waitlist_entries (school_id, programme, province)
       SELECT id, 'JET_NET', province FROM schools ORDER BY random()`,
    );
    const { actor: coordinator } = await userToken(t.app, ds, Role.COORDINATOR);
    const service = t.app.get(PartnerCapacityService);
    for (const near of CLUSTERS) {
      for (let i = 0; i < LOCATIONS_PER_CLUSTER; i += 1) {
        const { location } = await CompanyFactory.create(
          ds,
          {},
          { lat: near.lat + (Math.random() - 0.5) * 0.1, lon: near.lon + (Math.random() - 0.5) * 0.1 },
        );
        // Commits the capacity and enqueues the offer job; no worker runs yet.
        await service.setCapacity(coordinator, location.id, Programme.JET_NET, SLOTS);
      }
    }
    const offers = async () =>
      (await ds.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM partner_offers`))[0].n;
    expect(await offers()).toBe(0);

    const env = { ...process.env, WAITLIST_RECONCILE_EVERY: '1m', LOG_LEVEL: 'warn' };
    const first = startWorkerProcess(build!.main, env);
    workers.push(first);
    await waitFor(
      `the first offers (worker output: ${first.output()})`,
      async () => {
        if (first.child.exitCode !== null) throw new Error(`worker exited: ${first.output()}`);
        return (await offers()) > 0;
      },
      { timeoutMs: 90_000, intervalMs: 5 },
    );
    first.child.kill('SIGKILL');
    await first.exited;
    const atKill = await offers();
    // Killed in the middle of its work, not before or after it.
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(TOTAL);
    expect(await invariantViolations(ds)).toEqual([]);

    const second = startWorkerProcess(build!.main, env);
    workers.push(second);
    await waitFor(
      'every free slot to hold a pending offer',
      async () => {
        if (second.child.exitCode !== null) throw new Error(`worker exited: ${second.output()}`);
        return (await capacityUsage(ds)).every((row) => row.placed + row.pending === row.slots);
      },
      { timeoutMs: 120_000, intervalMs: 200 },
    );
    expect(await invariantViolations(ds)).toEqual([]);
    const usage = await capacityUsage(ds);
    expect(usage).toHaveLength(CLUSTERS.length * LOCATIONS_PER_CLUSTER);
    expect(usage.every((row) => row.pending === SLOTS && row.placed === 0)).toBe(true);
    const [counts] = await ds.query<Array<{ offers: number; pending: number; offered: number }>>(
      `SELECT (SELECT count(*) FROM partner_offers)::int AS offers,
              (SELECT count(*) FROM partner_offers WHERE status = 'PENDING')::int AS pending,
              (SELECT count(*) FROM waitlist_entries WHERE status = 'OFFERED')::int AS offered`,
    );
    // Nothing half-done survived the crash: every offer made is pending and matches an OFFERED entry.
    expect(counts).toEqual({ offers: TOTAL, pending: TOTAL, offered: TOTAL });

    second.child.kill('SIGTERM');
    // A graceful stop: Nest closes the app and ends with the signal it got.
    expect([0, 'SIGTERM']).toContain(await second.exited);
  }, 300_000);
});
