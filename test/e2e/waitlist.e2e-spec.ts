import type { INestApplicationContext } from '@nestjs/common';
import { EducationLevel, Province, Role } from '@app/core';
import { JobName } from '@app/queue';
import {
  CompanyFactory,
  errorCode,
  EINDHOVEN,
  createSchools,
  invariantViolations,
  userToken,
  waitFor,
} from '@app/testing';
import { JobDispatcher } from '../../apps/worker/src/job-dispatcher';
import { startTestApp, startTestWorker, type TestApp } from '../utils/test-app';

const ENTRY = `
  id status position priority joinedAt programme province expectedWait expectedWaitDays placedAt
  school { id }
  currentOffer { id status expiresAt location { id } }
  partner { id }
  events { at kind note actorRole actorId }`;

const MY_ENTRIES = `{ myWaitlistEntries { ${ENTRY} } }`;
const JOIN = `mutation($p: Programme!, $s: ID) { joinWaitlist(programme: $p, schoolId: $s) { ${ENTRY} } }`;
const SET_CAPACITY = `mutation($l: ID!, $p: Programme!, $s: Int!, $d: Float) {
  setPartnerCapacity(locationId: $l, programme: $p, slots: $s, partnerDistanceKm: $d) {
    slots used placed pending partnerDistanceKm programme location { id name } } }`;
const RESPOND = `mutation($o: ID!, $a: Boolean!) { respondToPartnerOffer(offerId: $o, accept: $a) { ${ENTRY} } }`;
const PRIORITIZE = `mutation($e: ID!, $p: Int!, $r: String!) {
  prioritizeWaitlistEntry(entryId: $e, priority: $p, reason: $r) { ${ENTRY} } }`;
const PLACE = `mutation($e: ID!, $l: ID!, $r: String!) {
  placeWaitlistEntry(entryId: $e, locationId: $l, reason: $r) { ${ENTRY} } }`;
const WITHDRAW = `mutation($e: ID!) { withdrawFromWaitlist(entryId: $e) { ${ENTRY} } }`;
const LIST = `query($p: Programme!, $v: Province, $s: [WaitlistStatus!]) {
  waitlist(programme: $p, province: $v, statuses: $s) { ${ENTRY} } }`;

interface Entry {
  id: string;
  status: string;
  position: number | null;
  priority: number;
  joinedAt: string;
  expectedWait: string;
  expectedWaitDays: number | null;
  currentOffer: { id: string; status: string; expiresAt: string; location: { id: string } } | null;
  partner: { id: string } | null;
  events: Array<{ kind: string; note: string | null; actorRole: string; actorId: string | null }>;
}

