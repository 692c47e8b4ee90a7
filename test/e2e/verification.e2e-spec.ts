import type { INestApplicationContext } from '@nestjs/common';
import { Province, Role } from '@app/core';
import {
  BookingFactory,
  PartnerOfferFactory,
  SchoolFactory,
  WaitlistEntryFactory,
  type GraphQLResponse,
} from '@app/testing';
import { WaitlistStatus } from '@app/waitlist';
import { startSmtpInbox, type SmtpInbox } from '../utils/smtp-inbox';
import { startTestApp, startTestWorker, type TestApp } from '../utils/test-app';

const PUBLIC_URL = 'https://techmatch.test';
const LINK = /https:\/\/techmatch\.test\/e-mail-bevestigen\?token=([A-Za-z0-9_-]{43})(?=\s)/;

const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { token user { id emailVerified schoolVerified } } }`;
const VERIFY = `mutation($t: String!) { verifyEmail(token: $t) { token user { id email emailVerified schoolVerified } } }`;
const MY_SCHOOL = `{
  myBookings { id message }
  myWaitlistEntries { id }
  mySchoolRequests { id }
}`;
const CANCEL = `mutation($id: ID!) { cancelBooking(id: $id, reason: "weg") { id status } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawFromWaitlist(entryId: $id) { id status } }`;
const RESPOND = `mutation($id: ID!) { respondToPartnerOffer(offerId: $id, accept: false) { id status } }`;
const PENDING = `query($p: Province) { pendingTeachers(province: $p) { id email schoolVerified } }`;
const APPROVE = `mutation($id: ID!) { approveTeacher(userId: $id) { id schoolVerified } }`;

describe('verification: e-mail addresses confirmed, teachers proven before they act for a school', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let inbox: SmtpInbox;
  let hooghuis: string;
  let bookings: string[];
  let entryId: string;
  let offerId: string;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    t = await startTestApp({ SMTP_URL: inbox.url, PUBLIC_URL });
    worker = await startTestWorker();
    const school = await SchoolFactory.create(t.dataSource, {
      vestigingscode: '19XH00',
      brin: '19XH',
      name: 'Het Hooghuis',
      province: Province.NOORD_BRABANT,
      website: 'www.hethooghuis.nl',
    });
    hooghuis = school.id;
    bookings = [];
    for (const message of ['Graag in week 12', 'Twee klassen vwo']) {
      bookings.push((await BookingFactory.from({ schoolId: hooghuis, message }).insert(t.dataSource)).id);
    }
    const entry = await WaitlistEntryFactory.from({
      schoolId: hooghuis,
      province: Province.NOORD_BRABANT,
      status: WaitlistStatus.OFFERED,
    }).insert(t.dataSource);
    entryId = entry.id;
    offerId = (await PartnerOfferFactory.from({ entryId }).insert(t.dataSource)).id;
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await inbox?.close();
  });

  const reason = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.reason;
  const code = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;
  const state = async () => ({
    bookings: (
      await t.dataSource.query<Array<{ status: string }>>(
        `SELECT status FROM bookings WHERE id = ANY($1) ORDER BY id`,
        [bookings],
      )
    ).map((row) => row.status),
    entry: (await t.dataSource.query(`SELECT status FROM waitlist_entries WHERE id = $1`, [entryId]))[0]
      .status,
    offer: (await t.dataSource.query(`SELECT status FROM partner_offers WHERE id = $1`, [offerId]))[0].status,
  });

  // Signs a teacher up for Het Hooghuis; returns the session and the token of the link the mail holds.
  const signUp = async (email: string) => {
    const response = await t.gql(SIGN_UP, {
      i: {
        email,
        password: 'Lesgeven-in-Hooghuis-7',
        name: 'Docent',
        role: 'TEACHER',
        schoolVestigingscode: '19XH00',
      },
    });
    expect(response.errors).toBeUndefined();
    const mail = await inbox.next(email);
    const link = LINK.exec(mail.text)?.[1];
    if (!link) throw new Error(`no confirmation link in: ${mail.text}`);
    return { ...(response.data?.signUp as { token: string; user: { id: string } }), link, mail };
  };
  const verified = async (email: string) => {
    const { link, user } = await signUp(email);
    const response = await t.gql(VERIFY, { t: link });
    expect(response.errors).toBeUndefined();
    return { user, token: response.data?.verifyEmail.token as string };
  };

  it('sign-up mails a one-time link; verifyEmail confirms the address once and logs in', async () => {
    const { token, user, link, mail } = await signUp('stranger.one@gmail.com');
    expect(mail.subject).toBe('Bevestig uw e-mailadres voor TechMatch');
    expect(mail.text).toContain('7 dagen geldig');
    const me = await t.gql(`{ me { emailVerified schoolVerified } }`, {}, token);
    expect(me.data?.me).toEqual({ emailVerified: false, schoolVerified: false });
    // Unconfirmed: reading is allowed, acting is not.
    expect((await t.gql(MY_SCHOOL, {}, token)).errors).toBeUndefined();
    const early = await t.gql(CANCEL, { id: bookings[0] }, token);
    expect([code(early), reason(early)]).toEqual(['FORBIDDEN', 'EMAIL_NOT_VERIFIED']);

    const first = await t.gql(VERIFY, { t: link });
    expect(first.errors).toBeUndefined();
    expect(first.data?.verifyEmail.user).toEqual({
      id: user.id,
      email: 'stranger.one@gmail.com',
      emailVerified: true,
      schoolVerified: false,
    });
    const session = await t.gql(`{ me { id emailVerified } }`, {}, first.data?.verifyEmail.token);
    expect(session.data?.me).toEqual({ id: user.id, emailVerified: true });

    const again = await t.gql(VERIFY, { t: link });
    expect([code(again), reason(again)]).toEqual(['BAD_USER_INPUT', 'VERIFY_TOKEN_USED']);
    const madeUp = await t.gql(VERIFY, { t: 'x'.repeat(43) });
    expect(reason(madeUp)).toBe('VERIFY_TOKEN_INVALID');
    const stale = await signUp('stranger.two@gmail.com');
    await t.dataSource.query(
      `UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [stale.user.id],
    );
    expect(reason(await t.gql(VERIFY, { t: stale.link }))).toBe('VERIFY_TOKEN_EXPIRED');
    const [row] = await t.dataSource.query(`SELECT email_verified FROM users WHERE id = $1`, [stale.user.id]);
    expect(row.email_verified).toBe(false);
    // A password reset link proves the address as well: the way forward with a stale link.
    const before = inbox.to('stranger.two@gmail.com').length;
    await t.gql(`mutation { requestPasswordReset(email: "stranger.two@gmail.com") }`);
    const resetMail = await inbox.next('stranger.two@gmail.com', before);
    const resetToken = /wachtwoord-herstellen\?token=([A-Za-z0-9_-]{43})/.exec(resetMail.text)?.[1];
    const reset = await t.gql(
      `mutation($t: String!) { resetPassword(token: $t, newPassword: "Nieuw-wachtwoord-2026") { user { emailVerified } } }`,
      { t: resetToken },
    );
    expect(reset.data?.resetPassword.user).toEqual({ emailVerified: true });
  });

  it("a teacher whose address is on the school's website domain is proven at verification", async () => {
    const { token, user } = await verified('j.jansen@hethooghuis.nl');
    const me = await t.gql(`{ me { id emailVerified schoolVerified } }`, {}, token);
    expect(me.data?.me).toEqual({ id: user.id, emailVerified: true, schoolVerified: true });
    const mine = await t.gql(MY_SCHOOL, {}, token);
    expect(mine.data?.myBookings.map((b: { id: string }) => b.id).sort()).toEqual([...bookings].sort());
    expect(mine.data?.myWaitlistEntries).toEqual([{ id: entryId }]);
  });

  it('a stranger signed up for the school sees none of its records and cannot act for it, until approved', async () => {
    const stranger = await verified('stranger.three@gmail.com');
    const mine = await t.gql(MY_SCHOOL, {}, stranger.token);
    expect(mine.errors).toBeUndefined();
    expect(mine.data).toEqual({ myBookings: [], myWaitlistEntries: [], mySchoolRequests: [] });
    const before = await state();
    expect(before).toEqual({ bookings: ['REQUESTED', 'REQUESTED'], entry: 'OFFERED', offer: 'PENDING' });
    for (const [document, id] of [
      [CANCEL, bookings[0]],
      [WITHDRAW, entryId],
      [RESPOND, offerId],
    ] as const) {
      const refused = await t.gql(document, { id }, stranger.token);
      expect([code(refused), reason(refused)]).toEqual(['FORBIDDEN', 'SCHOOL_NOT_VERIFIED']);
    }
    expect(await state()).toEqual(before);
    // Nor may an unproven teacher vouch for others.
    const own = await t.gql(PENDING, {}, stranger.token);
    expect(reason(own)).toBe('SCHOOL_NOT_VERIFIED');

    // Who may approve sees the stranger waiting: a proven teacher of the school, and a coordinator.
    const colleague = await t.tokenFor(Role.TEACHER, { schoolId: hooghuis });
    const coordinator = await t.tokenFor(Role.COORDINATOR);
    const waiting = { id: stranger.user.id, email: 'stranger.three@gmail.com', schoolVerified: false };
    expect((await t.gql(PENDING, {}, colleague)).data?.pendingTeachers).toContainEqual(waiting);
    expect((await t.gql(PENDING, { p: 'NOORD_BRABANT' }, coordinator)).data?.pendingTeachers).toContainEqual(
      waiting,
    );
    expect((await t.gql(PENDING, { p: 'FRYSLAN' }, coordinator)).data?.pendingTeachers).toEqual([]);

    // A teacher of another school neither sees nor approves them.
    const other = await SchoolFactory.create(t.dataSource, { website: 'www.andercollege.nl' });
    const outsider = await t.tokenFor(Role.TEACHER, { schoolId: other.id });
    expect((await t.gql(PENDING, {}, outsider)).data?.pendingTeachers).toEqual([]);
    const refused = await t.gql(APPROVE, { id: stranger.user.id }, outsider);
    expect([code(refused), reason(refused)]).toEqual(['FORBIDDEN', 'NOT_YOUR_SCHOOL']);
    const [still] = await t.dataSource.query(`SELECT school_verified FROM users WHERE id = $1`, [
      stranger.user.id,
    ]);
    expect(still.school_verified).toBe(false);

    // Approved by the colleague: now the school's records are theirs to see and act on.
    const approved = await t.gql(APPROVE, { id: stranger.user.id }, colleague);
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.approveTeacher).toEqual({ id: stranger.user.id, schoolVerified: true });
    expect((await t.gql(PENDING, {}, colleague)).data?.pendingTeachers).not.toContainEqual(waiting);
    const now = await t.gql(MY_SCHOOL, {}, stranger.token);
    expect(now.data?.myBookings).toHaveLength(2);
    const cancelled = await t.gql(CANCEL, { id: bookings[0] }, stranger.token);
    expect(cancelled.errors).toBeUndefined();
    expect((await state()).bookings).toContain('CANCELLED');
  });

  it('a coordinator approves too; a company contact may not; an unknown or non-teacher account is refused', async () => {
    const stranger = await verified('stranger.four@gmail.com');
    const coordinator = await t.tokenFor(Role.COORDINATOR);
    const company = await t.tokenFor(Role.COMPANY);
    expect(reason(await t.gql(APPROVE, { id: stranger.user.id }, company))).toBe('ROLE_NOT_ALLOWED');
    expect(code(await t.gql(APPROVE, { id: '00000000-0000-4000-8000-000000000000' }, coordinator))).toBe(
      'NOT_FOUND',
    );
    const contact = (await t.dataSource.query(`SELECT id FROM users WHERE role = 'COMPANY' LIMIT 1`))[0].id;
    expect(reason(await t.gql(APPROVE, { id: contact }, coordinator))).toBe('NOT_A_TEACHER');
    const approved = await t.gql(APPROVE, { id: stranger.user.id }, coordinator);
    expect(approved.data?.approveTeacher).toEqual({ id: stranger.user.id, schoolVerified: true });
    const withdrawn = await t.gql(WITHDRAW, { id: entryId }, stranger.token);
    expect(withdrawn.errors).toBeUndefined();
    expect((await state()).entry).toBe('WITHDRAWN');
  });
});
