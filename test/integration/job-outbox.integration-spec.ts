import type { INestApplicationContext } from '@nestjs/common';
import { Tx } from '@app/database';
import { JobName, JobProducer, OutboxRelay } from '@app/queue';
import { waitFor } from '@app/testing';
import { OwnRedis } from '../../bench/own-redis';
import { startTestApp, startTestWorker, type TestApp } from '../utils/test-app';

// The job outbox and its relay (libs/queue/src/outbox.ts) against real PostgreSQL and a Redis of the test's own,
// which it stops. Only the api runs at first, so that the jobs stay in Redis to be counted.
describe('job outbox: jobs written in the transaction, moved to Redis once, when Redis is there', () => {
  let redis: OwnRedis;
  let t: TestApp;
  let relay: OutboxRelay;
  let jobs: JobProducer;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    t = await startTestApp({ REDIS_URL: redis.url, RATE_LIMIT_REDIS_URL: redis.url });
    relay = t.app.get(OutboxRelay);
    jobs = t.app.get(JobProducer);
  }, 180_000);

  afterAll(async () => {
    await redis?.up();
    await waitFor('Redis again', () => Promise.resolve(!relay?.redisAway), { timeoutMs: 30_000 }).catch(
      () => undefined,
    );
    await t?.close();
    await redis?.down();
  }, 180_000);

  const outbox = async () =>
    t.dataSource.query<Array<{ name: string; payload: { runId?: string } }>>(
      `SELECT name, payload FROM job_outbox ORDER BY id`,
    );
  const matchJobs = async (runId: string) =>
    (await jobs.queueFor(JobName.RunMatching).getJobs(['waiting', 'delayed', 'active', 'completed'])).filter(
      (job) => (job.data as { runId?: string }).runId === runId,
    );
  const write = (runId: string, options?: object) =>
    Tx.run(t.dataSource, (tx) =>
      jobs.enqueueIn(tx, [{ name: JobName.RunMatching, payload: { runId }, options }]),
    );

  it('moves a committed job to Redis before the answer, and forgets a rolled-back one', async () => {
    await write('run-committed');
    // The after-commit step waited for the relay (250 ms at most): the job is in Redis; its row goes with the
    // pass's commit.
    expect(await matchJobs('run-committed')).toHaveLength(1);
    await waitFor('the row to go', async () => (await outbox()).length === 0);

    await expect(
      Tx.run(t.dataSource, async (tx) => {
        await jobs.enqueueIn(tx, [{ name: JobName.RunMatching, payload: { runId: 'run-rolled-back' } }]);
        throw new Error('the use case fails after writing its job');
      }),
    ).rejects.toThrow('the use case fails');
    await relay.kick();
    expect(await matchJobs('run-rolled-back')).toEqual([]);
    expect(await outbox()).toEqual([]);
  }, 60_000);

  it('makes one job of a row moved twice (a relay that stopped between the add and the delete)', async () => {
    // The DELETE fails once, as if the relay died after BullMQ took the job: the row stays, its job is in Redis.
    await t.dataSource.query(`
      CREATE FUNCTION outbox_delete_fails() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'relay stopped'; END $$`);
    await t.dataSource.query(
      `CREATE TRIGGER outbox_delete_fails BEFORE DELETE ON job_outbox FOR EACH ROW EXECUTE FUNCTION outbox_delete_fails()`,
    );
    try {
      await write('run-twice');
      expect(await matchJobs('run-twice')).toHaveLength(1);
      expect((await outbox()).map((row) => row.payload.runId)).toEqual(['run-twice']);
    } finally {
      await t.dataSource.query(`DROP TRIGGER outbox_delete_fails ON job_outbox`);
      await t.dataSource.query(`DROP FUNCTION outbox_delete_fails()`);
    }
    // The next pass moves the row again, under the same job id: still one job, and the row is gone.
    await relay.kick();
    expect(await outbox()).toEqual([]);
    expect(await matchJobs('run-twice')).toHaveLength(1);
  }, 60_000);

  it('lets two relays at once move each row exactly once (SKIP LOCKED)', async () => {
    const worker: INestApplicationContext = await startTestWorker();
    try {
      const other = worker.get(OutboxRelay);
      // Written without waking a relay, then both relays at once, several times.
      const runIds = Array.from({ length: 600 }, (_, i) => `run-many-${i}`);
      await t.dataSource.query(
        `INSERT INTO job_outbox (name, payload) SELECT $1, jsonb_build_object('runId', id) FROM unnest($2::text[]) id`,
        [JobName.RunMatching, runIds],
      );
      await Promise.all([relay.kick(), other.kick(), relay.kick(), other.kick()]);
      // On a loaded machine a pass may wait for Redis in vain and leave its rows to the next one.
      await waitFor('the relays to empty the outbox', async () => (await relay.backlog()) === 0, {
        timeoutMs: 30_000,
        intervalMs: 100,
      });
      // The worker runs them (each returns early: no such run); each ran once.
      const queue = jobs.queueFor(JobName.RunMatching);
      const ran = await waitFor(
        'the worker to run them',
        async () => {
          const done = (await queue.getJobs(['completed', 'failed'], 0, -1)).filter((job) =>
            String((job.data as { runId?: string }).runId).startsWith('run-many-'),
          );
          return done.length >= runIds.length && done;
        },
        { timeoutMs: 60_000, intervalMs: 200 },
      );
      const counts = new Map<string, number>();
      for (const job of ran) {
        const runId = (job.data as { runId: string }).runId;
        counts.set(runId, (counts.get(runId) ?? 0) + 1);
      }
      expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
      expect(counts.size).toBe(runIds.length);
    } finally {
      await worker.close();
    }
  }, 120_000);

  it('keeps the rows while Redis is away, counts them as the backlog, and moves them when it is back', async () => {
    await redis.down();
    await waitFor('the relay to know Redis is away', () => Promise.resolve(relay.redisAway), {
      timeoutMs: 5_000,
      intervalMs: 5,
    });
    // A reminder due in an hour, written while Redis is away.
    await write('run-away-1');
    await write('run-away-2', { delay: 3_600_000 });
    expect((await outbox()).map((row) => row.payload.runId)).toEqual(['run-away-1', 'run-away-2']);
    expect(await relay.backlog()).toBe(2);
    const metrics = await fetch(t.url.replace(/\/graphql$/, '/metrics')).then((response) => response.text());
    expect(metrics).toMatch(/^outbox_backlog 2$/m);

    // The rows waited 20 minutes (by the database's clock) before Redis came back.
    await t.dataSource.query(`UPDATE job_outbox SET created_at = created_at - interval '20 minutes'`);
    await redis.up();
    await waitFor('the relay to empty the outbox', async () => (await relay.backlog()) === 0, {
      timeoutMs: 10_000,
      intervalMs: 50,
    });
    expect(await matchJobs('run-away-1')).toHaveLength(1);
    const [delayed] = await matchJobs('run-away-2');
    // The hour counts from when the row was written: about 40 minutes are left.
    expect(delayed.opts.delay).toBeGreaterThan(39 * 60_000);
    expect(delayed.opts.delay).toBeLessThanOrEqual(40 * 60_000);
  }, 180_000);

  it('makes the repeatable schedules again when Redis comes back without its data', async () => {
    const worker: INestApplicationContext = await startTestWorker();
    try {
      const schedules = async () => ({
        sweep: !!(await jobs.queueFor(JobName.SearchSweep).getJobScheduler('search-sweep')),
        reconcile: !!(await jobs.queueFor(JobName.WaitlistReconcile).getJobScheduler('waitlist-reconcile')),
      });
      expect(await schedules()).toEqual({ sweep: true, reconcile: true });
      // This Redis keeps nothing on disk: killed and started again, it has lost both schedules.
      await redis.down();
      await redis.up();
      // Long before the periodic check (a minute): the reconnect makes them again.
      await waitFor(
        'both schedules again',
        async () => {
          const now = await schedules();
          return now.sweep && now.reconcile;
        },
        { timeoutMs: 20_000, intervalMs: 100 },
      );
    } finally {
      await waitFor('Redis again', () => Promise.resolve(!worker.get(OutboxRelay).redisAway), {
        timeoutMs: 30_000,
      }).catch(() => undefined);
      await worker.close();
    }
  }, 90_000);
});