describe('waiting list: the whole flow, an offer expiring on the way', () => {
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

  it('offers a slot, lets it expire, offers it to the next school, which accepts', async () => {
    const { company, location } = await CompanyFactory.create(t.dataSource, {}, { ...EINDHOVEN });
    const [schoolA, schoolB] = await createSchools(t.dataSource, 2);
    const teacherA = await userToken(t.app, t.dataSource, Role.TEACHER, { schoolId: schoolA.id });
    const teacherB = await userToken(t.app, t.dataSource, Role.TEACHER, { schoolId: schoolB.id });
    const contact = await userToken(t.app, t.dataSource, Role.COMPANY, { companyId: company.id });

    const joinedA = await t.gql<{ joinWaitlist: Entry }>(JOIN, { p: 'JET_NET' }, teacherA.token);
    expect(joinedA.errors).toBeUndefined();
    const joinedB = await t.gql<{ joinWaitlist: Entry }>(JOIN, { p: 'JET_NET' }, teacherB.token);
    expect(joinedA.data?.joinWaitlist).toMatchObject({
      status: 'WAITING',
      position: 1,
      expectedWait: 'no estimate yet',
      expectedWaitDays: null,
    });
    expect(joinedB.data?.joinWaitlist).toMatchObject({ status: 'WAITING', position: 2 });
    const again = await t.gql<{ joinWaitlist: Entry }>(JOIN, { p: 'JET_NET' }, teacherA.token);
    expect(again.data?.joinWaitlist.id).toBe(joinedA.data?.joinWaitlist.id);

    const capacity = await t.gql(SET_CAPACITY, { l: location.id, p: 'JET_NET', s: 1 }, contact.token);
    expect(capacity.errors).toBeUndefined();
    expect(capacity.data?.setPartnerCapacity).toMatchObject({ slots: 1, partnerDistanceKm: 40 });

    // The first school gets the offer; then it expires and the slot goes to the next school.
    const offeredA = await waitFor('an offer for school A', async () => {
      const res = await t.gql<{ myWaitlistEntries: Entry[] }>(MY_ENTRIES, {}, teacherA.token);
      const entry = res.data?.myWaitlistEntries[0];
      return entry?.status === 'OFFERED' ? entry : null;
    });
    expect(offeredA.currentOffer).toMatchObject({ status: 'PENDING', location: { id: location.id } });
    expect(offeredA.position).toBeNull();
    const expiresAt = new Date(offeredA.currentOffer!.expiresAt).getTime();
    expect(Math.abs(expiresAt - (Date.now() + 14 * 86_400_000))).toBeLessThan(60_000);
    // Its time runs out (set in the database, not waited for) and the expiry job runs, as BullMQ would run it.
    await t.dataSource.query(
      `UPDATE partner_offers SET created_at = created_at - interval '14 days', expires_at = now() - interval '1 second'
        WHERE id = $1`,
      [offeredA.currentOffer!.id],
    );
    expect(
      await worker
        .get(JobDispatcher)
        .run(JobName.WaitlistExpireOffer, { offerIds: [offeredA.currentOffer!.id] }),
    ).toMatchObject({ expired: 1 });

    const offeredB = await waitFor('the slot to move on to school B', async () => {
      const res = await t.gql<{ myWaitlistEntries: Entry[] }>(MY_ENTRIES, {}, teacherB.token);
      const entry = res.data?.myWaitlistEntries[0];
      return entry?.status === 'OFFERED' ? entry : null;
    });
    const accepted = await t.gql<{ respondToPartnerOffer: Entry }>(
      RESPOND,
      { o: offeredB.currentOffer!.id, a: true },
      teacherB.token,
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.respondToPartnerOffer).toMatchObject({
      status: 'PLACED',
      partner: { id: location.id },
      currentOffer: null,
      position: null,
    });

    // School A kept its place: first of the waiting schools, joined_at unchanged, with the history of it all.
    const mineA = (await t.gql<{ myWaitlistEntries: Entry[] }>(MY_ENTRIES, {}, teacherA.token)).data!
      .myWaitlistEntries[0];
    expect(mineA).toMatchObject({
      status: 'WAITING',
      position: 1,
      joinedAt: joinedA.data?.joinWaitlist.joinedAt,
    });
    expect(mineA.events.map((e) => e.kind)).toEqual(['JOINED', 'OFFERED', 'OFFER_EXPIRED']);
    expect(mineA.events[2].actorRole).toBe('SYSTEM');
    // One placement in Noord-Brabant in the last twelve months: the first in line waits about a year.
    expect(mineA.expectedWaitDays).toBe(365);
    expect(mineA.expectedWait).toBe('about 12 months');

    const mineB = (await t.gql<{ myWaitlistEntries: Entry[] }>(MY_ENTRIES, {}, teacherB.token)).data!
      .myWaitlistEntries[0];
    expect(mineB.events.map((e) => e.kind)).toEqual(['JOINED', 'OFFERED', 'OFFER_ACCEPTED', 'PLACED']);
    expect(mineB.events[2]).toMatchObject({ actorRole: 'TEACHER', actorId: teacherB.user.id });

    const used = await t.gql(
      `query($l: ID!) { partnerCapacity(locationId: $l, programme: JET_NET) { slots used placed pending } }`,
      { l: location.id },
      contact.token,
    );
    expect(used.data?.partnerCapacity).toEqual({ slots: 1, used: 1, placed: 1, pending: 0 });

    // Notifications, stored in-app (and e-mailed by the worker).
    const kinds = async (userId: string) =>
      (
        await t.dataSource.query<Array<{ kind: string }>>(
          `SELECT kind FROM notifications WHERE user_id = $1 ORDER BY created_at`,
          [userId],
        )
      ).map((row) => row.kind);
    expect(await kinds(teacherA.user.id)).toEqual(['PARTNER_OFFER', 'PARTNER_OFFER_EXPIRED']);
    expect(await kinds(teacherB.user.id)).toEqual(['PARTNER_OFFER', 'PLACED']);
    expect(await kinds(contact.user.id)).toEqual(['PLACED']);
    await waitFor('the notification e-mails', async () => {
      const [row] = await t.dataSource.query<Array<{ unsent: number }>>(
        `SELECT count(*)::int AS unsent FROM notifications WHERE emailed_at IS NULL`,
      );
      return row.unsent === 0;
    });
    // The reminder is due a day before the 14 days are up: none is sent yet.
    expect(await kinds(teacherA.user.id)).not.toContain('PARTNER_OFFER_REMINDER');
    expect(await invariantViolations(t.dataSource)).toEqual([]);
  });
});

