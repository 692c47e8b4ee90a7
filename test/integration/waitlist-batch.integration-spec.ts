import { Programme, Province, Role, type Actor } from '@app/core';
import { JobName, JobProducer } from '@app/queue';
import { CompanyFactory } from '@app/testing';
import { PartnerOfferService, WaitlistProcessor, WaitlistService } from '@app/waitlist';
import { startTestApp, type TestApp } from '../utils/test-app';
import {
  EINDHOVEN,
  createSchools,
  deleteQueueKeys,
  invariantViolations,
  userToken,
} from '../utils/waitlist-helpers';

const AMSTERDAM = { lat: 52.37, lon: 4.9 };

// No worker runs here: the suite calls the offer job itself, so that it sees exactly one drain.
describe('waiting list: offers made in one batch over several locations', () => {
  let t: TestApp;
  let coordinator: Actor;

  beforeAll(async () => {
    t = await startTestApp({ WAITLIST_OFFER_TTL: '14d', WAITLIST_RECONCILE_EVERY: '0' });
    const { user } = await userToken(t.app, t.dataSource, Role.COORDINATOR);
    coordinator = { userId: user.id, role: Role.COORDINATOR, schoolId: null, companyId: null };
  });
  afterAll(async () => {
    if (t)
      await deleteQueueKeys(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', process.env.QUEUE_PREFIX!);
    await t?.close();
  });

  /** Entries with a given priority and joining time (minutes ago), one teacher each. */
  async function join(
    schools: Array<{ id: string }>,
    order: Array<{ priority: number; minutesAgo: number }>,
  ): Promise<Array<{ entryId: string; teacherId: string }>> {
    const out: Array<{ entryId: string; teacherId: string }> = [];
    for (const [i, school] of schools.entries()) {
      const [entry] = await t.dataSource.query<Array<{ id: string }>>(
        `INSERT INTO waitlist_entries (school_id, programme, province, priority, joined_at)
         SELECT id, 'JET_NET', province, $2, now() - make_interval(mins => $3) FROM schools WHERE id = $1
         RETURNING id`,
        [school.id, order[i].priority, order[i].minutesAgo],
      );
      const { user } = await userToken(t.app, t.dataSource, Role.TEACHER, { schoolId: school.id });
      out.push({ entryId: entry.id, teacherId: user.id });
    }
    return out;
  }

  const pendingAt = async (locationId: string) =>
    (
      await t.dataSource.query<Array<{ entry_id: string }>>(
        `SELECT entry_id FROM partner_offers WHERE location_id = $1 AND status = 'PENDING' ORDER BY entry_id`,
        [locationId],
      )
    ).map((row) => row.entry_id);

  it('gives each school, in list order, to the first location that can take it, with the distance rule and the cooldown', async () => {
    const ds = t.dataSource;
    const service = t.app.get(WaitlistService);
    const near = await createSchools(ds, 4, { near: EINDHOVEN });
    const far = await createSchools(ds, 2, { near: AMSTERDAM, province: Province.NOORD_HOLLAND });
    // List order: B (priority 5), C (Amsterdam, longest waiting), A, D, E; F (Amsterdam) last.
    const [a, b, d, e] = await join(near, [
      { priority: 0, minutesAgo: 50 },
      { priority: 5, minutesAgo: 10 },
      { priority: 0, minutesAgo: 40 },
      { priority: 0, minutesAgo: 20 },
    ]);
    const [c, f] = await join(far, [
      { priority: 0, minutesAgo: 60 },
      { priority: 0, minutesAgo: 5 },
    ]);
    const { location: l1 } = await CompanyFactory.create(ds, {}, { ...EINDHOVEN });
    const { location: l2 } = await CompanyFactory.create(ds, {}, { ...EINDHOVEN });
    const { location: l3 } = await CompanyFactory.create(ds, {}, { ...AMSTERDAM, city: 'Amsterdam' });
    // C declined an offer of L3 last month: not offered L3 again for a year.
    await service.setCapacity(coordinator, l3.id, Programme.JET_NET, 0);
    await ds.query(
      `INSERT INTO partner_offers (entry_id, location_id, programme, status, created_at, expires_at, decided_at)
       VALUES ($1, $2, 'JET_NET', 'DECLINED', now() - interval '40 days', now() - interval '26 days',
               now() - interval '30 days')`,
      [c.entryId, l3.id],
    );
    // Requests in this order; no worker runs, so they wait for the job below.
    await service.setCapacity(coordinator, l1.id, Programme.JET_NET, 2);
    await service.setCapacity(coordinator, l2.id, Programme.JET_NET, 1);
    await service.setCapacity(coordinator, l3.id, Programme.JET_NET, 1);
    const [{ requested }] = await ds.query<Array<{ requested: number }>>(
      `SELECT count(*)::int AS requested FROM partner_capacity WHERE offers_requested_at IS NOT NULL`,
    );
    expect(requested).toBe(3);

    expect(await t.app.get(PartnerOfferService).offerFreeSlots(Programme.JET_NET)).toBe(4);

    expect(await pendingAt(l1.id)).toEqual([b.entryId, a.entryId].sort());
    expect(await pendingAt(l2.id)).toEqual([d.entryId]);
    expect(await pendingAt(l3.id)).toEqual([f.entryId]);
    const statuses = new Map(
      (await ds.query<Array<{ id: string; status: string }>>(`SELECT id, status FROM waitlist_entries`)).map(
        (row) => [row.id, row.status],
      ),
    );
    expect(statuses.get(c.entryId)).toBe('WAITING'); // too far from L1 and L2, L3 in its cooldown
    expect(statuses.get(e.entryId)).toBe('WAITING'); // after A and D in the list; no slot left near it
    // Every offer has its event, its notification and its expiry and reminder jobs; the requests are done.
    const [counts] = await ds.query<Array<Record<string, number>>>(
      `SELECT (SELECT count(*) FROM waitlist_events WHERE kind = 'OFFERED')::int AS events,
              (SELECT count(*) FROM notifications WHERE kind = 'WAITLIST_OFFER'
                 AND user_id = ANY($1::uuid[]))::int AS notified,
              (SELECT count(*) FROM partner_capacity WHERE offers_requested_at IS NOT NULL)::int AS requested`,
      [[a, b, d, f].map((x) => x.teacherId)],
    );
    expect(counts).toEqual({ events: 4, notified: 4, requested: 0 });
    const delayed = await t.app.get(JobProducer).queueFor(JobName.WaitlistExpireOffer).getDelayed(0, -1);
    const offerIds = (
      await ds.query<Array<{ id: string }>>(`SELECT id FROM partner_offers WHERE status = 'PENDING'`)
    ).map((row) => row.id);
    for (const name of [JobName.WaitlistExpireOffer, JobName.WaitlistRemindOffer]) {
      const scheduled = delayed
        .filter((job) => job.name === (name as string))
        .map((job) => (job.data as { offerId: string }).offerId);
      expect(scheduled.sort()).toEqual([...offerIds].sort());
    }
    expect(await invariantViolations(ds)).toEqual([]);

    // Run again: nothing is requested, nothing changes.
    expect(await t.app.get(PartnerOfferService).offerFreeSlots(Programme.JET_NET)).toBe(0);
  });

  it('leaves a request it cannot claim for later, and a job of the previous version still drains', async () => {
    const ds = t.dataSource;
    const service = t.app.get(WaitlistService);
    const [school] = await createSchools(ds, 1, { near: EINDHOVEN });
    const [entry] = await join([school], [{ priority: 100, minutesAgo: 1000 }]);
    const { location } = await CompanyFactory.create(ds, {}, { ...EINDHOVEN });
    await service.setCapacity(coordinator, location.id, Programme.JET_NET, 1);

    // Another transaction holds the capacity row: the job skips it instead of waiting, and the request stays.
    const runner = ds.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT 1 FROM partner_capacity WHERE location_id = $1 FOR NO KEY UPDATE`, [
        location.id,
      ]);
      expect(await t.app.get(PartnerOfferService).offerFreeSlots(Programme.JET_NET)).toBe(0);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await pendingAt(location.id)).toEqual([]);

    // A job queued before this version carries a location; it drains the programme all the same.
    const made = await t.app
      .get(WaitlistProcessor)
      .offerFreeSlots({ locationId: location.id, programme: Programme.JET_NET } as never);
    expect(made).toBe(1);
    expect(await pendingAt(location.id)).toEqual([entry.entryId]);
    expect(await invariantViolations(ds)).toEqual([]);
  });
});
