import type { INestApplicationContext } from '@nestjs/common';
import { Role } from '@app/core';
import { Mailer, type OutgoingMail } from '@app/notifications';
import {
  ActivityFactory,
  CompanyFactory,
  EINDHOVEN,
  createSchools,
  deleteQueueKeys,
  errorCode,
  userToken,
  waitFor,
} from '@app/testing';
import { startTestApp, startTestWorker, type TestApp } from '../utils/test-app';

const ITEM = 'id kind title body link createdAt readAt';
const INBOX = `query($u: Boolean, $f: Int, $a: String) {
  myNotifications(unreadOnly: $u, first: $f, after: $a) { items { ${ITEM} } unreadCount nextCursor } }`;
const MARK = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
const EMAIL = `mutation($k: [NotificationKind!]!, $e: Boolean!) {
  setEmailNotifications(kinds: $k, enabled: $e) { id emailOffKinds } }`;

interface Item {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}
interface Page {
  items: Item[];
  unreadCount: number;
  nextCursor: string | null;
}
type User = { user: { id: string; email: string }; token: string };

describe('notifications: the inbox, read marks and e-mail per kind', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  const mails: OutgoingMail[] = [];

  beforeAll(async () => {
    t = await startTestApp({ WAITLIST_RECONCILE_EVERY: '0', SEARCH_SWEEP_EVERY: '0' });
    worker = await startTestWorker();
    // The worker's mailer records what it would send (no SMTP_URL in tests).
    worker.get(Mailer).send = (mail: OutgoingMail) => {
      mails.push(mail);
      return Promise.resolve();
    };
  });
  afterAll(async () => {
    await worker?.close();
    if (t)
      await deleteQueueKeys(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', process.env.QUEUE_PREFIX!);
    await t?.close();
  });

  const inbox = async (user: User, variables: Record<string, unknown> = {}) => {
    const res = await t.gql<{ myNotifications: Page }>(INBOX, variables, user.token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.myNotifications;
  };
  // The stored read marks of a user's notifications, straight from the table.
  const readMarks = (userId: string) =>
    t.dataSource.query<Array<{ id: string; read_at: Date | null }>>(
      `SELECT id, read_at FROM notifications WHERE user_id = $1 ORDER BY id`,
      [userId],
    );
  const company = async () => {
    const made = await CompanyFactory.create(t.dataSource, {}, { ...EINDHOVEN });
    return {
      ...made,
      contact: await userToken(t.app, t.dataSource, Role.COMPANY, { companyId: made.company.id }),
    };
  };
  const teacher = async () => {
    const [school] = await createSchools(t.dataSource, 1);
    return { school, ...(await userToken(t.app, t.dataSource, Role.TEACHER, { schoolId: school.id })) };
  };
  // `n` notifications of the user in one statement; rows of a group of `tie` share created_at to the
  // microsecond, so the page order must fall back on the id.
  const insert = async (userId: string, n: number, tie = 1) =>
    t.dataSource.query(
      `INSERT INTO notifications (user_id, kind, subject, body, link, created_at)
       SELECT $1, 'BOOKING_REQUESTED', 'Aanvraag ' || i, 'Tekst ' || i, '/boekingen/x',
              timestamptz '2026-09-01 10:00:00.000001+00' + make_interval(secs => (i / $3::int) * 0.000001)
         FROM generate_series(1, $2::int) i`,
      [userId, n, tie],
    );

  it('a booking request notifies the company contact, who reads it in the inbox', async () => {
    const { location, contact } = await company();
    const { token: teacherToken } = await teacher();
    const activity = await ActivityFactory.create(t.dataSource, location.id, {
      title: 'Gastles waterstof',
    });
    const requested = await t.gql(
      `mutation($i: RequestBookingInput!) { requestBooking(input: $i) { id } }`,
      { i: { activityId: activity.id, level: 'HAVO', groupSize: 20 } },
      teacherToken,
    );
    expect(requested.errors).toBeUndefined();

    const page = await inbox(contact);
    expect(page.unreadCount).toBe(1);
    expect(page.nextCursor).toBeNull();
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ kind: 'BOOKING_REQUESTED', readAt: null });
    expect(`${page.items[0].title} ${page.items[0].body}`).toContain('Gastles waterstof');
    expect(Date.parse(page.items[0].createdAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('waiting-list notifications link to /wachtlijst: an offer, then the placement on both sides', async () => {
    const { location, contact } = await company();
    const school = await teacher();
    const joined = await t.gql(`mutation { joinWaitlist(programme: JET_NET) { id } }`, {}, school.token);
    expect(joined.errors).toBeUndefined();
    const capacity = await t.gql(
      `mutation($l: ID!) { setPartnerCapacity(locationId: $l, programme: JET_NET, slots: 1) { slots } }`,
      { l: location.id },
      contact.token,
    );
    expect(capacity.errors).toBeUndefined();
    // The worker makes the offer.
    const offered = await waitFor('the offer notification', async () => {
      const page = await inbox(school);
      return page.items.find((item) => item.kind === 'PARTNER_OFFER');
    });
    expect(offered.link).toBe('/wachtlijst');
    const [offer] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT o.id FROM partner_offers o WHERE o.location_id = $1 AND o.status = 'PENDING'`,
      [location.id],
    );
    const accepted = await t.gql(
      `mutation($o: ID!) { respondToPartnerOffer(offerId: $o, accept: true) { status } }`,
      { o: offer.id },
      school.token,
    );
    expect(accepted.data?.respondToPartnerOffer.status).toBe('PLACED');

    const mine = await inbox(school);
    expect(mine.items.map((item) => item.kind)).toEqual(['PLACED', 'PARTNER_OFFER']);
    expect(mine.items.map((item) => item.link)).toEqual(['/wachtlijst', '/wachtlijst']);
    expect(mine.unreadCount).toBe(2);
    const theirs = await inbox(contact);
    expect(theirs.items).toEqual([expect.objectContaining({ kind: 'PLACED', link: '/wachtlijst' })]);
  });

  it('pages newest first by cursor: no duplicates or gaps, also when newer ones arrive meanwhile', async () => {
    const user = await userToken(t.app, t.dataSource, Role.COORDINATOR);
    // 45 notifications, in groups of 4 with the same created_at.
    await insert(user.user.id, 45, 4);
    const expected = (
      await t.dataSource.query<Array<{ id: string }>>(
        `SELECT id FROM notifications WHERE user_id = $1 ORDER BY created_at DESC, id DESC`,
        [user.user.id],
      )
    ).map((row) => row.id);
    expect(expected).toHaveLength(45);

    const seen: string[] = [];
    let page = await inbox(user, { f: 10 });
    expect(page.unreadCount).toBe(45);
    seen.push(...page.items.map((item) => item.id));
    // Newer notifications between the first page and the next do not shift the pages after the cursor.
    await t.dataSource.query(
      `INSERT INTO notifications (user_id, kind, subject, body) SELECT $1, 'PLACED', 'Nieuw', 'Nieuw'
         FROM generate_series(1, 3)`,
      [user.user.id],
    );
    const sizes = [page.items.length];
    while (page.nextCursor) {
      page = await inbox(user, { f: 10, a: page.nextCursor });
      sizes.push(page.items.length);
      seen.push(...page.items.map((item) => item.id));
    }
    expect(sizes).toEqual([10, 10, 10, 10, 5]);
    expect(seen).toEqual(expected);
    expect(page.unreadCount).toBe(48);

    // The newest page now starts with the three new ones; the default page size is 20.
    const fresh = await inbox(user);
    expect(fresh.items).toHaveLength(20);
    expect(fresh.items.slice(0, 3).map((item) => item.kind)).toEqual(['PLACED', 'PLACED', 'PLACED']);
    expect(fresh.items.slice(3).map((item) => item.id)).toEqual(expected.slice(0, 17));
    // A page that ends exactly at the last notification has no next cursor.
    expect((await inbox(user, { f: 48 })).nextCursor).toBeNull();
    expect((await inbox(user, { f: 47 })).nextCursor).not.toBeNull();
  });

  it('marks some, then all read; unreadOnly and unreadCount follow', async () => {
    const user = await userToken(t.app, t.dataSource, Role.COORDINATOR);
    await insert(user.user.id, 12);
    const all = (await inbox(user, { f: 100 })).items;
    const some = [all[1].id, all[4].id, all[7].id];

    expect((await t.gql(MARK, { ids: some }, user.token)).data?.markNotificationsRead).toBe(3);
    // Marking them again changes nothing.
    expect((await t.gql(MARK, { ids: some }, user.token)).data?.markNotificationsRead).toBe(0);
    const marks = await readMarks(user.user.id);
    expect(marks.filter((row) => row.read_at).map((row) => row.id)).toEqual([...some].sort());

    const after = await inbox(user, { f: 100 });
    expect(after.unreadCount).toBe(9);
    expect(after.items.filter((item) => item.readAt).map((item) => item.id)).toEqual(some);
    const unread = await inbox(user, { u: true, f: 5 });
    expect(unread.unreadCount).toBe(9);
    const next = await inbox(user, { u: true, f: 5, a: unread.nextCursor });
    expect(next.nextCursor).toBeNull();
    expect([...unread.items, ...next.items].map((item) => item.id)).toEqual(
      all.map((item) => item.id).filter((id) => !some.includes(id)),
    );

    // Without ids: all the rest.
    expect((await t.gql(MARK, {}, user.token)).data?.markNotificationsRead).toBe(9);
    expect((await inbox(user, { u: true })).items).toEqual([]);
    expect((await inbox(user)).unreadCount).toBe(0);
    expect((await readMarks(user.user.id)).every((row) => row.read_at)).toBe(true);
    // An empty list marks nothing.
    expect((await t.gql(MARK, { ids: [] }, user.token)).data?.markNotificationsRead).toBe(0);
  });

  it("never changes another user's notifications", async () => {
    const owner = await userToken(t.app, t.dataSource, Role.TEACHER, {
      schoolId: (await createSchools(t.dataSource, 1))[0].id,
    });
    const other = await userToken(t.app, t.dataSource, Role.COORDINATOR);
    await insert(owner.user.id, 4);
    await insert(other.user.id, 2);
    const theirs = (await inbox(owner)).items.map((item) => item.id);
    const before = await readMarks(owner.user.id);

    // Their ids only: ignored, nothing changes.
    expect((await t.gql(MARK, { ids: theirs }, other.token)).data?.markNotificationsRead).toBe(0);
    expect(await readMarks(owner.user.id)).toEqual(before);
    // Mixed with an own id and ids of no notification: only the own one changes.
    const own = (await inbox(other)).items[0].id;
    const mixed = await t.gql(
      MARK,
      { ids: [theirs[0], own, 'not-an-id', '00000000-0000-4000-8000-000000000000'] },
      other.token,
    );
    expect(mixed.data?.markNotificationsRead).toBe(1);
    expect(await readMarks(owner.user.id)).toEqual(before);
    // All of the caller's: still none of theirs.
    expect((await t.gql(MARK, {}, other.token)).data?.markNotificationsRead).toBe(1);
    expect(await readMarks(owner.user.id)).toEqual(before);
    expect((await inbox(owner)).unreadCount).toBe(4);
    expect((await inbox(other)).unreadCount).toBe(0);
  });

  it('refuses a bad page size or cursor with a reason, and anonymous callers', async () => {
    const user = await userToken(t.app, t.dataSource, Role.COORDINATOR);
    await insert(user.user.id, 3);
    const before = await readMarks(user.user.id);
    for (const first of [0, -1, 101]) {
      const res = await t.gql(INBOX, { f: first }, user.token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.reason).toBe('PAGE_SIZE_OUT_OF_RANGE');
    }
    const cursor = (await inbox(user, { f: 1 })).nextCursor!;
    const [at] = Buffer.from(cursor, 'base64url').toString().split('|');
    for (const after of [
      'kapot',
      '',
      Buffer.from(`${at}|geen-id`).toString('base64url'),
      Buffer.from(`2026-13-45T10:00:00.000000Z|${user.user.id}`).toString('base64url'),
      `${cursor}x`,
    ]) {
      const res = await t.gql(INBOX, { a: after }, user.token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.reason).toBe('INVALID_CURSOR');
    }
    expect(errorCode(await t.gql(INBOX, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(MARK, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(EMAIL, { k: ['PLACED'], e: false }))).toBe('UNAUTHENTICATED');
    expect(await readMarks(user.user.id)).toEqual(before);
  });

  it('e-mails no kind the user switched off, and keeps it in the app', async () => {
    const { company: made } = await CompanyFactory.create(t.dataSource, {
      approved: false,
      approvedAt: null,
    });
    const quiet = await userToken(t.app, t.dataSource, Role.COMPANY, { companyId: made.id });
    const loud = await userToken(t.app, t.dataSource, Role.COMPANY, { companyId: made.id });
    const coordinator = await userToken(t.app, t.dataSource, Role.COORDINATOR);

    // A new account gets every kind by e-mail.
    const [school] = await createSchools(t.dataSource, 1);
    const signedUp = await t.gql(
      `mutation($i: SignUpInput!) { signUp(input: $i) { user { emailOffKinds } } }`,
      {
        i: {
          email: 'nieuw@example.nl',
          password: 'Proefjes-in-de-klas-8',
          name: 'Docent Nieuw',
          role: 'TEACHER',
          schoolVestigingscode: school.vestigingscode,
        },
      },
    );
    expect(signedUp.data?.signUp.user).toEqual({ emailOffKinds: [] });

    const off = await t.gql(EMAIL, { k: ['COMPANY_APPROVED', 'PLACED', 'PLACED'], e: false }, quiet.token);
    expect(off.data?.setEmailNotifications).toEqual({
      id: quiet.user.id,
      emailOffKinds: ['COMPANY_APPROVED', 'PLACED'],
    });
    const onAgain = await t.gql(EMAIL, { k: ['PLACED'], e: true }, quiet.token);
    expect(onAgain.data?.setEmailNotifications.emailOffKinds).toEqual(['COMPANY_APPROVED']);
    expect((await t.gql(`{ me { emailOffKinds } }`, {}, quiet.token)).data?.me.emailOffKinds).toEqual([
      'COMPANY_APPROVED',
    ]);
    expect((await t.gql(`{ me { emailOffKinds } }`, {}, loud.token)).data?.me.emailOffKinds).toEqual([]);

    const approved = await t.gql(
      `mutation($id: ID!) { approveCompany(id: $id) { id } }`,
      { id: made.id },
      coordinator.token,
    );
    expect(approved.errors).toBeUndefined();
    const handled = await waitFor('the e-mail job to handle both notifications', async () => {
      const rows = await t.dataSource.query<
        Array<{ user_id: string; emailed_at: Date | null; email_skipped: boolean }>
      >(
        `SELECT user_id, emailed_at, email_skipped FROM notifications
          WHERE user_id = ANY($1::uuid[]) AND kind = 'COMPANY_APPROVED'`,
        [[quiet.user.id, loud.user.id]],
      );
      return rows.length === 2 && rows.every((row) => row.emailed_at) ? rows : null;
    });
    const byUser = new Map(handled.map((row) => [row.user_id, row.email_skipped]));
    expect(byUser.get(quiet.user.id)).toBe(true);
    expect(byUser.get(loud.user.id)).toBe(false);
    expect(mails.filter((mail) => mail.to === loud.user.email)).toHaveLength(1);
    expect(mails.filter((mail) => mail.to === quiet.user.email)).toEqual([]);
    // In the app it stays, unread.
    const page = await inbox(quiet);
    expect(page.items.map((item) => item.kind)).toEqual(['COMPANY_APPROVED']);
    expect(page.unreadCount).toBe(1);
  });
});
