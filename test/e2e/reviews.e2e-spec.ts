import { Role } from '@app/core';
import { ActivityFactory, CompanyFactory, SchoolFactory } from '@app/testing';
import { startTestApp, type TestApp } from '../utils/test-app';

const REQUEST = `mutation($i: RequestBookingInput!) { requestBooking(input: $i) { id } }`;
const RESPOND = `mutation($id: ID!) { respondToBooking(id: $id, accept: true) { id status } }`;
const COMPLETE = `mutation($id: ID!) { completeBooking(id: $id) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelBooking(id: $id, reason: "Toetsweek") { id status } }`;
const REVIEW = `mutation($a: ID!, $r: Int!, $c: String) {
  reviewActivity(activityId: $a, rating: $r, comment: $c) { rating comment schoolCity level } }`;
const REVIEWS = `query($id: ID!) { activity(id: $id) { reviews { rating comment schoolCity level } } }`;
const INBOX = `{ myNotifications { items { kind link } } }`;
const BOOKING_REVIEWS = `{ myBookings { id review { rating comment schoolCity level activity { id } } } }`;

// Names and addresses of the people involved; none may show up in what the public reads.
const TEACHER = { name: 'Anne de Vries', email: 'a.devries@hooghuis.example.nl' };
const SCHOOL_NAME = 'Het Hooghuis';

describe('reviews people can trust, and booking notifications that link into the web app', () => {
  let t: TestApp;
  let teacher: string;
  let company: string;
  let activityId: string;

  const inbox = async (token: string) =>
    ((await t.gql(INBOX, {}, token)).data?.myNotifications.items ?? []) as Array<{
      kind: string;
      link: string | null;
    }>;
  const book = async (preferredDate: string) => {
    const res = await t.gql(
      REQUEST,
      { i: { activityId, level: 'HAVO', groupSize: 24, preferredDate } },
      teacher,
    );
    expect(res.errors).toBeUndefined();
    return res.data?.requestBooking.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const school = await SchoolFactory.create(t.dataSource, { name: SCHOOL_NAME, city: 'Oss' });
    const made = await CompanyFactory.create(t.dataSource, { name: 'Zonnekracht BV' });
    teacher = await t.tokenFor(Role.TEACHER, { schoolId: school.id, ...TEACHER });
    company = await t.tokenFor(Role.COMPANY, { companyId: made.company.id });
    activityId = (await ActivityFactory.create(t.dataSource, made.location.id, { maxParticipants: 30 })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('tells the reviewing school’s place and the booking’s level, never a person', async () => {
    const bookingId = await book(new Date(Date.now() + 5 * 86_400_000).toISOString());
    expect((await t.gql(RESPOND, { id: bookingId }, company)).data?.respondToBooking.status).toBe('ACCEPTED');
    await t.dataSource.query(`UPDATE bookings SET preferred_date = now() - interval '1 day' WHERE id = $1`, [
      bookingId,
    ]);
    expect((await t.gql(COMPLETE, { id: bookingId }, teacher)).data?.completeBooking.status).toBe(
      'COMPLETED',
    );

    // Until the school writes it, the completed booking has no review: the teacher's page offers to write one.
    const reviewOf = async (token: string) =>
      (
        (await t.gql(BOOKING_REVIEWS, {}, token)).data?.myBookings as Array<{ id: string; review: unknown }>
      ).find((booking) => booking.id === bookingId)?.review;
    expect(await reviewOf(teacher)).toBeNull();

    const posted = await t.gql(REVIEW, { a: activityId, r: 5, c: 'Top georganiseerd' }, teacher);
    expect(posted.errors).toBeUndefined();
    expect(posted.data?.reviewActivity).toEqual({
      rating: 5,
      comment: 'Top georganiseerd',
      schoolCity: 'Oss',
      level: 'HAVO',
    });

    // The booking names its review, for both of its sides.
    const written = {
      rating: 5,
      comment: 'Top georganiseerd',
      schoolCity: 'Oss',
      level: 'HAVO',
      activity: { id: activityId },
    };
    expect(await reviewOf(teacher)).toEqual(written);
    expect(await reviewOf(company)).toEqual(written);

    const res = await t.gql(REVIEWS, { id: activityId });
    expect(res.errors).toBeUndefined();
    expect(res.data?.activity.reviews).toEqual([
      { rating: 5, comment: 'Top georganiseerd', schoolCity: 'Oss', level: 'HAVO' },
    ]);
    const json = JSON.stringify(res);
    expect(json).not.toMatch(/@/);
    expect(json).not.toContain(TEACHER.name);
    expect(json).not.toContain(TEACHER.email);
    expect(json).not.toContain(SCHOOL_NAME);

    // The company hears of the review with a link to the activity's page, where the reviews are.
    expect(await inbox(company)).toContainEqual({
      kind: 'REVIEW_RECEIVED',
      link: `/activiteiten/${activityId}`,
    });
  });

  it('links each booking notification to the booking', async () => {
    const bookingId = await book(new Date(Date.now() + 12 * 86_400_000).toISOString());
    expect(await inbox(company)).toContainEqual({
      kind: 'BOOKING_REQUESTED',
      link: `/boekingen/${bookingId}`,
    });

    await t.gql(RESPOND, { id: bookingId }, company);
    expect(await inbox(teacher)).toContainEqual({
      kind: 'BOOKING_ANSWERED',
      link: `/boekingen/${bookingId}`,
    });

    expect((await t.gql(CANCEL, { id: bookingId }, teacher)).data?.cancelBooking.status).toBe('CANCELLED');
    expect(await inbox(company)).toContainEqual({
      kind: 'BOOKING_CANCELLED',
      link: `/boekingen/${bookingId}`,
    });

    // Every notification of both sides has a link by now.
    const all = [...(await inbox(company)), ...(await inbox(teacher))];
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(all.filter((item) => !item.link)).toEqual([]);
  });
});
