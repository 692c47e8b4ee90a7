import { Role } from '@app/core';
import { SchoolFactory, TEST_PASSWORD, UserFactory, type GraphQLResponse } from '@app/testing';
import { startTestApp, type TestApp } from '../utils/test-app';

// A sign-up with an address that has an account gets a pending sign-up: a real session that belongs to no account
// and holds what the sign-up claimed. Whoever holds it must not be able to tell it from a new, unconfirmed account:
// here every operation runs twice, once on a new account and once on a pending sign-up made the same way, and the
// answers must be equal but for ids, addresses, tokens and moments.

const SIGN_UP = `mutation($i: SignUpInput!) {
  signUp(input: $i) { token tokenExpiresAt refreshToken refreshTokenExpiresAt user { ...Account } }
}`;
const ACCOUNT = `fragment Account on User {
  id email name role emailVerified schoolVerified provinces programmes emailOffKinds
  school { id name vestigingscode } company { id name approved rejectionReason locations { id name postcode city province } }
}`;

// An answer with what differs per account replaced by its kind.
const shapeOf = (value: unknown): unknown =>
  JSON.parse(
    JSON.stringify(value)
      .replace(/"id":"[0-9a-f-]{36}"/g, '"id":"<uuid>"')
      .replace(/"(token|refreshToken)":"[^"]+"/g, '"$1":"<token>"')
      .replace(/"(tokenExpiresAt|refreshTokenExpiresAt)":"[^"]+"/g, '"$1":"<time>"')
      .replace(/"email":"[^"]+"/g, '"email":"<email>"')
      .replace(/Windmolenpark \d+[AB]/g, 'Windmolenpark'),
  );

/** A new account and a pending sign-up made alike; `companyName` is the one the pending sign-up claimed. */
interface Pair {
  fresh: Session;
  pending: Session;
  companyName: string;
}

interface Session {
  token: string;
  refreshToken: string;
  user: { id: string; email: string };
}

