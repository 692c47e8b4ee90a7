import { EducationLevel, Programme, Province, Role } from '@app/core';
import { CompanyFactory, createSchools, userToken, type GraphQLResponse } from '@app/testing';
import { OfferMakingService } from '@app/waitlist';
import { startTestApp, type TestApp } from '../utils/test-app';

// A client tells the waiting list's refusals apart by `extensions.reason`, beside the transport code. No worker
// runs here: the offers are made by calling the offer job's service, so that each step is deterministic.

const FIELDS = `id status`;
const JOIN = `mutation($p: Programme!) { joinWaitlist(programme: $p) { ${FIELDS} } }`;
const WITHDRAW = `mutation($e: ID!) { withdrawFromWaitlist(entryId: $e) { ${FIELDS} } }`;
const RESPOND = `mutation($o: ID!, $a: Boolean!) { respondToPartnerOffer(offerId: $o, accept: $a) { ${FIELDS} } }`;
const PLACE = `mutation($e: ID!, $l: ID!) { placeWaitlistEntry(entryId: $e, locationId: $l, reason: "Met de hand") {
  ${FIELDS} } }`;
const PRIORITIZE = `mutation($e: ID!) { prioritizeWaitlistEntry(entryId: $e, priority: 3, reason: "Voorrang") {
  ${FIELDS} } }`;
const SET_CAPACITY = `mutation($l: ID!, $s: Int!) {
  setPartnerCapacity(locationId: $l, programme: JET_NET, slots: $s) { slots placed pending } }`;

const refusal = (res: GraphQLResponse<unknown>) => ({
  code: res.errors?.[0]?.extensions?.code,
  reason: res.errors?.[0]?.extensions?.reason,
});