describe('waiting list: rules, coordinators and bad input', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let coordinator: { token: string; user: { id: string } };
  let area = 0;

  // Each test works in its own area, 55 km from the others, with a partner distance of 10 km, and in its own
  // province (positions are counted per programme and province).
  async function scenario(schools: number, levels = [EducationLevel.HAVO, EducationLevel.VWO]) {
    area += 1;
    const near = { lat: 50 + area * 0.5, lon: 4 };
    const province = Object.values(Province)[area - 1];
    const { company, location } = await CompanyFactory.create(t.dataSource, {}, near);
    const contact = await userToken(t.app, t.dataSource, Role.COMPANY, { companyId: company.id });
    const created = await createSchools(t.dataSource, schools, { near, levels, province });
    const teachers = [];
    for (const school of created) {
      teachers.push({
        school,
        ...(await userToken(t.app, t.dataSource, Role.TEACHER, { schoolId: school.id })),
      });
    }
    return { company, location, contact, teachers, near, province };
  }

  async function join(token: string, programme = 'JET_NET'): Promise<Entry> {
    const res = await t.gql<{ joinWaitlist: Entry }>(JOIN, { p: programme }, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.joinWaitlist;
  }

  async function mine(token: string): Promise<Entry> {
    const res = await t.gql<{ myWaitlistEntries: Entry[] }>(MY_ENTRIES, {}, token);
    return res.data!.myWaitlistEntries[0];
  }

  async function setCapacity(token: string, locationId: string, slots: number) {
    return t.gql(SET_CAPACITY, { l: locationId, p: 'JET_NET', s: slots, d: 10 }, token);
  }

  const counts = async () =>
    (
      await t.dataSource.query<Array<Record<string, number>>>(
        `SELECT (SELECT count(*) FROM waitlist_entries)::int AS entries,
                (SELECT count(*) FROM partner_offers)::int AS offers,
                (SELECT count(*) FROM partner_capacity)::int AS capacities,
                (SELECT count(*) FROM waitlist_events)::int AS events`,
      )
    )[0];

  beforeAll(async () => {
    t = await startTestApp({ WAITLIST_OFFER_TTL: '14d', WAITLIST_RECONCILE_EVERY: '0' });
    worker = await startTestWorker();
    coordinator = await userToken(t.app, t.dataSource, Role.COORDINATOR);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });
  afterEach(async () => {
    expect(await invariantViolations(t.dataSource)).toEqual([]);
  });

  it('joins idempotently, also when the same school joins many times at once', async () => {
    const { teachers } = await scenario(1);
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.gql<{ joinWaitlist: Entry }>(JOIN, { p: 'JET_NET' }, teachers[0].token),
      ),
    );
    const ids = new Set(results.map((res) => res.data?.joinWaitlist.id));
    expect(results.every((res) => res.errors === undefined)).toBe(true);
    expect(ids.size).toBe(1);
    const [row] = await t.dataSource.query<Array<{ n: number; events: number }>>(
      `SELECT count(DISTINCT e.id)::int AS n, count(v.id)::int AS events
         FROM waitlist_entries e LEFT JOIN waitlist_events v ON v.entry_id = e.id
        WHERE e.school_id = $1`,
      [teachers[0].school.id],
    );
    expect(row).toEqual({ n: 1, events: 1 });
  });

  it('orders by priority, then time of joining; coordinators see the list and the reasons', async () => {
    const { teachers, province } = await scenario(3);
    const entries: Entry[] = [];
    for (const teacher of teachers) entries.push(await join(teacher.token));
    expect(entries.map((e) => e.position)).toEqual([1, 2, 3]);
    const bumped = await t.gql<{ prioritizeWaitlistEntry: Entry }>(
      PRIORITIZE,
      { e: entries[2].id, p: 5, r: 'Geen enkel technisch bedrijf in de regio' },
      coordinator.token,
    );
    expect(bumped.errors).toBeUndefined();
    expect(bumped.data?.prioritizeWaitlistEntry).toMatchObject({ priority: 5, position: 1 });
    expect(bumped.data?.prioritizeWaitlistEntry.events.at(-1)).toMatchObject({
      kind: 'PRIORITY_CHANGED',
      actorRole: 'COORDINATOR',
      actorId: coordinator.user.id,
      note: 'Priority 0 → 5: Geen enkel technisch bedrijf in de regio',
    });
    expect((await mine(teachers[0].token)).position).toBe(2);
    const list = await t.gql<{ waitlist: Entry[] }>(LIST, { p: 'JET_NET', v: province }, coordinator.token);
    expect(list.data!.waitlist).toHaveLength(3);
    const ours = list.data!.waitlist;
    expect(ours.map((e) => [e.id, e.position])).toEqual([
      [entries[2].id, 1],
      [entries[0].id, 2],
      [entries[1].id, 3],
    ]);
    const forbidden = await t.gql(LIST, { p: 'JET_NET' }, teachers[0].token);
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
  });

  it('a decline keeps the place and the slot goes to the next school', async () => {
    const { location, contact, teachers } = await scenario(2);
    const first = await join(teachers[0].token);
    await join(teachers[1].token);
    expect((await setCapacity(contact.token, location.id, 1)).errors).toBeUndefined();
    const offered = await waitFor('the offer', async () => {
      const entry = await mine(teachers[0].token);
      return entry.status === 'OFFERED' ? entry : null;
    });
    const declined = await t.gql<{ respondToPartnerOffer: Entry }>(
      RESPOND,
      { o: offered.currentOffer!.id, a: false },
      teachers[0].token,
    );
    expect(declined.data?.respondToPartnerOffer).toMatchObject({
      status: 'WAITING',
      joinedAt: first.joinedAt,
    });
    await waitFor(
      'the offer to the next school',
      async () => (await mine(teachers[1].token)).status === 'OFFERED',
    );
    expect(await mine(teachers[0].token)).toMatchObject({ status: 'WAITING', position: 1 });
  });

  it('withdrawing revokes the pending offer and the slot goes to the next school', async () => {
    const { location, contact, teachers } = await scenario(2);
    const first = await join(teachers[0].token);
    await join(teachers[1].token);
    await setCapacity(contact.token, location.id, 1);
    const offered = await waitFor('the offer', async () => {
      const entry = await mine(teachers[0].token);
      return entry.status === 'OFFERED' ? entry : null;
    });
    // Another school's teacher and the partner company may not withdraw the entry; nothing changes.
    const state = async () => ({
      entry: await mine(teachers[0].token),
      counts: await counts(),
      offer: (
        await t.dataSource.query<Array<{ status: string }>>(
          `SELECT status FROM partner_offers WHERE id = $1`,
          [offered.currentOffer!.id],
        )
      )[0],
    });
    const before = await state();
    expect(before.entry.status).toBe('OFFERED');
    for (const token of [teachers[1].token, contact.token]) {
      expect(errorCode(await t.gql(WITHDRAW, { e: first.id }, token))).toBe('FORBIDDEN');
    }
    expect(await state()).toEqual(before);

    const withdrawn = await t.gql<{ withdrawFromWaitlist: Entry }>(
      WITHDRAW,
      { e: first.id },
      teachers[0].token,
    );
    expect(withdrawn.data?.withdrawFromWaitlist).toMatchObject({ status: 'WITHDRAWN', currentOffer: null });
    const [stored] = await t.dataSource.query<Array<{ status: string }>>(
      `SELECT status FROM waitlist_entries WHERE id = $1`,
      [first.id],
    );
    expect(stored.status).toBe('WITHDRAWN');
    const [offer] = await t.dataSource.query<Array<{ status: string }>>(
      `SELECT status FROM partner_offers WHERE id = $1`,
      [offered.currentOffer!.id],
    );
    expect(offer.status).toBe('REVOKED');
    await waitFor(
      'the offer to the next school',
      async () => (await mine(teachers[1].token)).status === 'OFFERED',
    );
    // Joining again later makes a new entry at the end of the list.
    const rejoined = await join(teachers[0].token);
    expect(rejoined.id).not.toBe(first.id);
  });

  it('lowering capacity revokes pending offers newest first and never removes a placed school', async () => {
    const { location, contact, teachers } = await scenario(4);
    for (const teacher of teachers) await join(teacher.token);
    await setCapacity(contact.token, location.id, 3);
    const offered = await waitFor('three offers', async () => {
      const entries = await Promise.all(teachers.slice(0, 3).map((teacher) => mine(teacher.token)));
      return entries.every((e) => e.status === 'OFFERED') ? entries : null;
    });
    // 3 → 2: the newest offer (the last school in line) is revoked.
    await setCapacity(contact.token, location.id, 2);
    expect((await mine(teachers[2].token)).status).toBe('WAITING');
    expect((await mine(teachers[1].token)).status).toBe('OFFERED');
    await t.gql(RESPOND, { o: offered[0].currentOffer!.id, a: true }, teachers[0].token);
    const lowered = await setCapacity(contact.token, location.id, 0);
    expect(lowered.errors).toBeUndefined();
    expect(lowered.data?.setPartnerCapacity).toMatchObject({ slots: 0, used: 1, placed: 1, pending: 0 });
    expect(await mine(teachers[0].token)).toMatchObject({ status: 'PLACED', partner: { id: location.id } });
    for (const teacher of teachers.slice(1, 3)) {
      const entry = await mine(teacher.token);
      expect(entry.status).toBe('WAITING');
      expect(entry.events.at(-1)).toMatchObject({ kind: 'OFFER_REVOKED', actorRole: 'COMPANY' });
    }
    // Back to 2 slots: one placed, so one new offer, to the first in line (a revoked offer is no "no").
    await setCapacity(contact.token, location.id, 2);
    await waitFor('one new offer', async () => (await mine(teachers[1].token)).status === 'OFFERED');
    expect((await mine(teachers[2].token)).status).toBe('WAITING');
    expect((await mine(teachers[3].token)).status).toBe('WAITING');
  });

  it('a coordinator places a school by hand within capacity, with a reason', async () => {
    const { location, contact, teachers } = await scenario(3);
    const entries: Entry[] = [];
    for (const teacher of teachers) entries.push(await join(teacher.token));
    await setCapacity(contact.token, location.id, 1);
    await waitFor('the offer', async () => (await mine(teachers[0].token)).status === 'OFFERED');
    // Full: the one slot is held by the pending offer of the first school.
    const before = await counts();
    const full = await t.gql(PLACE, { e: entries[2].id, l: location.id, r: 'Dringend' }, coordinator.token);
    expect(errorCode(full)).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
    expect((await mine(teachers[2].token)).status).toBe('WAITING');
    // Placing the offered school there uses its own offer.
    const placed = await t.gql<{ placeWaitlistEntry: Entry }>(
      PLACE,
      { e: entries[0].id, l: location.id, r: 'Afgesproken met de school' },
      coordinator.token,
    );
    expect(placed.data?.placeWaitlistEntry).toMatchObject({ status: 'PLACED', partner: { id: location.id } });
    expect(placed.data?.placeWaitlistEntry.events.at(-1)).toMatchObject({
      kind: 'PLACED',
      note: 'Afgesproken met de school',
      actorRole: 'COORDINATOR',
    });
    await setCapacity(contact.token, location.id, 2);
    await waitFor('the next offer', async () => (await mine(teachers[1].token)).status === 'OFFERED');
    const again = await t.gql(PLACE, { e: entries[0].id, l: location.id, r: 'Nog eens' }, coordinator.token);
    expect(errorCode(again)).toBe('CONFLICT');
  });

  describe('bad input, as a new user would try it: a clear code and nothing changed', () => {
    it('joining for another school, or an ineligible programme', async () => {
      const { teachers, contact } = await scenario(2);
      const [primary] = await createSchools(t.dataSource, 1, {
        levels: [EducationLevel.PO_MIDDENBOUW, EducationLevel.PO_BOVENBOUW],
      });
      const primaryTeacher = await userToken(t.app, t.dataSource, Role.TEACHER, { schoolId: primary.id });
      const before = await counts();
      const other = await t.gql(JOIN, { p: 'JET_NET', s: teachers[1].school.id }, teachers[0].token);
      expect(errorCode(other)).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(JOIN, { p: 'VHTO' }, teachers[0].token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await t.gql(JOIN, { p: 'JET_NET_JUNIOR' }, teachers[0].token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await t.gql(JOIN, { p: 'JET_NET' }, primaryTeacher.token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await t.gql(JOIN, { p: 'JET_NET' }, contact.token))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(JOIN, { p: 'JET_NET' }))).toBe('UNAUTHENTICATED');
      expect(await counts()).toEqual(before);
      // The primary school may join Jet-Net Junior.
      expect((await join(primaryTeacher.token, 'JET_NET_JUNIOR')).status).toBe('WAITING');
    });

    it('negative, absurd or foreign capacity', async () => {
      const { location, contact } = await scenario(0);
      const { location: foreign } = await CompanyFactory.create(t.dataSource, {}, { lat: 60, lon: 4 });
      const before = await counts();
      for (const slots of [-1, 51, 1000, 2147483647]) {
        expect(errorCode(await setCapacity(contact.token, location.id, slots))).toBe('BAD_USER_INPUT');
      }
      const outOfRange = await t.gql(SET_CAPACITY, { l: location.id, p: 'JET_NET', s: 1e12 }, contact.token);
      expect(errorCode(outOfRange)).toBe('BAD_USER_INPUT');
      const vhto = await t.gql(SET_CAPACITY, { l: location.id, p: 'VHTO', s: 2 }, contact.token);
      expect(errorCode(vhto)).toBe('BAD_USER_INPUT');
      const far = await t.gql(SET_CAPACITY, { l: location.id, p: 'JET_NET', s: 2, d: 5000 }, contact.token);
      expect(errorCode(far)).toBe('BAD_USER_INPUT');
      expect(errorCode(await setCapacity(contact.token, foreign.id, 2))).toBe('FORBIDDEN');
      const missing = await setCapacity(contact.token, '00000000-0000-4000-8000-000000000000', 2);
      expect(errorCode(missing)).toBe('NOT_FOUND');
      expect(await counts()).toEqual(before);
      // A valid change still works, and an absurd one afterwards leaves it as it was.
      expect((await setCapacity(contact.token, location.id, 2)).errors).toBeUndefined();
      expect(errorCode(await setCapacity(contact.token, location.id, 51))).toBe('BAD_USER_INPUT');
      const [row] = await t.dataSource.query<Array<{ slots: number }>>(
        `SELECT slots FROM partner_capacity WHERE location_id = $1`,
        [location.id],
      );
      expect(row.slots).toBe(2);
    });

    it("answering another school's offer, or an expired one", async () => {
      const { location, contact, teachers } = await scenario(2);
      await join(teachers[0].token);
      await join(teachers[1].token);
      await setCapacity(contact.token, location.id, 1);
      const offered = await waitFor('the offer', async () => {
        const entry = await mine(teachers[0].token);
        return entry.status === 'OFFERED' ? entry : null;
      });
      const offerId = offered.currentOffer!.id;
      const before = await counts();
      const foreign = await t.gql(RESPOND, { o: offerId, a: true }, teachers[1].token);
      expect(errorCode(foreign)).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(RESPOND, { o: offerId, a: true }, contact.token))).toBe('FORBIDDEN');
      const unknown = await t.gql(RESPOND, { o: 'no-such-offer', a: true }, teachers[0].token);
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      expect(await counts()).toEqual(before);
      expect((await mine(teachers[0].token)).status).toBe('OFFERED');

      // Its time is up but the expiry job has not run yet: still refused, and nothing changes.
      await t.dataSource.query(
        `UPDATE partner_offers SET created_at = now() - interval '15 days', expires_at = now() - interval '1 day'
          WHERE id = $1`,
        [offerId],
      );
      const late = await t.gql(RESPOND, { o: offerId, a: true }, teachers[0].token);
      expect(errorCode(late)).toBe('CONFLICT');
      expect(await counts()).toEqual(before);
      const [offer] = await t.dataSource.query<Array<{ status: string }>>(
        `SELECT status FROM partner_offers WHERE id = $1`,
        [offerId],
      );
      expect(offer.status).toBe('PENDING');
    });

    it('an empty reason, a wrong priority, or a teacher using coordinator tools', async () => {
      const { location, contact, teachers } = await scenario(1);
      const entry = await join(teachers[0].token);
      await setCapacity(contact.token, location.id, 0);
      const before = await counts();
      for (const reason of ['', '   ']) {
        const prio = await t.gql(PRIORITIZE, { e: entry.id, p: 3, r: reason }, coordinator.token);
        expect(errorCode(prio)).toBe('BAD_USER_INPUT');
        const place = await t.gql(PLACE, { e: entry.id, l: location.id, r: reason }, coordinator.token);
        expect(errorCode(place)).toBe('BAD_USER_INPUT');
      }
      expect(errorCode(await t.gql(PRIORITIZE, { e: entry.id, p: 1000, r: 'x' }, coordinator.token))).toBe(
        'BAD_USER_INPUT',
      );
      expect(errorCode(await t.gql(PRIORITIZE, { e: entry.id, p: 3, r: 'x' }, teachers[0].token))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await t.gql(PLACE, { e: entry.id, l: location.id, r: 'x' }, teachers[0].token))).toBe(
        'FORBIDDEN',
      );
      // Beyond capacity: the location takes no schools at all now.
      expect(errorCode(await t.gql(PLACE, { e: entry.id, l: location.id, r: 'x' }, coordinator.token))).toBe(
        'CONFLICT',
      );
      expect(await counts()).toEqual(before);
      expect(await mine(teachers[0].token)).toMatchObject({ status: 'WAITING', priority: 0 });
    });
  });
});
