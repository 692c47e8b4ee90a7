import { Programme, Province, Role, type Actor } from '@app/core';
import { MAILS_IN_FLIGHT, Mailer, NotificationService, type OutgoingMail } from '@app/notifications';
import { JobName, JobProducer } from '@app/queue';
import {
  CompanyFactory,
  EINDHOVEN,
  createSchools,
  invariantViolations,
  userToken,
  waitFor,
} from '@app/testing';
import {
  OfferMakingService,
  PartnerCapacityService,
  PlacementService,
  WaitlistProcessor,
} from '@app/waitlist';
import { startTestApp, type TestApp } from '../utils/test-app';

const AMSTERDAM = { lat: 52.37, lon: 4.9 };

// No worker runs here: the suite calls the offer job itself, so that it sees exactly one drain.
describe('waiting list: offers made in one batch over several locations', () => {
  let t: TestApp;
  let coordinator: Actor;

  beforeAll(async () => {
    t = await startTestApp({ WAITLIST_OFFER_TTL: '14d', WAITLIST_RECONCILE_EVERY: '0' });
    ({ actor: coordinator } = await userToken(t.app, t.dataSource, Role.COORDINATOR));
  });
  afterAll(async () => {
    await t?.close();
  });

  // The delayed jobs of the waiting-list queue, once the expiry and the reminder job of offer `offerId` are among
  // them (they reach Redis through the job outbox, a moment after the commit that made them).
  const delayedJobsWith = (offerId: string) =>
    waitFor('the expiry and reminder jobs in Redis', async () => {
      const jobs = await t.app.get(JobProducer).queueFor(JobName.WaitlistExpireOffer).getDelayed(0, -1);
      const has = (name: JobName) =>
        jobs.some(
          (job) =>
            job.name === (name as string) && (job.data as { offerIds: string[] }).offerIds.includes(offerId),
        );
      return has(JobName.WaitlistExpireOffer) && has(JobName.WaitlistRemindOffer) && jobs;
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
    const service = t.app.get(PartnerCapacityService);
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

    expect(await t.app.get(OfferMakingService).offerFreeSlots(Programme.JET_NET)).toBe(4);

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
              (SELECT count(*) FROM notifications WHERE kind = 'PARTNER_OFFER'
                 AND user_id = ANY($1::uuid[]))::int AS notified,
              (SELECT count(*) FROM partner_capacity WHERE offers_requested_at IS NOT NULL)::int AS requested`,
      [[a, b, d, f].map((x) => x.teacherId)],
    );
    expect(counts).toEqual({ events: 4, notified: 4, requested: 0 });
    const offerIds = (
      await ds.query<Array<{ id: string }>>(`SELECT id FROM partner_offers WHERE status = 'PENDING'`)
    ).map((row) => row.id);
    const delayed = await delayedJobsWith(offerIds[0]);
    // One expiry job and one reminder job for the whole batch, each listing every offer of it.
    for (const name of [JobName.WaitlistExpireOffer, JobName.WaitlistRemindOffer]) {
      const scheduled = delayed.filter((job) => job.name === (name as string));
      expect(scheduled).toHaveLength(1);
      expect([...(scheduled[0].data as { offerIds: string[] }).offerIds].sort()).toEqual(
        [...offerIds].sort(),
      );
    }
    expect(await invariantViolations(ds)).toEqual([]);

    // Run again: nothing is requested, nothing changes.
    expect(await t.app.get(OfferMakingService).offerFreeSlots(Programme.JET_NET)).toBe(0);
  });

  it('leaves a request it cannot claim for later, and a job of the previous version still drains', async () => {
    const ds = t.dataSource;
    const service = t.app.get(PartnerCapacityService);
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
      expect(await t.app.get(OfferMakingService).offerFreeSlots(Programme.JET_NET)).toBe(0);
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

  it("expires a batch's offers with its one job, and leaves alone an offer accepted before it runs", async () => {
    const ds = t.dataSource;
    const service = t.app.get(PartnerCapacityService);
    const processor = t.app.get(WaitlistProcessor);
    const GRONINGEN = { lat: 53.22, lon: 6.57 };
    const schools = await createSchools(ds, 3, { near: GRONINGEN, province: Province.GRONINGEN });
    const joined = await join(schools, [
      { priority: 0, minutesAgo: 30 },
      { priority: 0, minutesAgo: 20 },
      { priority: 0, minutesAgo: 10 },
    ]);
    const { location } = await CompanyFactory.create(ds, {}, { ...GRONINGEN, city: 'Groningen' });
    await service.setCapacity(coordinator, location.id, Programme.JET_NET, 3);
    expect(await t.app.get(OfferMakingService).offerFreeSlots(Programme.JET_NET)).toBe(3);
    const offers = await ds.query<Array<{ id: string; entry_id: string }>>(
      `SELECT id, entry_id FROM partner_offers WHERE location_id = $1 AND status = 'PENDING'`,
      [location.id],
    );
    expect(offers).toHaveLength(3);
    const ids = offers.map((offer) => offer.id).sort();
    const delayed = await delayedJobsWith(ids[0]);
    const jobOf = (name: JobName) => {
      const jobs = delayed.filter(
        (job) =>
          job.name === (name as string) && (job.data as { offerIds: string[] }).offerIds.includes(ids[0]),
      );
      expect(jobs).toHaveLength(1);
      return jobs[0].data as { offerIds: string[] };
    };
    const expiry = jobOf(JobName.WaitlistExpireOffer);
    const reminder = jobOf(JobName.WaitlistRemindOffer);
    expect([...expiry.offerIds].sort()).toEqual(ids);
    expect([...reminder.offerIds].sort()).toEqual(ids);

    // The reminder job reminds all three once; run again (a retry), it sends nothing.
    expect(await processor.remindOffers(reminder)).toBe(3);
    expect(await processor.remindOffers(reminder)).toBe(0);

    // The first school accepts; then the TTL is up for all three and the expiry job runs.
    const first = offers.find((offer) => offer.entry_id === joined[0].entryId)!;
    const teacher: Actor = {
      userId: joined[0].teacherId,
      role: Role.TEACHER,
      schoolId: schools[0].id,
      companyId: null,
      emailVerified: true,
      schoolVerified: true,
      provinces: [],
      programmes: [],
    };
    await t.app.get(PlacementService).respond(teacher, first.id, true);
    await ds.query(
      `UPDATE partner_offers SET created_at = now() - interval '15 days', expires_at = now() - interval '1 day'
        WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    expect(await processor.expireOffers(expiry)).toEqual({ expired: 2, skipped: 1, notDue: 0 });
    const statuses = await ds.query<Array<{ id: string; status: string }>>(
      `SELECT id, status FROM partner_offers WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    for (const row of statuses) expect(row.status).toBe(row.id === first.id ? 'ACCEPTED' : 'EXPIRED');
    const entries = await ds.query<Array<{ id: string; status: string }>>(
      `SELECT id, status FROM waitlist_entries WHERE id = ANY($1::uuid[])`,
      [joined.map((j) => j.entryId)],
    );
    for (const row of entries) expect(row.status).toBe(row.id === joined[0].entryId ? 'PLACED' : 'WAITING');
    // A retry of the job finds nothing left to do.
    expect(await processor.expireOffers(expiry)).toEqual({ expired: 0, skipped: 3, notDue: 0 });
    // A job of the previous version (one offer id) still runs.
    expect(await processor.expireOffers({ offerId: first.id })).toEqual({
      expired: 0,
      skipped: 1,
      notDue: 0,
    });
    expect(await invariantViolations(ds)).toEqual([]);
  });

  it('e-mails a chunk of notifications: one failing address does not stop the others, and the retry sends only it', async () => {
    const ds = t.dataSource;
    const users = await Promise.all([1, 2, 3].map(() => userToken(t.app, ds, Role.COORDINATOR)));
    const rows = await ds.query<Array<{ id: string }>>(
      `INSERT INTO notifications (user_id, kind, subject, body)
       SELECT unnest($1::uuid[]), 'TEST_CHUNK', 'Onderwerp', 'Tekst' RETURNING id`,
      [users.map((u) => u.user.id)],
    );
    const ids = rows.map((row) => row.id);
    const failing = users[1].user.email;
    const mailer = t.app.get(Mailer);
    const original = mailer.send.bind(mailer);
    const sent: string[] = [];
    let down = true;
    mailer.send = (mail: OutgoingMail) => {
      if (down && mail.to === failing) return Promise.reject(new Error('mailbox unavailable'));
      sent.push(mail.to);
      return Promise.resolve();
    };
    const emailed = async () =>
      (
        await ds.query<Array<{ id: string }>>(
          `SELECT id FROM notifications WHERE id = ANY($1::uuid[]) AND emailed_at IS NOT NULL`,
          [ids],
        )
      )
        .map((row) => row.id)
        .sort();
    try {
      const notifications = t.app.get(NotificationService);
      await expect(notifications.deliver({ notificationIds: ids })).rejects.toThrow(/1 of 3 e-mails failed/);
      expect(sent.sort()).toEqual([users[0].user.email, users[2].user.email].sort());
      expect(await emailed()).toEqual([ids[0], ids[2]].sort());
      // The retry: only the failed one is sent.
      down = false;
      sent.length = 0;
      expect(await notifications.deliver({ notificationIds: ids })).toBe('sent');
      expect(sent).toEqual([failing]);
      expect(await emailed()).toEqual([...ids].sort());
      expect(await notifications.deliver({ notificationIds: ids })).toBe('skipped');
      expect(sent).toEqual([failing]);
    } finally {
      mailer.send = original;
    }
  });
  it('e-mails a chunk larger than the mails in flight, each once, and marks every one of them', async () => {
    const ds = t.dataSource;
    const { user } = await userToken(t.app, ds, Role.COORDINATOR);
    const count = 2 * MAILS_IN_FLIGHT + 3;
    const rows = await ds.query<Array<{ id: string }>>(
      `INSERT INTO notifications (user_id, kind, subject, body)
       SELECT $1, 'TEST_GROUPS', 'Onderwerp ' || n, 'Tekst' FROM generate_series(1, $2::int) n RETURNING id`,
      [user.id, count],
    );
    const mailer = t.app.get(Mailer);
    const original = mailer.send.bind(mailer);
    const subjects: string[] = [];
    let inFlight = 0;
    let most = 0;
    mailer.send = async (mail: OutgoingMail) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      subjects.push(mail.subject);
      inFlight -= 1;
    };
    try {
      const notifications = t.app.get(NotificationService);
      expect(await notifications.deliver({ notificationIds: rows.map((row) => row.id) })).toBe('sent');
      expect(new Set(subjects).size).toBe(count);
      expect(subjects).toHaveLength(count);
      expect(most).toBe(MAILS_IN_FLIGHT);
      const [{ n }] = await ds.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM notifications WHERE kind = 'TEST_GROUPS' AND emailed_at IS NOT NULL`,
      );
      expect(n).toBe(count);
    } finally {
      mailer.send = original;
    }
  });
});