describe('waiting list: refusals carry a domain reason', () => {
  let t: TestApp;
  let coordinator: string;

  beforeAll(async () => {
    t = await startTestApp({ WAITLIST_OFFER_TTL: '14d', WAITLIST_RECONCILE_EVERY: '0' });
    coordinator = (await userToken(t.app, t.dataSource, Role.COORDINATOR)).token;
  });
  afterAll(async () => {
    await t?.close();
  });

  const near = { lat: 52.99, lon: 6.55 };
  const teacherOf = async (schoolId: string) =>
    (await userToken(t.app, t.dataSource, Role.TEACHER, { schoolId })).token;
  const statusOf = async (table: 'waitlist_entries' | 'partner_offers', id: string) =>
    (
      await t.dataSource.query<Array<{ status: string }>>(`SELECT status FROM ${table} WHERE id = $1`, [id])
    )[0].status;
  const pendingOffer = async (entryId: string) =>
    (
      await t.dataSource.query<Array<{ id: string }>>(
        `SELECT id FROM partner_offers WHERE entry_id = $1 AND status = 'PENDING'`,
        [entryId],
      )
    )[0]?.id;
  const makeOffers = () => t.app.get(OfferMakingService).offerFreeSlots(Programme.JET_NET);

  it('tells a programme without a list, an ineligible school and another school apart', async () => {
    const [havo] = await createSchools(t.dataSource, 1, { near, province: Province.DRENTHE });
    const [primary] = await createSchools(t.dataSource, 1, {
      near,
      province: Province.DRENTHE,
      levels: [EducationLevel.PO_BOVENBOUW],
    });
    const [other] = await createSchools(t.dataSource, 1, { near, province: Province.DRENTHE });
    const teacher = await teacherOf(havo.id);

    expect(refusal(await t.gql(JOIN, { p: 'VHTO' }, teacher))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'NO_WAITING_LIST',
    });
    expect(refusal(await t.gql(JOIN, { p: 'JET_NET' }, await teacherOf(primary.id)))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_ELIGIBLE_FOR_PROGRAMME',
    });
    const joined = await t.gql<{ joinWaitlist: { id: string } }>(JOIN, { p: 'JET_NET' }, teacher);
    const entryId = joined.data!.joinWaitlist.id;
    expect(refusal(await t.gql(WITHDRAW, { e: entryId }, await teacherOf(other.id)))).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_YOUR_SCHOOL',
    });
    expect(await statusOf('waitlist_entries', entryId)).toBe('WAITING');
    const count = await t.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM waitlist_entries WHERE school_id = ANY($1::uuid[])`,
      [[primary.id, other.id]],
    );
    expect(count[0].n).toBe(0);
  });

  it('tells an expired offer, an answered one, a full location and a placed or withdrawn school apart', async () => {
    // Far from the first test's school (partner distance 40 km), which would otherwise be first in line.
    const zeeland = { lat: 51.5, lon: 3.6 };
    const schools = await createSchools(t.dataSource, 3, { near: zeeland, province: Province.ZEELAND });
    const teachers = await Promise.all(schools.map((school) => teacherOf(school.id)));
    const entries: string[] = [];
    for (const teacher of teachers) {
      const res = await t.gql<{ joinWaitlist: { id: string } }>(JOIN, { p: 'JET_NET' }, teacher);
      entries.push(res.data!.joinWaitlist.id);
    }
    const [a, b, c] = entries;
    const { company, location } = await CompanyFactory.create(t.dataSource, {}, zeeland);
    const contact = (await userToken(t.app, t.dataSource, Role.COMPANY, { companyId: company.id })).token;

    // No capacity at the location yet.
    expect(refusal(await t.gql(PLACE, { e: a, l: location.id }, coordinator))).toEqual({
      code: 'CONFLICT',
      reason: 'NO_PARTNER_CAPACITY',
    });
    expect((await t.gql(SET_CAPACITY, { l: location.id, s: 1 }, contact)).errors).toBeUndefined();
    expect(await makeOffers()).toBe(1);
    const offerToA = await pendingOffer(a);
    expect(offerToA).toBeDefined();

    // The one slot is held by the offer to A.
    expect(refusal(await t.gql(PLACE, { e: b, l: location.id }, coordinator))).toEqual({
      code: 'CONFLICT',
      reason: 'CAPACITY_FULL',
    });
    expect(await statusOf('waitlist_entries', b)).toBe('WAITING');

    // A declines; answering again is refused, and the slot goes to B.
    expect((await t.gql(RESPOND, { o: offerToA, a: false }, teachers[0])).errors).toBeUndefined();
    expect(refusal(await t.gql(RESPOND, { o: offerToA, a: true }, teachers[0]))).toEqual({
      code: 'CONFLICT',
      reason: 'OFFER_ALREADY_ANSWERED',
    });
    expect(await statusOf('partner_offers', offerToA)).toBe('DECLINED');
    expect(await makeOffers()).toBe(1);
    const offerToB = await pendingOffer(b);

    // B's offer runs out before B answers; the expiry job has not run yet.
    await t.dataSource.query(
      `UPDATE partner_offers SET created_at = now() - interval '15 days', expires_at = now() - interval '1 day'
        WHERE id = $1`,
      [offerToB],
    );
    expect(refusal(await t.gql(RESPOND, { o: offerToB, a: true }, teachers[1]))).toEqual({
      code: 'CONFLICT',
      reason: 'OFFER_EXPIRED',
    });
    expect(await statusOf('waitlist_entries', b)).toBe('OFFERED');

    // A second slot: the coordinator places C, who then cannot leave the list nor be placed again.
    expect((await t.gql(SET_CAPACITY, { l: location.id, s: 2 }, contact)).errors).toBeUndefined();
    expect((await t.gql(PLACE, { e: c, l: location.id }, coordinator)).errors).toBeUndefined();
    expect(refusal(await t.gql(WITHDRAW, { e: c }, teachers[2]))).toEqual({
      code: 'CONFLICT',
      reason: 'ALREADY_PLACED',
    });
    expect(refusal(await t.gql(PRIORITIZE, { e: c }, coordinator))).toEqual({
      code: 'CONFLICT',
      reason: 'ALREADY_PLACED',
    });
    expect(await statusOf('waitlist_entries', c)).toBe('PLACED');

    // A leaves the list; placing A afterwards is refused.
    expect((await t.gql(WITHDRAW, { e: a }, teachers[0])).errors).toBeUndefined();
    expect(refusal(await t.gql(PLACE, { e: a, l: location.id }, coordinator))).toEqual({
      code: 'CONFLICT',
      reason: 'LEFT_WAITING_LIST',
    });
    expect(await statusOf('waitlist_entries', a)).toBe('WITHDRAWN');
  });

  it('refuses partner capacity of a company that is not approved yet', async () => {
    const { company, location } = await CompanyFactory.create(
      t.dataSource,
      { approved: false, approvedAt: null },
      near,
    );
    const contact = (await userToken(t.app, t.dataSource, Role.COMPANY, { companyId: company.id })).token;
    expect(refusal(await t.gql(SET_CAPACITY, { l: location.id, s: 1 }, contact))).toEqual({
      code: 'FORBIDDEN',
      reason: 'COMPANY_NOT_APPROVED',
    });
    const rows = await t.dataSource.query(`SELECT 1 FROM partner_capacity WHERE location_id = $1`, [
      location.id,
    ]);
    expect(rows).toHaveLength(0);
  });
});
