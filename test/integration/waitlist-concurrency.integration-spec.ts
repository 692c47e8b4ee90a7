import type { INestApplicationContext } from '@nestjs/common';
import { DomainException, ErrorCode, Programme, Role, type Actor } from '@app/core';
import { JobName, JobProducer } from '@app/queue';
import {
  CompanyFactory,
  EINDHOVEN,
  capacityUsage,
  createSchools,
  invariantViolations,
  userToken,
  waitFor,
} from '@app/testing';
import {
  PartnerCapacityService,
  PlacementService,
  ReconcileService,
  WaitlistService,
  type WaitlistEntryEntity,
} from '@app/waitlist';
import { startTestApp, startTestWorker, type TestApp } from '../utils/test-app';

const SCHOOLS = 50;
const LOCATIONS = 3;

describe('waiting list under concurrency: joins, withdrawals, capacity changes and answers at once', () => {
  let t: TestApp;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    t = await startTestApp({ WAITLIST_OFFER_TTL: '14d', WAITLIST_RECONCILE_EVERY: '0' });
    worker = await startTestWorker();
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  async function queueIdle(): Promise<boolean> {
    const queue = t.app.get(JobProducer).queueFor(JobName.WaitlistOfferFreeSlots);
    const counts = await queue.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
    // A job may still wait in the job outbox, a moment after the commit that made it.
    const [outbox] = await t.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM job_outbox`,
    );
    return outbox.n === 0 && Object.values(counts).every((n) => n === 0);
  }

  it('keeps every invariant, checked in SQL, and leaves no free slot unoffered', async () => {
    const ds = t.dataSource;
    const service = t.app.get(WaitlistService);
    const schools = await createSchools(ds, SCHOOLS, { near: EINDHOVEN });
    const teachers: Actor[] = [];
    for (const school of schools) {
      teachers.push((await userToken(t.app, ds, Role.TEACHER, { schoolId: school.id })).actor);
    }
    const locations: Array<{ id: string; contact: Actor }> = [];
    for (let i = 0; i < LOCATIONS; i += 1) {
      const { company, location } = await CompanyFactory.create(ds, {}, { ...EINDHOVEN });
      const { actor: contact } = await userToken(t.app, ds, Role.COMPANY, { companyId: company.id });
      locations.push({ id: location.id, contact });
    }

    // Expected refusals (a conflict of timing) are counted; anything else, a deadlock above all, fails the test.
    const failures: unknown[] = [];
    const outcomes = {
      join: 0,
      withdrawRefused: 0,
      capacity: 0,
      accepted: 0,
      declined: 0,
      answerRefused: 0,
    };
    const tolerate = async <T>(
      work: () => Promise<T>,
      refused?: keyof typeof outcomes,
    ): Promise<T | undefined> => {
      try {
        return await work();
      } catch (error) {
        // A refusal for the state of the moment (offer already answered, entry left) is CONFLICT, with a reason.
        if (!(error instanceof DomainException && error.code === ErrorCode.CONFLICT)) failures.push(error);
        else if (refused) outcomes[refused] += 1;
        return undefined;
      }
    };
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const joined = new Map<string, string[]>();
    const withdrawn = new Set<string>();
    const claimed = new Set<string>();

    const operations: Array<Promise<unknown>> = [];
    // 50 schools join, ten of them three times at once (idempotent under concurrency).
    teachers.forEach((teacher, i) => {
      for (let n = 0; n < (i < 10 ? 3 : 1); n += 1) {
        operations.push(
          tolerate(async () => {
            const entry = await service.join(teacher, Programme.JET_NET);
            outcomes.join += 1;
            joined.set(teacher.schoolId!, [...(joined.get(teacher.schoolId!) ?? []), entry.id]);
            // Every fourth school leaves again, some while an offer may be pending for it.
            if (i % 4 === 1) {
              await pause(Math.random() * 150);
              await tolerate(async () => {
                await service.withdraw(teacher, entry.id);
                withdrawn.add(entry.id);
              }, 'withdrawRefused');
            }
          }),
        );
      }
    });
    // 30 capacity changes on three locations, up and down, while offers are being made.
    for (let n = 0; n < 30; n += 1) {
      const location = locations[n % LOCATIONS];
      operations.push(
        tolerate(async () => {
          await pause(Math.random() * 300);
          await t.app
            .get(PartnerCapacityService)
            .setCapacity(location.contact, location.id, Programme.JET_NET, Math.floor(Math.random() * 7));
          outcomes.capacity += 1;
        }),
      );
    }
    // Schools answer whatever offer they hold, accepting or declining, in the middle of it all.
    for (let n = 0; n < 40; n += 1) {
      operations.push(
        tolerate(async () => {
          await pause(100 + Math.random() * 400);
          // Each offer is answered once, by the first answer that sees it; waiting for one keeps the answers from
          // all being skipped on a slow machine.
          const offer = await waitFor(
            'an offer to answer',
            async () => {
              const [seen] = await ds.query<Array<{ id: string; school_id: string }>>(
                `SELECT o.id, e.school_id FROM partner_offers o JOIN waitlist_entries e ON e.id = o.entry_id
                  WHERE o.status = 'PENDING' AND o.id <> ALL($1::uuid[]) ORDER BY random() LIMIT 1`,
                [[...claimed]],
              );
              if (!seen || claimed.has(seen.id)) return undefined;
              claimed.add(seen.id);
              return seen;
            },
            { timeoutMs: 5_000 },
          ).catch(() => undefined);
          if (!offer) return;
          const teacher = teachers.find((candidate) => candidate.schoolId === offer.school_id)!;
          const accept = Math.random() < 0.4;
          await t.app.get(PlacementService).respond(teacher, offer.id, accept);
          outcomes[accept ? 'accepted' : 'declined'] += 1;
        }, 'answerRefused'),
      );
    }
    await Promise.all(operations);
    expect(failures).toEqual([]);
    // Joining is idempotent and never refused; the answers that went through are exactly what the table holds.
    expect(outcomes.join).toBe(70);
    expect(outcomes.capacity).toBe(30);
    expect(outcomes.accepted + outcomes.declined).toBeGreaterThan(0);
    const [answered] = await ds.query<Array<{ accepted: number; declined: number; withdrawn: number }>>(
      `SELECT (SELECT count(*) FROM partner_offers WHERE status = 'ACCEPTED')::int AS accepted,
              (SELECT count(*) FROM partner_offers WHERE status = 'DECLINED')::int AS declined,
              (SELECT count(*) FROM waitlist_entries WHERE status = 'WITHDRAWN')::int AS withdrawn`,
    );
    expect(answered).toEqual({
      accepted: outcomes.accepted,
      declined: outcomes.declined,
      withdrawn: withdrawn.size,
    });

    for (const ids of joined.values()) expect(new Set(ids).size).toBe(1);
    expect(await invariantViolations(ds)).toEqual([]);

    // Let the queue settle, then reconcile (as the repeatable job would): every free slot gets an offer when a
    // school can take it.
    await waitFor('the offer jobs to finish', queueIdle, { timeoutMs: 30_000, intervalMs: 100 });
    await t.app.get(ReconcileService).reconcile();
    await waitFor('the offer jobs to finish', queueIdle, { timeoutMs: 30_000, intervalMs: 100 });
    expect(await invariantViolations(ds)).toEqual([]);

    for (const row of await capacityUsage(ds)) {
      if (row.placed + row.pending >= row.slots) continue;
      // A free slot is left only when no waiting school can take it (all declined or let it expire here).
      const [eligible] = await ds.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM waitlist_entries e
          WHERE e.programme = $2 AND e.status = 'WAITING'
            AND NOT EXISTS (SELECT 1 FROM partner_offers o WHERE o.entry_id = e.id AND o.location_id = $1
                              AND o.status IN ('DECLINED', 'EXPIRED'))`,
        [row.location_id, row.programme],
      );
      expect({ ...row, eligible: eligible.n }).toMatchObject({ eligible: 0 });
    }
    const [summary] = await ds.query<Array<Record<string, number>>>(
      `SELECT count(*) FILTER (WHERE status = 'PLACED')::int AS placed,
              count(*) FILTER (WHERE status = 'WITHDRAWN')::int AS withdrawn,
              count(*) FILTER (WHERE status <> 'WITHDRAWN')::int AS active
         FROM waitlist_entries`,
    );
    // Every school is on the list once (the withdrawn ones left), and something did happen.
    expect(summary.active + summary.withdrawn).toBeGreaterThanOrEqual(SCHOOLS);
    expect(summary.withdrawn).toBeGreaterThan(0);
  }, 120_000);

  it('refuses in the database what the code would never do', async () => {
    const ds = t.dataSource;
    const [school] = await createSchools(ds, 1, { near: EINDHOVEN });
    const { location } = await CompanyFactory.create(ds, {}, { ...EINDHOVEN });
    await ds.query(`INSERT INTO partner_capacity (location_id, programme, slots) VALUES ($1, 'JET_NET', 0)`, [
      location.id,
    ]);
    const [entry] = await ds.query<WaitlistEntryEntity[]>(
      `INSERT INTO waitlist_entries (school_id, programme, province) VALUES ($1, 'JET_NET', 'NOORD_BRABANT')
       RETURNING id`,
      [school.id],
    );
    const sqlState = async (sql: string, params: unknown[]) => {
      try {
        await ds.query(sql, params);
        return 'ok';
      } catch (error) {
        return (error as { driverError?: { code?: string } }).driverError?.code;
      }
    };
    // A second active entry for the same school and programme.
    expect(
      await sqlState(
        `INSERT INTO waitlist_entries (school_id, programme, province) VALUES ($1, 'JET_NET', 'X')`,
        [school.id],
      ),
    ).toBe('23505');
    // A pending offer beyond the slots (0 here).
    const offer = `INSERT INTO partner_offers (entry_id, location_id, programme, expires_at)
                   VALUES ($1, $2, 'JET_NET', now() + interval '1 day')`;
    expect(await sqlState(offer, [entry.id, location.id])).toBe('23514');
    // A placement beyond the slots.
    expect(
      await sqlState(
        `UPDATE waitlist_entries SET status = 'PLACED', placed_location_id = $2, placed_at = now() WHERE id = $1`,
        [entry.id, location.id],
      ),
    ).toBe('23514');
    // Two pending offers for one entry.
    await ds.query(`UPDATE partner_capacity SET slots = 5 WHERE location_id = $1`, [location.id]);
    expect(await sqlState(offer, [entry.id, location.id])).toBe('ok');
    expect(await sqlState(offer, [entry.id, location.id])).toBe('23505');
    // Lowering the slots below the pending offers without revoking them.
    expect(
      await sqlState(`UPDATE partner_capacity SET slots = 0 WHERE location_id = $1`, [location.id]),
    ).toBe('23514');
  });

  it('checks a statement of many offers once, against every location it touches, and serialises on the slots', async () => {
    const ds = t.dataSource;
    const schools = await createSchools(ds, 4, { near: EINDHOVEN });
    const roomy = await CompanyFactory.create(ds, {}, { ...EINDHOVEN });
    const tight = await CompanyFactory.create(ds, {}, { ...EINDHOVEN });
    await ds.query(
      `INSERT INTO partner_capacity (location_id, programme, slots) VALUES ($1, 'JET_NET', 5), ($2, 'JET_NET', 1)`,
      [roomy.location.id, tight.location.id],
    );
    const entries = await ds.query<Array<{ id: string }>>(
      `INSERT INTO waitlist_entries (school_id, programme, province)
       SELECT unnest($1::uuid[]), 'JET_NET', 'NOORD_BRABANT' RETURNING id`,
      [schools.map((school) => school.id)],
    );
    const ids = entries.map((entry) => entry.id);
    const insertOffers = (
      runner: { query: (sql: string, params: unknown[]) => Promise<unknown> },
      rows: string[][],
    ) =>
      runner.query(
        `INSERT INTO partner_offers (entry_id, location_id, programme, expires_at)
         SELECT e, l, 'JET_NET', now() + interval '1 day' FROM unnest($1::uuid[], $2::uuid[]) AS t(e, l)`,
        [rows.map((row) => row[0]), rows.map((row) => row[1])],
      );
    const code = (error: unknown) => (error as { driverError?: { code?: string } }).driverError?.code;
    const pending = async () =>
      (
        await ds.query<Array<{ n: number }>>(
          `SELECT count(*)::int AS n FROM partner_offers WHERE status = 'PENDING' AND entry_id = ANY($1::uuid[])`,
          [ids],
        )
      )[0].n;
    // One statement: two offers fit the roomy location, but two at the one-slot location do not; nothing stays.
    await expect(
      insertOffers(ds, [
        [ids[0], roomy.location.id],
        [ids[1], roomy.location.id],
        [ids[2], tight.location.id],
        [ids[3], tight.location.id],
      ]).catch((error: unknown) => Promise.reject(new Error(code(error)))),
    ).rejects.toThrow('23514');
    expect(await pending()).toBe(0);
    // Two transactions each offering the one slot: the second waits for the first's lock, then sees its offer.
    const first = ds.createQueryRunner();
    const second = ds.createQueryRunner();
    try {
      await first.startTransaction();
      await second.startTransaction();
      await insertOffers(first, [[ids[0], tight.location.id]]);
      const blocked = insertOffers(second, [[ids[1], tight.location.id]]).then(
        () => 'ok',
        (error: unknown) => code(error),
      );
      await first.commitTransaction();
      expect(await blocked).toBe('23514');
      await second.rollbackTransaction();
    } finally {
      await first.release();
      await second.release();
    }
    // The roomy location takes several offers in one statement.
    await insertOffers(ds, [
      [ids[1], roomy.location.id],
      [ids[2], roomy.location.id],
    ]);
    expect(await pending()).toBe(3);
  });
});
