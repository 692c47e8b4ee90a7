import { EventBus } from '@app/database';
import { ActivityStatus, EducationLevel, Province, Role } from '@app/core';
import { ActivityFactory, CompanyFactory, SchoolFactory, errorCode, errorReason } from '@app/testing';
import { startTestApp, type TestApp } from '../utils/test-app';

const BOOKING_FIELDS = `id status level groupSize sessions preferredDate message responseMessage cancelReason
  cancelledByRole fromMatching activity { id title } school { id name }`;
const REQUEST = `mutation($i: RequestBookingInput!) { requestBooking(input: $i) { ${BOOKING_FIELDS} } }`;
const RESPOND = `mutation($id: ID!, $a: Boolean!, $m: String) {
  respondToBooking(id: $id, accept: $a, message: $m) { ${BOOKING_FIELDS} } }`;
const COMPLETE = `mutation($id: ID!) { completeBooking(id: $id) { ${BOOKING_FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $r: String) { cancelBooking(id: $id, reason: $r) { ${BOOKING_FIELDS} } }`;
const REVIEW = `mutation($a: ID!, $r: Int!, $c: String) {
  reviewActivity(activityId: $a, rating: $r, comment: $c) { id rating comment createdAt activity { id } } }`;
const MY_BOOKINGS = `query($s: BookingStatus, $p: Province) { myBookings(status: $s, province: $p) { id status school { id } } }`;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
// The domain reason beside the code, which the web app shows in Dutch.