describe('a pending sign-up (an address that has an account) answers as a new unconfirmed account', () => {
  let t: TestApp;
  const schoolCode = '07XY00';
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp();
    await SchoolFactory.create(t.dataSource, { vestigingscode: schoolCode, brin: '07XY' });
  });
  afterAll(async () => {
    await t?.close();
  });

  const gql = <T = Record<string, any>>(query: string, variables: Record<string, unknown>, token?: string) =>
    t.gql<T>(`${query}\n${query.includes('...Account') ? ACCOUNT : ''}`, variables, token);

  const inputs = {
    [Role.TEACHER]: (email: string, _: string) => ({
      email,
      password: 'Proefjes-in-de-klas-8',
      name: 'Docent Pietersen',
      role: 'TEACHER',
      schoolVestigingscode: schoolCode,
    }),
    [Role.COMPANY]: (email: string, tag: string) => ({
      email,
      password: 'Proefjes-in-de-klas-8',
      name: 'Sanne de Boer',
      role: 'COMPANY',
      companyName: `Windmolenpark ${tag}`,
      companyLocation: { name: 'Hoofdkantoor', postcode: '5611 AB', city: 'Eindhoven' },
    }),
  };

  /** A new account and a pending sign-up of the same role, signed up alike (the second with a taken address). */
  async function pair(role: Role.TEACHER | Role.COMPANY): Promise<Pair> {
    n += 1;
    const owner = await UserFactory.create(t.dataSource, role);
    const fresh = await gql<{ signUp: Session }>(SIGN_UP, {
      i: inputs[role](`nieuw-${n}@example.nl`, `${n}A`),
    });
    const pending = await gql<{ signUp: Session }>(SIGN_UP, {
      i: inputs[role](owner.email.toUpperCase(), `${n}B`),
    });
    expect(fresh.errors).toBeUndefined();
    expect(pending.errors).toBeUndefined();
    expect(shapeOf(pending.data)).toEqual(shapeOf(fresh.data));
    // Nothing is made for the pending one: the owner's account is the only one with the address.
    expect(pending.data!.signUp.user.id).not.toBe(owner.id);
    expect(
      await t.dataSource.query(`SELECT id FROM users WHERE lower(email) = $1`, [owner.email.toLowerCase()]),
    ).toEqual([{ id: owner.id }]);
    return { fresh: fresh.data!.signUp, pending: pending.data!.signUp, companyName: `Windmolenpark ${n}B` };
  }

  /** Runs `operation` as both, and expects the same answer but for ids and such; returns both. */
  async function alike<T>(
    both: Pair,
    operation: (session: Session) => Promise<GraphQLResponse<T>>,
  ): Promise<{ fresh: GraphQLResponse<T>; pending: GraphQLResponse<T> }> {
    const fresh = await operation(both.fresh);
    const pending = await operation(both.pending);
    // Errors by code, reason and field: messages name no account either way, but may name ids.
    const comparable = (answer: GraphQLResponse<T>) => ({
      data: answer.data,
      errors: answer.errors?.map((error) => ({ path: error.path, ...error.extensions })),
    });
    expect(shapeOf(comparable(pending))).toEqual(shapeOf(comparable(fresh)));
    return { fresh, pending };
  }

  describe.each([Role.TEACHER, Role.COMPANY] as const)('as a %s', (role) => {
    let both: Pair;

    beforeAll(async () => {
      both = await pair(role);
    });

    it('me: the account as signed up, unconfirmed', async () => {
      const { pending } = await alike(both, (s) => gql(`{ me { ...Account } }`, {}, s.token));
      expect(pending.data?.me).toMatchObject({
        id: both.pending.user.id,
        email: both.pending.user.email,
        emailVerified: false,
        schoolVerified: false,
      });
      if (role === Role.COMPANY) {
        expect(pending.data?.me.company).toMatchObject({ name: both.companyName, approved: false });
      } else {
        expect(pending.data?.me.school).toMatchObject({ vestigingscode: schoolCode });
      }
    });

    it('lists: no notifications, nothing of the school or company', async () => {
      const lists =
        role === Role.TEACHER
          ? `myBookings { id } mySchoolRequests { id } myWaitlistEntries { id }`
          : `myBookings { id } mySupplyOffers { id }`;
      const { pending } = await alike(both, (s) =>
        gql(`{ myNotifications { items { id } unreadCount nextCursor } ${lists} }`, {}, s.token),
      );
      expect(pending.errors).toBeUndefined();
      expect(pending.data?.myNotifications).toEqual({ items: [], unreadCount: 0, nextCursor: null });
    });

    it('refused actions: EMAIL_NOT_VERIFIED, as for a new account', async () => {
      const act =
        role === Role.TEACHER
          ? `mutation { joinWaitlist(programme: JET_NET) { id } }`
          : `mutation { updateCompany(name: "Andere naam") { id } }`;
      const { pending } = await alike(both, (s) => gql(act, {}, s.token));
      expect(pending.errors?.[0]?.extensions).toMatchObject({ reason: 'EMAIL_NOT_VERIFIED' });
      if (role === Role.TEACHER) {
        const { pending: booking } = await alike(both, (s) =>
          gql(
            `mutation($i: RequestBookingInput!) { requestBooking(input: $i) { id } }`,
            { i: { activityId: '00000000-0000-4000-8000-000000000000', level: 'HAVO', groupSize: 20 } },
            s.token,
          ),
        );
        expect(booking.errors?.[0]?.extensions).toMatchObject({ reason: 'EMAIL_NOT_VERIFIED' });
        const { pending: approvals } = await alike(both, (s) =>
          gql(`{ pendingTeachers { id } }`, {}, s.token),
        );
        expect(approvals.errors?.[0]?.extensions).toMatchObject({ reason: 'EMAIL_NOT_VERIFIED' });
      }
    });

    it('what an unconfirmed account may change of its own: e-mail settings and the password', async () => {
      const { pending } = await alike(both, (s) =>
        gql(
          `mutation { setEmailNotifications(kinds: [REVIEW_RECEIVED, BOOKING_ANSWERED], enabled: false) { ...Account } }`,
          {},
          s.token,
        ),
      );
      expect(pending.data?.setEmailNotifications.emailOffKinds).toEqual([
        'BOOKING_ANSWERED',
        'REVIEW_RECEIVED',
      ]);
      const { pending: again } = await alike(both, (s) => gql(`{ me { emailOffKinds } }`, {}, s.token));
      expect(again.data?.me.emailOffKinds).toEqual(['BOOKING_ANSWERED', 'REVIEW_RECEIVED']);

      const CHANGE = `mutation($c: String!, $p: String!) { changePassword(currentPassword: $c, newPassword: $p) }`;
      const { pending: wrong } = await alike(both, (s) =>
        gql(CHANGE, { c: 'Niet-mijn-wachtwoord-1', p: 'Een-nieuw-wachtwoord-77' }, s.token),
      );
      expect(wrong.errors?.[0]?.extensions?.reason).toBe('WRONG_PASSWORD');
      const { pending: weak } = await alike(both, (s) =>
        gql(CHANGE, { c: 'Proefjes-in-de-klas-8', p: 'wachtwoord' }, s.token),
      );
      expect(weak.errors?.[0]?.extensions?.reason).toBe('WEAK_PASSWORD');
      const { pending: changed } = await alike(both, (s) =>
        gql(CHANGE, { c: 'Proefjes-in-de-klas-8', p: 'Een-nieuw-wachtwoord-77' }, s.token),
      );
      expect(changed.data?.changePassword).toBe(true);
      // The new one is the current one now.
      const { pending: back } = await alike(both, (s) =>
        gql(CHANGE, { c: 'Een-nieuw-wachtwoord-77', p: 'Proefjes-in-de-klas-8' }, s.token),
      );
      expect(back.data?.changePassword).toBe(true);
      // Nothing of it reached the owner's account.
      const owners = await t.dataSource.query<Array<{ email_off_kinds: string[] }>>(
        `SELECT email_off_kinds FROM users WHERE lower(email) = lower($1)`,
        [both.pending.user.email],
      );
      expect(owners).toEqual([{ email_off_kinds: [] }]);
    }, 60_000);

    it('refreshSession rotates, and the new access token reads the same account', async () => {
      const REFRESH = `mutation($r: String) { refreshSession(refreshToken: $r) { token tokenExpiresAt refreshToken refreshTokenExpiresAt user { ...Account } } }`;
      const { fresh, pending } = await alike(both, (s) => gql(REFRESH, { r: s.refreshToken }, s.token));
      expect(pending.errors).toBeUndefined();
      expect(pending.data?.refreshSession.user.id).toBe(both.pending.user.id);
      expect(pending.data?.refreshSession.refreshToken).not.toBe(both.pending.refreshToken);
      both = {
        ...both,
        fresh: { ...both.fresh, ...fresh.data!.refreshSession },
        pending: { ...both.pending, ...pending.data!.refreshSession },
      };
      const { pending: me } = await alike(both, (s) => gql(`{ me { id } }`, {}, s.token));
      expect(me.data?.me.id).toBe(both.pending.user.id);
    });
  });

  // The company a pending sign-up claimed exists nowhere: the access layer takes its ids as the actor's own
  // (Actor.claimed), so its lists are empty and its location has no capacity, as a new company contact's.
  it("as a company contact: myActivities reads as a new account's (empty)", async () => {
    const both = await pair(Role.COMPANY);
    const { pending } = await alike(both, (s) => gql(`{ myActivities { id } }`, {}, s.token));
    expect(pending.data?.myActivities).toEqual([]);
  });

  it("as a company contact: the own location's partner capacity reads as a new account's", async () => {
    const both = await pair(Role.COMPANY);
    const LOCATION = `{ me { company { locations { id } } } }`;
    const locationOf = async (s: Session) =>
      (await gql(LOCATION, {}, s.token)).data?.me.company.locations[0].id as string;
    const { pending } = await alike(both, async (s) =>
      gql(
        `query($l: ID!) { partnerCapacity(locationId: $l, programme: JET_NET) { slots placed pending used } }`,
        { l: await locationOf(s) },
        s.token,
      ),
    );
    expect(pending.data?.partnerCapacity).toBeNull();
  });

  it('logOut ends the session: its tokens stop working, as a new account’s do', async () => {
    const both = await pair(Role.TEACHER);
    const { pending } = await alike(both, (s) => gql(`mutation { logOut }`, {}, s.token));
    expect(pending.data?.logOut).toBe(true);
    const { pending: me } = await alike(both, (s) => gql(`{ me { id } }`, {}, s.token));
    expect(me.errors?.[0]?.extensions?.reason).toBe('SESSION_INVALID');
    const { pending: refresh } = await alike(both, (s) =>
      gql(`mutation($r: String) { refreshSession(refreshToken: $r) { token } }`, { r: s.refreshToken }),
    );
    expect(refresh.errors?.[0]?.extensions?.reason).toBe('SESSION_INVALID');
  });

  it('logOutEverywhere ends its one session, as a new account’s one', async () => {
    const both = await pair(Role.COMPANY);
    const { pending } = await alike(both, (s) => gql(`mutation { logOutEverywhere }`, {}, s.token));
    expect(pending.data?.logOutEverywhere).toBe(1);
    const { pending: me } = await alike(both, (s) => gql(`{ me { id } }`, {}, s.token));
    expect(me.errors?.[0]?.extensions?.reason).toBe('SESSION_INVALID');
  });

  it('is kept in its session only: no users row, no company, and it cannot be confirmed', async () => {
    const both = await pair(Role.COMPANY);
    expect(await t.dataSource.query(`SELECT id FROM users WHERE id = $1`, [both.pending.user.id])).toEqual(
      [],
    );
    expect(await t.dataSource.query(`SELECT id FROM companies WHERE name = 'Windmolenpark B'`)).toEqual([]);
    const [session] = await t.dataSource.query<Array<{ user_id: string | null; pending_sign_up: any }>>(
      `SELECT user_id, pending_sign_up FROM sessions WHERE pending_sign_up->>'id' = $1`,
      [both.pending.user.id],
    );
    expect(session.user_id).toBeNull();
    expect(session.pending_sign_up).toMatchObject({
      email: both.pending.user.email,
      email_verified: false,
      company: { company: { name: both.companyName, approved: false } },
    });
    expect(session.pending_sign_up.password_hash).toMatch(/^\$argon2id\$/);
    // No link to confirm it was made: the only token of the address is the owner's reset link.
    const tokens = await t.dataSource.query<Array<{ purpose: string }>>(
      `SELECT a.purpose FROM account_tokens a JOIN users u ON u.id = a.user_id WHERE lower(u.email) = lower($1)`,
      [both.pending.user.email],
    );
    expect(tokens.map((token) => token.purpose)).toEqual(['PASSWORD_RESET']);
  });
  it.each([Role.TEACHER, Role.COMPANY] as const)(
    'as a %s: logs in again after logging out, with the password it chose, as a new account does',
    async (role) => {
      const both = await pair(role);
      await alike(both, (s) => gql(`mutation { logOut }`, {}, s.token));
      const LOG_IN = `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token user { ...Account } } }`;
      // A wrong password is refused alike.
      const { pending: wrong } = await alike(both, (s) =>
        gql(LOG_IN, { e: s.user.email, p: 'Niet-het-wachtwoord-1' }),
      );
      expect(wrong.errors?.[0]?.extensions?.reason).toBe('WRONG_CREDENTIALS');
      const { pending: again } = await alike(both, (s) =>
        gql<{ logIn: Session }>(LOG_IN, { e: s.user.email, p: 'Proefjes-in-de-klas-8' }),
      );
      expect(again.data?.logIn.user.id).toBe(both.pending.user.id);
      const token = again.data!.logIn.token;
      const { data } = await gql<{ me: { id: string; emailVerified: boolean } }>(
        `{ me { id emailVerified } }`,
        {},
        token,
      );
      expect(data?.me).toEqual({ id: both.pending.user.id, emailVerified: false });
      // The owner of the address still logs in with their own password, to their own account.
      const [owner] = await t.dataSource.query<Array<{ id: string; email: string }>>(
        `SELECT id, email FROM users WHERE lower(email) = lower($1)`,
        [both.pending.user.email],
      );
      const own = await gql<{ logIn: Session }>(LOG_IN, { e: owner.email, p: TEST_PASSWORD });
      expect(own.data?.logIn.user.id).toBe(owner.id);
    },
  );
});
