import { randomUUID } from 'node:crypto';
import { Role } from '@app/core';
import { ActivityFactory, CompanyFactory, SchoolFactory, errorCode, errorReason } from '@app/testing';
import { startTestApp, type TestApp } from '../utils/test-app';
import { activityInput } from '../utils/inputs';

// Issue 14, failure 7: writes that committed while the client got no answer (the api was killed, the network
// dropped) were made twice when the client retried. With an idempotencyKey, the retry answers with the first result.

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const REQUEST_BOOKING = `mutation($i: RequestBookingInput!, $k: String) {
  requestBooking(input: $i, idempotencyKey: $k) { id status groupSize } }`;
const CREATE_ACTIVITY = `mutation($i: CreateActivityInput!, $k: String) {
  createActivity(input: $i, idempotencyKey: $k) { id title status } }`;
const CREATE_REQUEST = `mutation($i: CreateSchoolRequestInput!, $k: String) {
  createSchoolRequest(input: $i, idempotencyKey: $k) { id sessions } }`;
const CREATE_OFFER = `mutation($i: CreateSupplyOfferInput!, $k: String) {
  createSupplyOffer(input: $i, idempotencyKey: $k) { id sessions } }`;

describe('idempotency keys: a retried create mutation returns the first result', () => {
  let t: TestApp;
  let teacher: string;
  let otherTeacher: string;
  let company: string;
  let schoolId: string;
  let locationId: string;
  let activityId: string;

  const count = async (table: string) =>
    Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    schoolId = (await SchoolFactory.create(t.dataSource, { name: 'Het Baken' })).id;
    const made = await CompanyFactory.create(t.dataSource, { name: 'Zonnekracht BV' });
    locationId = made.location.id;
    activityId = (await ActivityFactory.create(t.dataSource, locationId)).id;
    teacher = await t.tokenFor(Role.TEACHER, { schoolId });
    otherTeacher = await t.tokenFor(Role.TEACHER, { schoolId });
    company = await t.tokenFor(Role.COMPANY, { companyId: made.company.id });
    // Starting the api on a busy machine can outlast the default.
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  // One date for every call: a retry sends the very same input.
  const preferredDate = inDays(20);
  const booking = (groupSize = 25) => ({ activityId, level: 'HAVO', groupSize, preferredDate });

  it('answers a retry of a booking whose answer was lost with the same booking, made once', async () => {
    const key = randomUUID();
    const before = await count('bookings');
    // The first call commits, but its client never reads the answer (the connection is dropped right away).
    const lost = new AbortController();
    const first = fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${teacher}` },
      body: JSON.stringify({ query: REQUEST_BOOKING, variables: { i: booking(), k: key } }),
      signal: lost.signal,
    }).catch(() => undefined);
    // Aborted once the request has been sent: whether it was committed or not, the client cannot tell.
    setTimeout(() => lost.abort(), 50);
    await first;
    // The client retries until it gets an answer; the api may still be working on the first call.
    const retry = await t.gql(REQUEST_BOOKING, { i: booking(), k: key }, teacher);
    expect(retry.errors).toBeUndefined();
    const again = await t.gql(REQUEST_BOOKING, { i: booking(), k: key }, teacher);
    expect(again.data?.requestBooking.id).toBe(retry.data?.requestBooking.id);
    expect(await count('bookings')).toBe(before + 1);
  });

  it('makes one booking for retries that arrive at the same time', async () => {
    const key = randomUUID();
    const before = await count('bookings');
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => t.gql(REQUEST_BOOKING, { i: booking(), k: key }, teacher)),
    );
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(new Set(answers.map((a) => a.data?.requestBooking.id)).size).toBe(1);
    expect(await count('bookings')).toBe(before + 1);
  });

  it('without a key, a retry makes a second booking (as before)', async () => {
    const before = await count('bookings');
    const a = await t.gql(REQUEST_BOOKING, { i: booking() }, teacher);
    const b = await t.gql(REQUEST_BOOKING, { i: booking() }, teacher);
    expect(a.data?.requestBooking.id).not.toBe(b.data?.requestBooking.id);
    expect(await count('bookings')).toBe(before + 2);
  });

  it('refuses the same key with another input, or for another operation, with CONFLICT', async () => {
    const key = randomUUID();
    const before = await count('bookings');
    expect((await t.gql(REQUEST_BOOKING, { i: booking(25), k: key }, teacher)).errors).toBeUndefined();
    const other = await t.gql(REQUEST_BOOKING, { i: booking(12), k: key }, teacher);
    expect(errorCode(other)).toBe('CONFLICT');
    expect(errorReason(other)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.errors?.[0]?.extensions?.field).toBe('idempotencyKey');
    const elsewhere = await t.gql(
      CREATE_REQUEST,
      {
        i: {
          type: 'GUEST_LESSON',
          levels: ['HAVO'],
          themes: [],
          sessions: 1,
          periodStart: inDays(1),
          periodEnd: inDays(3),
        },
        k: key,
      },
      teacher,
    );
    expect(errorReason(elsewhere)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await count('bookings')).toBe(before + 1);
  });

  it('keeps keys per account: another teacher’s same key makes their own booking', async () => {
    const key = randomUUID();
    const mine = await t.gql(REQUEST_BOOKING, { i: booking(), k: key }, teacher);
    const theirs = await t.gql(REQUEST_BOOKING, { i: booking(), k: key }, otherTeacher);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.requestBooking.id).not.toBe(mine.data?.requestBooking.id);
  });

  it('forgets a key once its time is up, and a refused first call does not use the key up', async () => {
    const key = randomUUID();
    const refused = await t.gql(REQUEST_BOOKING, { i: booking(0), k: key }, teacher);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    const first = await t.gql(REQUEST_BOOKING, { i: booking(20), k: key }, teacher);
    expect(first.errors).toBeUndefined();
    await t.dataSource.query(`UPDATE idempotency_keys SET expires_at = now() WHERE key = $1`, [key]);
    const later = await t.gql(REQUEST_BOOKING, { i: booking(20), k: key }, teacher);
    expect(later.errors).toBeUndefined();
    expect(later.data?.requestBooking.id).not.toBe(first.data?.requestBooking.id);
    const [row] = await t.dataSource.query<Array<{ result_id: string; ttl_h: number }>>(
      `SELECT result_id, round(extract(epoch FROM expires_at - created_at) / 3600)::int AS ttl_h
         FROM idempotency_keys WHERE key = $1`,
      [key],
    );
    expect(row).toEqual({ result_id: later.data?.requestBooking.id, ttl_h: 24 });
  });

  it('refuses a key that is empty or too long', async () => {
    for (const key of ['', 'x'.repeat(201)]) {
      const answer = await t.gql(REQUEST_BOOKING, { i: booking(), k: key }, teacher);
      expect(errorCode(answer)).toBe('BAD_USER_INPUT');
    }
  });

  it.each([
    ['createActivity', CREATE_ACTIVITY, 'activities', () => activityInput(locationId), () => company],
    [
      'createSchoolRequest',
      CREATE_REQUEST,
      'school_requests',
      () => ({
        type: 'GUEST_LESSON',
        levels: ['HAVO'],
        themes: ['energie'],
        sessions: 2,
        periodStart: inDays(1),
        periodEnd: inDays(3),
      }),
      () => teacher,
    ],
    [
      'createSupplyOffer',
      CREATE_OFFER,
      'supply_offers',
      () => ({
        locationId,
        type: 'GUEST_LESSON',
        levels: ['HAVO'],
        themes: [],
        sessions: 2,
        maxTravelKm: 30,
        periodStart: inDays(1),
        periodEnd: inDays(3),
      }),
      () => company,
    ],
  ])(
    '%s: a retry returns the first record and makes one row',
    async (field, document, table, input, token) => {
      const key = randomUUID();
      const before = await count(table);
      const i = input();
      const first = await t.gql(document, { i, k: key }, token());
      expect(first.errors).toBeUndefined();
      const retry = await t.gql(document, { i, k: key }, token());
      expect(retry.errors).toBeUndefined();
      expect(retry.data?.[field]).toEqual(first.data?.[field]);
      expect(await count(table)).toBe(before + 1);
    },
  );
});