describe('bookings and reviews', () => {
  let t: TestApp;
  let schoolId: string;
  let otherSchoolId: string;
  let companyId: string;
  let locationId: string;
  let teacher: string;
  let otherTeacher: string;
  let company: string;
  let otherCompany: string;
  let coordinator: string;
  let activityId: string;
  let teacherUserId: string;
  let companyUserId: string;
  const changed: string[][] = [];

  const count = async (table: string, where = 'true') =>
    Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`))[0].n);
  const snapshot = async () => ({
    bookings: await count('bookings'),
    reviews: await count('reviews'),
    notifications: await count('notifications'),
    statuses: await t.dataSource.query<unknown[]>(`SELECT id, status FROM bookings ORDER BY id`),
  });
  const userIdOf = async (token: string) => (await t.gql(`{ me { id } }`, {}, token)).data?.me.id as string;

  const request = async (token: string, input: Record<string, unknown>) =>
    t.gql(REQUEST, { i: { activityId, level: 'HAVO', groupSize: 25, ...input } }, token);

  beforeAll(async () => {
    t = await startTestApp();
    t.app
      .get(EventBus)
      .onCommitted('activities.changed', async ({ activityIds }) => void changed.push(activityIds));
    const school = await SchoolFactory.create(t.dataSource, { name: 'Het Baken', city: 'Utrecht' });
    const other = await SchoolFactory.create(t.dataSource, {
      name: 'De Klimop',
      province: Province.GELDERLAND,
      city: 'Ede',
    });
    schoolId = school.id;
    otherSchoolId = other.id;
    const made = await CompanyFactory.create(t.dataSource, { name: 'Zonnekracht BV' });
    companyId = made.company.id;
    locationId = made.location.id;
    const otherMade = await CompanyFactory.create(t.dataSource);
    teacher = await t.tokenFor(Role.TEACHER, { schoolId });
    otherTeacher = await t.tokenFor(Role.TEACHER, { schoolId: otherSchoolId });
    company = await t.tokenFor(Role.COMPANY, { companyId });
    otherCompany = await t.tokenFor(Role.COMPANY, { companyId: otherMade.company.id });
    coordinator = await t.tokenFor(Role.COORDINATOR);
    teacherUserId = await userIdOf(teacher);
    companyUserId = await userIdOf(company);
    activityId = (await ActivityFactory.create(t.dataSource, locationId, { maxParticipants: 30 })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('requests, accepts, completes after the date and reviews, notifying the other side each time', async () => {
    const requested = await request(teacher, { preferredDate: inDays(10), message: 'Graag voor 5 havo' });
    expect(requested.errors).toBeUndefined();
    const booking = requested.data?.requestBooking;
    expect(booking).toMatchObject({
      status: 'REQUESTED',
      level: 'HAVO',
      groupSize: 25,
      sessions: 1,
      message: 'Graag voor 5 havo',
      fromMatching: false,
      activity: { id: activityId },
      school: { id: schoolId, name: 'Het Baken' },
    });
    expect(await count('notifications', `user_id = '${companyUserId}' AND kind = 'BOOKING_REQUESTED'`)).toBe(
      1,
    );

    const accepted = await t.gql(RESPOND, { id: booking.id, a: true, m: 'Tot dan!' }, company);
    expect(accepted.data?.respondToBooking).toMatchObject({
      status: 'ACCEPTED',
      responseMessage: 'Tot dan!',
    });
    expect(await count('notifications', `user_id = '${teacherUserId}' AND kind = 'BOOKING_ANSWERED'`)).toBe(
      1,
    );

    // Not before the date: the booking still lies ahead.
    const early = await t.gql(COMPLETE, { id: booking.id }, teacher);
    expect(errorCode(early)).toBe('CONFLICT');
    expect(errorReason(early)).toBe('BOOKING_NOT_TAKEN_PLACE');
    expect(await count('bookings', `id = '${booking.id}' AND status = 'ACCEPTED'`)).toBe(1);

    // No review before completion.
    const tooSoon = await t.gql(REVIEW, { a: activityId, r: 4 }, teacher);
    expect(errorCode(tooSoon)).toBe('FORBIDDEN');
    expect(errorReason(tooSoon)).toBe('REVIEW_NEEDS_COMPLETED_BOOKING');
    expect(await count('reviews')).toBe(0);

    await t.dataSource.query(`UPDATE bookings SET preferred_date = now() - interval '1 day' WHERE id = $1`, [
      booking.id,
    ]);
    const completed = await t.gql(COMPLETE, { id: booking.id }, teacher);
    expect(completed.data?.completeBooking.status).toBe('COMPLETED');
    expect(await count('notifications', `user_id = '${companyUserId}' AND kind = 'BOOKING_COMPLETED'`)).toBe(
      1,
    );
    expect(await count('notifications', `user_id = '${teacherUserId}' AND kind = 'BOOKING_COMPLETED'`)).toBe(
      0,
    );

    changed.length = 0;
    const review = await t.gql(REVIEW, { a: activityId, r: 4, c: '  Leerzaam en leuk  ' }, teacher);
    expect(review.errors).toBeUndefined();
    expect(review.data?.reviewActivity).toMatchObject({
      rating: 4,
      comment: 'Leerzaam en leuk',
      activity: { id: activityId },
    });
    // Search hears about it after the commit.
    expect(changed).toContainEqual([activityId]);
    const activity = await t.gql(
      `query($id: ID!) { activity(id: $id) { averageRating reviewCount reviews { rating comment } } }`,
      { id: activityId },
    );
    expect(activity.data?.activity).toEqual({
      averageRating: 4,
      reviewCount: 1,
      reviews: [{ rating: 4, comment: 'Leerzaam en leuk' }],
    });

    // Once per booking.
    const before = await snapshot();
    const second = await t.gql(REVIEW, { a: activityId, r: 2 }, teacher);
    expect(errorCode(second)).toBe('CONFLICT');
    expect(errorReason(second)).toBe('REVIEW_ALREADY_POSTED');
    expect(await snapshot()).toEqual(before);

    // A second completed booking allows a second review; the average follows.
    const again = (await request(teacher, {})).data?.requestBooking;
    await t.gql(RESPOND, { id: again.id, a: true }, company);
    expect((await t.gql(COMPLETE, { id: again.id }, company)).data?.completeBooking.status).toBe('COMPLETED');
    expect((await t.gql(REVIEW, { a: activityId, r: 1 }, teacher)).data?.reviewActivity.rating).toBe(1);
    const after = await t.gql(`query($id: ID!) { activity(id: $id) { averageRating reviewCount } }`, {
      id: activityId,
    });
    expect(after.data?.activity).toEqual({ averageRating: 2.5, reviewCount: 2 });
  });

  it('rejects bad bookings with a clear code and changes nothing', async () => {
    const draft = await ActivityFactory.create(t.dataSource, locationId, { status: ActivityStatus.DRAFT });
    const archived = await ActivityFactory.create(t.dataSource, locationId, {
      status: ActivityStatus.ARCHIVED,
    });
    const cases: Array<[string, Record<string, unknown>, string, string?]> = [
      ['group of 0', { groupSize: 0 }, 'BAD_USER_INPUT'],
      ['group of -3', { groupSize: -3 }, 'BAD_USER_INPUT'],
      ['group above the maximum', { groupSize: 31 }, 'BAD_USER_INPUT', 'BOOKING_GROUP_TOO_LARGE'],
      [
        'a level the activity does not serve',
        { level: EducationLevel.VMBO_BB },
        'BAD_USER_INPUT',
        'BOOKING_LEVEL_NOT_OFFERED',
      ],
      ['an unpublished activity', { activityId: draft.id }, 'NOT_FOUND'],
      ['an archived activity', { activityId: archived.id }, 'BAD_USER_INPUT', 'ACTIVITY_NOT_BOOKABLE'],
      ['an unknown activity', { activityId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
      ['a date in the past', { preferredDate: inDays(-2) }, 'BAD_USER_INPUT', 'BOOKING_DATE_IN_PAST'],
      ['a message that is too long', { message: 'x'.repeat(2001) }, 'BAD_USER_INPUT'],
      ['another school', { schoolId: otherSchoolId }, 'FORBIDDEN', 'NOT_YOUR_SCHOOL'],
    ];
    for (const [what, input, code, reason] of cases) {
      const before = await snapshot();
      const res = await request(teacher, input);
      expect({ what, code: errorCode(res), reason: errorReason(res) }).toEqual({ what, code, reason });
      expect(await snapshot()).toEqual(before);
    }
    // A company cannot request; a coordinator must name the school.
    expect(errorCode(await request(company, {}))).toBe('FORBIDDEN');
    expect(errorCode(await request(coordinator, {}))).toBe('BAD_USER_INPUT');
    const forSchool = await request(coordinator, { schoolId: otherSchoolId });
    expect(forSchool.data?.requestBooking.school.id).toBe(otherSchoolId);
  });

  it('lets only the right side answer, complete and cancel, each transition once', async () => {
    const booking = (await request(teacher, { preferredDate: inDays(20) })).data?.requestBooking;

    let before = await snapshot();
    expect(errorCode(await t.gql(RESPOND, { id: booking.id, a: true }, otherCompany))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(RESPOND, { id: booking.id, a: true }, coordinator))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(RESPOND, { id: booking.id, a: true }, teacher))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(CANCEL, { id: booking.id }, otherTeacher))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(COMPLETE, { id: booking.id }, otherTeacher))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(COMPLETE, { id: booking.id }, company))).toBe('CONFLICT');
    expect(errorCode(await t.gql(RESPOND, { id: 'nope', a: true }, company))).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);

    // Two answers at the same moment: exactly one wins.
    const answers = await Promise.all([
      t.gql(RESPOND, { id: booking.id, a: true }, company),
      t.gql(RESPOND, { id: booking.id, a: false }, company),
    ]);
    const codes = answers.map((res) => errorCode(res) ?? res.data?.respondToBooking.status).sort();
    expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(1);
    const [{ status }] = await t.dataSource.query(`SELECT status FROM bookings WHERE id = $1`, [booking.id]);
    expect(codes).toContain(status);

    before = await snapshot();
    expect(errorCode(await t.gql(RESPOND, { id: booking.id, a: true }, company))).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);
  });

  it('cancels before the date by either side, never after it or twice', async () => {
    const first = (await request(teacher, { preferredDate: inDays(5) })).data?.requestBooking;
    const cancelled = await t.gql(CANCEL, { id: first.id, r: 'Toetsweek' }, teacher);
    expect(cancelled.data?.cancelBooking).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'Toetsweek',
      cancelledByRole: 'TEACHER',
    });
    expect(
      await count(
        'notifications',
        `user_id = '${companyUserId}' AND kind = 'BOOKING_CANCELLED' AND body LIKE '%Toetsweek%'`,
      ),
    ).toBe(1);
    let before = await snapshot();
    const twice = await t.gql(CANCEL, { id: first.id }, teacher);
    expect([errorCode(twice), errorReason(twice)]).toEqual(['CONFLICT', 'BOOKING_WRONG_STATUS']);
    expect(errorCode(await t.gql(RESPOND, { id: first.id, a: true }, company))).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);

    const second = (await request(teacher, { preferredDate: inDays(5) })).data?.requestBooking;
    await t.gql(RESPOND, { id: second.id, a: true }, company);
    const byCompany = await t.gql(CANCEL, { id: second.id, r: 'Gastdocent ziek' }, company);
    expect(byCompany.data?.cancelBooking).toMatchObject({ status: 'CANCELLED', cancelledByRole: 'COMPANY' });
    expect(
      await count(
        'notifications',
        `user_id = '${teacherUserId}' AND kind = 'BOOKING_CANCELLED' AND body LIKE '%ziek%'`,
      ),
    ).toBe(1);

    const third = (await request(teacher, { preferredDate: inDays(5) })).data?.requestBooking;
    await t.gql(RESPOND, { id: third.id, a: true }, company);
    await t.dataSource.query(`UPDATE bookings SET preferred_date = now() - interval '1 hour' WHERE id = $1`, [
      third.id,
    ]);
    before = await snapshot();
    const afterDate = await t.gql(CANCEL, { id: third.id }, company);
    expect([errorCode(afterDate), errorReason(afterDate)]).toEqual([
      'CONFLICT',
      'BOOKING_ALREADY_TAKEN_PLACE',
    ]);
    expect(await snapshot()).toEqual(before);
    expect((await t.gql(COMPLETE, { id: third.id }, coordinator)).data?.completeBooking.status).toBe(
      'COMPLETED',
    );
    expect(errorCode(await t.gql(CANCEL, { id: third.id }, teacher))).toBe('CONFLICT');
  });

  it('rejects bad reviews with a clear code and changes nothing', async () => {
    const fresh = await ActivityFactory.create(t.dataSource, locationId);
    const booking = (await request(teacher, { activityId: fresh.id })).data?.requestBooking;
    await t.gql(RESPOND, { id: booking.id, a: true }, company);
    await t.gql(COMPLETE, { id: booking.id }, teacher);
    const cases: Array<[string, string, Record<string, unknown>, string]> = [
      ['rating 0', teacher, { a: fresh.id, r: 0 }, 'BAD_USER_INPUT'],
      ['rating 6', teacher, { a: fresh.id, r: 6 }, 'BAD_USER_INPUT'],
      [
        'a comment over 2,000 characters',
        teacher,
        { a: fresh.id, r: 5, c: 'x'.repeat(2001) },
        'BAD_USER_INPUT',
      ],
      ['another school without a completed booking', otherTeacher, { a: fresh.id, r: 5 }, 'FORBIDDEN'],
      ['a company', company, { a: fresh.id, r: 5 }, 'FORBIDDEN'],
      ['an unknown activity', teacher, { a: '00000000-0000-4000-8000-000000000000', r: 5 }, 'NOT_FOUND'],
    ];
    for (const [what, token, vars, code] of cases) {
      const before = await snapshot();
      const res = await t.gql(REVIEW, vars, token);
      expect({ what, code: errorCode(res) }).toEqual({ what, code });
      expect(await snapshot()).toEqual(before);
    }
    const rows = await t.dataSource.query(
      `SELECT average_rating, review_count FROM activities WHERE id = $1`,
      [fresh.id],
    );
    expect(rows[0]).toEqual({ average_rating: null, review_count: 0 });

    // Two reviews of the one completed booking at the same moment: one wins.
    const both = await Promise.all([
      t.gql(REVIEW, { a: fresh.id, r: 5 }, teacher),
      t.gql(REVIEW, { a: fresh.id, r: 3 }, teacher),
    ]);
    expect(both.map((res) => errorCode(res) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await count('reviews', `activity_id = '${fresh.id}'`)).toBe(1);
  });

  it('lists bookings per side: own school, own company, all for a coordinator', async () => {
    const mine = (await t.gql(MY_BOOKINGS, {}, teacher)).data?.myBookings as Array<{
      school: { id: string };
    }>;
    expect(mine.length).toBeGreaterThan(3);
    expect(mine.every((b) => b.school.id === schoolId)).toBe(true);

    const other = (await t.gql(MY_BOOKINGS, {}, otherTeacher)).data?.myBookings as unknown[];
    expect(other).toHaveLength(1);

    const ofCompany = (await t.gql(MY_BOOKINGS, {}, company)).data?.myBookings as unknown[];
    expect(ofCompany).toHaveLength(await count('bookings'));
    expect((await t.gql(MY_BOOKINGS, {}, otherCompany)).data?.myBookings).toEqual([]);

    const all = (await t.gql(MY_BOOKINGS, {}, coordinator)).data?.myBookings as unknown[];
    expect(all).toHaveLength(await count('bookings'));
    const gelderland = (await t.gql(MY_BOOKINGS, { p: 'GELDERLAND' }, coordinator)).data
      ?.myBookings as Array<{
      school: { id: string };
    }>;
    expect(gelderland.map((b) => b.school.id)).toEqual([otherSchoolId]);
    const completed = (await t.gql(MY_BOOKINGS, { s: 'COMPLETED' }, teacher)).data?.myBookings as Array<{
      status: string;
    }>;
    expect(completed.length).toBeGreaterThan(0);
    expect(completed.every((b) => b.status === 'COMPLETED')).toBe(true);
    expect(errorCode(await t.gql(MY_BOOKINGS, {}))).toBe('UNAUTHENTICATED');
  });
});
