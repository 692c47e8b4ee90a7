import type { INestApplicationContext } from '@nestjs/common';
import { Programme, Role, type Actor } from '@app/core';
import { JobName, JobProducer } from '@app/queue';
import {
  CompanyFactory,
  EINDHOVEN,
  createSchools,
  deleteQueueKeys,
  invariantViolations,
  userToken,
  waitFor,
} from '@app/testing';
import { PartnerCapacityService, ReconcileService, WaitlistService } from '@app/waitlist';
import { startTestApp, startTestWorker, type TestApp } from '../utils/test-app';

describe('waiting list: Redis flushed while offers are pending', () => {
  let t: TestApp;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    // A 3-day TTL: the reminder is due one day after the offer; the reconcile job repeats every second.
    t = await startTestApp({ WAITLIST_OFFER_TTL: '3d', WAITLIST_RECONCILE_EVERY: '1s' });
    worker = await startTestWorker();
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('loses nothing: the reconcile job expires, reminds and offers what the lost jobs would have', async () => {
    const ds = t.dataSource;
    const service = t.app.get(WaitlistService);
    const schools = await createSchools(ds, 6, { near: EINDHOVEN });
    const teachers: Array<{ actor: Actor; entry: Awaited<ReturnType<WaitlistService['join']>> }> = [];
    for (const school of schools) {
      const { user } = await userToken(t.app, ds, Role.TEACHER, { schoolId: school.id });
      const actor: Actor = {
        userId: user.id,
        role: Role.TEACHER,
        schoolId: school.id,
        companyId: null,
        emailVerified: true,
        schoolVerified: true,
        provinces: [],
        programmes: [],
      };
      teachers.push({ actor, entry: await service.join(actor, Programme.JET_NET) });
    }
    const { location } = await CompanyFactory.create(ds, {}, { ...EINDHOVEN });
    const { actor: coordinator } = await userToken(t.app, ds, Role.COORDINATOR);
    await t.app.get(PartnerCapacityService).setCapacity(coordinator, location.id, Programme.JET_NET, 2);

    const pending = () =>
      ds.query<Array<{ id: string; entry_id: string }>>(
        `SELECT id, entry_id FROM partner_offers WHERE status = 'PENDING' ORDER BY created_at, id`,
      );
    const [offerA, offerB] = await waitFor('two offers', async () => {
      const offers = await pending();
      return offers.length === 2 ? offers : null;
    });
    expect([offerA.entry_id, offerB.entry_id].sort()).toEqual(
      [teachers[0].entry.id, teachers[1].entry.id].sort(),
    );

    // Everything of this test in Redis is gone: the delayed expiry and reminder jobs, the repeatable job.
    const prefix = process.env.QUEUE_PREFIX!;
    expect(await deleteQueueKeys(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', prefix)).toBeGreaterThan(
      0,
    );
    // Meanwhile time passes: A's offer is overdue, B's reminder is due; and a slot is added whose offer job
    // never made it to Redis (as if the process died between COMMIT and enqueue).
    await ds.query(
      `UPDATE partner_offers SET created_at = created_at - interval '4 days', expires_at = expires_at - interval '4 days'
        WHERE id = $1`,
      [offerA.id],
    );
    await ds.query(
      `UPDATE partner_offers SET created_at = created_at - interval '36 hours',
              expires_at = expires_at - interval '36 hours' WHERE id = $1`,
      [offerB.id],
    );
    await ds.query(`UPDATE partner_capacity SET slots = 3 WHERE location_id = $1`, [location.id]);

    // The worker schedules its reconcile job again by itself and the job repairs everything.
    const after = await waitFor(
      'the reconcile job to act',
      async () => {
        const offers = await pending();
        const [expired] = await ds.query<Array<{ status: string }>>(
          `SELECT status FROM partner_offers WHERE id = $1`,
          [offerA.id],
        );
        return expired.status === 'EXPIRED' && offers.length === 3 ? offers : null;
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    const queue = t.app.get(JobProducer).queueFor(JobName.WaitlistReconcile);
    expect(await queue.getJobScheduler('waitlist-reconcile')).toBeDefined();

    // A keeps its place, B still holds its offer, C and D got the two free slots; E and F wait.
    expect(after.map((offer) => offer.entry_id).sort()).toEqual(
      [offerB.entry_id, teachers[2].entry.id, teachers[3].entry.id].sort(),
    );
    const statuses = await ds.query<Array<{ id: string; status: string }>>(
      `SELECT id, status FROM waitlist_entries`,
    );
    const statusOf = (id: string) => statuses.find((row) => row.id === id)?.status;
    expect(statusOf(offerA.entry_id)).toBe('WAITING');
    expect(statusOf(teachers[4].entry.id)).toBe('WAITING');

    const notifications = async (kind: string, userId: string) =>
      (
        await ds.query<Array<{ n: number }>>(
          `SELECT count(*)::int AS n FROM notifications WHERE kind = $1 AND user_id = $2`,
          [kind, userId],
        )
      )[0].n;
    const teacherOf = (entryId: string) =>
      teachers.find((teacher) => teacher.entry.id === entryId)!.actor.userId;
    expect(await notifications('PARTNER_OFFER_EXPIRED', teacherOf(offerA.entry_id))).toBe(1);
    await waitFor(
      'the reminder for B',
      async () => (await notifications('PARTNER_OFFER_REMINDER', teacherOf(offerB.entry_id))) === 1,
    );

    // Reconciling again changes nothing: every step is idempotent.
    const again = await t.app.get(ReconcileService).reconcile();
    expect(again).toMatchObject({ expired: 0, reminded: 0, repaired: 0, offered: 0 });
    expect(await notifications('PARTNER_OFFER_REMINDER', teacherOf(offerB.entry_id))).toBe(1);
    expect(await invariantViolations(ds)).toEqual([]);
  }, 60_000);
});
