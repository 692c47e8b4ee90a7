import { ERROR_REASONS, Role, type ErrorReason } from '@app/core';
import { CompanyFactory, SchoolFactory, UserFactory, errorCode } from '@app/testing';
import { ADMIN, startTestApp, type TestApp } from '../utils/test-app';

const SIGN_UP = `mutation($i: SignUpInput!) {
  signUp(input: $i) { token user { id email name role school { vestigingscode } company { name approved locations { postcode province city } } } }
}`;
const LOG_IN = `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token user { email role } } }`;

describe('accounts: signUp, logIn, me', () => {
  let t: TestApp;
  // A fixed code: the it.each tables below are built before beforeAll runs.
  const schoolCode = '01AB00';
  const userCount = async () => Number((await t.dataSource.query(`SELECT count(*) AS n FROM users`))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    await SchoolFactory.create(t.dataSource, { vestigingscode: schoolCode, brin: '01AB' });
  });
  afterAll(async () => {
    await t.close();
  });

  const teacher = (overrides: Record<string, unknown> = {}) => ({
    email: 'docent@example.nl',
    password: 'Proefjes-in-de-klas-8',
    name: 'Docent Jansen',
    role: 'TEACHER',
    schoolVestigingscode: schoolCode,
    ...overrides,
  });

  it('signs up a teacher of a school, logs in and answers me', async () => {
    const res = await t.gql(SIGN_UP, { i: teacher({ email: 'Docent@Example.nl' }) });
    expect(res.errors).toBeUndefined();
    expect(res.data?.signUp.user).toMatchObject({
      email: 'docent@example.nl',
      role: 'TEACHER',
      school: { vestigingscode: schoolCode },
      company: null,
    });
    const login = await t.gql(LOG_IN, { e: 'DOCENT@example.nl', p: 'Proefjes-in-de-klas-8' });
    expect(login.data?.logIn.user).toEqual({ email: 'docent@example.nl', role: 'TEACHER' });
    const me = await t.gql(`{ me { email role school { vestigingscode } } }`, {}, login.data?.logIn.token);
    expect(me.data?.me).toEqual({
      email: 'docent@example.nl',
      role: 'TEACHER',
      school: { vestigingscode: schoolCode },
    });
  });

  it('stores an argon2id hash, never the password', async () => {
    const [row] = await t.dataSource.query(
      `SELECT password_hash FROM users WHERE email = 'docent@example.nl'`,
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain('Proefjes-in-de-klas-8');
  });

  it('signs up a company contact with an unapproved company, geocoded from the postcode', async () => {
    const res = await t.gql(SIGN_UP, {
      i: {
        email: 'hr@polderlicht.nl',
        password: 'Techniek-voor-iedereen-1',
        name: 'Sanne de Vries',
        role: 'COMPANY',
        companyName: 'Polderlicht Solutions',
        companyLocation: {
          name: 'Hoofdkantoor',
          street: 'Stationsplein 1',
          postcode: '5611 AB',
          city: 'Eindhoven',
        },
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.signUp.user.company).toEqual({
      name: 'Polderlicht Solutions',
      approved: false,
      locations: [{ postcode: '5611AB', province: 'NOORD_BRABANT', city: 'Eindhoven' }],
    });
  });

  it.each([
    ['a weak password', teacher({ email: 'a@example.nl', password: 'kort1' }), 'BAD_USER_INPUT'],
    [
      'a password of two common words',
      teacher({ email: 'b@example.nl', password: 'alleenletters' }),
      'BAD_USER_INPUT',
    ],
    ['a common password', teacher({ email: 'b@example.nl', password: 'Welkom2026!' }), 'BAD_USER_INPUT'],
    ['a malformed e-mail', teacher({ email: 'geen-adres' }), 'BAD_USER_INPUT'],
    [
      'an unknown school',
      teacher({ email: 'c@example.nl', schoolVestigingscode: '99ZZ00' }),
      'BAD_USER_INPUT',
    ],
    [
      'a teacher without a school',
      teacher({ email: 'd@example.nl', schoolVestigingscode: null }),
      'BAD_USER_INPUT',
    ],
    ['the COORDINATOR role', teacher({ email: 'e@example.nl', role: 'COORDINATOR' }), 'BAD_USER_INPUT'],
    ['the ADMIN role', teacher({ email: 'f@example.nl', role: 'ADMIN' }), 'BAD_USER_INPUT'],
    ['an unknown role', teacher({ email: 'g@example.nl', role: 'DIRECTEUR' }), 'BAD_USER_INPUT'],
    [
      'a company with an unknown postcode',
      {
        ...teacher({ email: 'h@example.nl', role: 'COMPANY' }),
        companyName: 'X',
        companyLocation: { name: 'X', postcode: '0000 AA', city: 'X' },
      },
      'BAD_USER_INPUT',
    ],
    [
      'a company without a location',
      { ...teacher({ email: 'i@example.nl', role: 'COMPANY' }), companyName: 'Y' },
      'BAD_USER_INPUT',
    ],
  ])('rejects %s and writes nothing', async (_label, input, code) => {
    const before = await userCount();
    const companiesBefore = (await t.dataSource.query(`SELECT count(*) AS n FROM companies`))[0].n;
    const res = await t.gql(SIGN_UP, { i: input });
    expect(errorCode(res)).toBe(code);
    expect(res.data?.signUp ?? null).toBeNull();
    expect(await userCount()).toBe(before);
    expect((await t.dataSource.query(`SELECT count(*) AS n FROM companies`))[0].n).toBe(companiesBefore);
  });

  // What a client shows in Dutch: the domain reason beside the code.
  const company = (email: string, companyName: string, postcode: string) => ({
    ...teacher({ email, role: 'COMPANY' }),
    companyName,
    companyLocation: { name: 'Kantoor', postcode, city: 'Eindhoven' },
  });
  it.each([
    ['a weak password', teacher({ email: 'a@example.nl', password: 'kort1' }), 'WEAK_PASSWORD'],
    [
      'an unknown school',
      teacher({ email: 'c@example.nl', schoolVestigingscode: '99ZZ00' }),
      'UNKNOWN_SCHOOL_CODE',
    ],
    [
      'the COORDINATOR role',
      teacher({ email: 'e@example.nl', role: 'COORDINATOR' }),
      'SIGN_UP_ROLE_NOT_ALLOWED',
    ],
    ['a well-formed postcode not in use', company('h@example.nl', 'X', '1000 AA'), 'UNKNOWN_POSTCODE'],
    [
      'a taken company name (other case)',
      company('j@example.nl', 'POLDERLICHT solutions', '5611 AB'),
      'COMPANY_NAME_TAKEN',
    ],
    // As for a new address: the company is checked before the address is looked at.
    [
      'a taken company name with a taken e-mail',
      company('hr@polderlicht.nl', 'Polderlicht Solutions', '5611 AB'),
      'COMPANY_NAME_TAKEN',
    ],
  ])('says why it rejects %s in extensions.reason, and writes nothing', async (_label, input, reason) => {
    const before = await userCount();
    const res = await t.gql(SIGN_UP, { i: input });
    expect(errorCode(res)).toBe(ERROR_REASONS[reason as ErrorReason]);
    expect(res.errors?.[0]?.extensions?.reason).toBe(reason);
    expect(await userCount()).toBe(before);
  });

  describe('a sign-up with an address that has an account', () => {
    const SHAPE = `mutation($i: SignUpInput!) {
      signUp(input: $i) {
        token
        user { id email name role emailVerified schoolVerified provinces programmes emailOffKinds
               school { vestigingscode } company { name approved locations { postcode province city } } }
      }
    }`;
    // The answer with what differs per account (ids, addresses, the token's payload) replaced by its kind.
    const shapeOf = (value: unknown): unknown =>
      JSON.parse(
        JSON.stringify(value)
          .replace(/"id":"[0-9a-f-]{36}"/g, '"id":"<uuid>"')
          .replace(/"token":"[\w-]+\.[\w-]+\.[\w-]+"/g, '"token":"<jwt>"')
          .replace(/"email":"[^"]+"/g, '"email":"<email>"'),
      );

    it.each([
      [
        'a teacher',
        'nieuwe-docent@example.nl',
        (email: string) => teacher({ email, name: 'Docent Pietersen' }),
      ],
      [
        'a company contact',
        'nieuw-contact@example.nl',
        (email: string, n: number) => ({ ...company(email, `Windmolenpark ${n}`, '5611 AB'), name: 'Sanne' }),
      ],
    ])(
      "as %s: answers as for a new address, makes nothing, and its session reads as a new account's",
      async (_label, address, input) => {
        const fresh = await t.gql(SHAPE, { i: input(address, 1) });
        expect(fresh.errors).toBeUndefined();
        const users = await userCount();
        const companies = (await t.dataSource.query(`SELECT count(*) AS n FROM companies`))[0].n;
        const taken = await t.gql(SHAPE, { i: input(address.toUpperCase(), 2) });
        expect(taken.errors).toBeUndefined();
        expect(shapeOf(taken.data)).toEqual(
          shapeOf(JSON.parse(JSON.stringify(fresh.data).replace('Windmolenpark 1', 'Windmolenpark 2'))),
        );
        expect(taken.data?.signUp.user.email).toBe(address);
        expect(await userCount()).toBe(users);
        expect((await t.dataSource.query(`SELECT count(*) AS n FROM companies`))[0].n).toBe(companies);
        // Both tokens work, and `me` reads alike: the taken address's session holds what its sign-up claimed.
        const ME = `{ me { id email name role emailVerified schoolVerified provinces programmes emailOffKinds
                      school { vestigingscode } company { name approved locations { postcode province city } } } }`;
        const freshMe = await t.gql(ME, {}, fresh.data?.signUp.token);
        expect(freshMe.data?.me.id).toBe(fresh.data?.signUp.user.id);
        const takenMe = await t.gql(ME, {}, taken.data?.signUp.token);
        expect(takenMe.errors).toBeUndefined();
        expect(takenMe.data?.me).toEqual(taken.data?.signUp.user);
        expect(shapeOf(takenMe.data)).toEqual(
          shapeOf(JSON.parse(JSON.stringify(freshMe.data).replace('Windmolenpark 1', 'Windmolenpark 2'))),
        );
      },
    );
  });

  it('spends as long on an unknown address as on a wrong password, so timing tells no account', async () => {
    const known = [];
    for (let i = 0; i < 5; i++) known.push(await UserFactory.create(t.dataSource, Role.TEACHER));
    const timed = async (email: string): Promise<number> => {
      const started = performance.now();
      const res = await t.gql(LOG_IN, { e: email, p: 'Verkeerd-wachtwoord-1' });
      const ms = performance.now() - started;
      expect(res.errors?.[0]?.extensions?.reason).toBe('WRONG_CREDENTIALS');
      return ms;
    };
    // One attempt per address (no lock-out), alternating, so that a busy moment of the machine hits both sides.
    const knownMs: number[] = [];
    const unknownMs: number[] = [];
    for (const [i, user] of known.entries()) {
      knownMs.push(await timed(user.email));
      unknownMs.push(await timed(`onbekend-${i}@example.nl`));
    }
    const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
    const ratio = median(knownMs) / median(unknownMs);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
    // argon2 (64 MiB) on a busy machine: a few seconds each.
  }, 120_000);

  it('rejects a wrong password and an unknown e-mail alike', async () => {
    const wrong = await t.gql(LOG_IN, { e: 'docent@example.nl', p: 'Verkeerd-wachtwoord-1' });
    const unknown = await t.gql(LOG_IN, { e: 'niemand@example.nl', p: 'Verkeerd-wachtwoord-1' });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect([wrong, unknown].map((res) => res.errors?.[0]?.extensions?.reason)).toEqual([
      'WRONG_CREDENTIALS',
      'WRONG_CREDENTIALS',
    ]);
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it('answers me with null without a token, and UNAUTHENTICATED with a tampered one', async () => {
    expect((await t.gql(`{ me { id } }`)).data?.me).toBeNull();
    const login = await t.gql(LOG_IN, { e: 'docent@example.nl', p: 'Proefjes-in-de-klas-8' });
    const token: string = login.data?.logIn.token;
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'ADMIN' }),
    ).toString('base64url');
    expect(errorCode(await t.gql(`{ me { id } }`, {}, `${header}.${forged}.${signature}`))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await t.gql(`{ me { id } }`, {}, 'not-a-jwt'))).toBe('UNAUTHENTICATED');
  });

  it('creates the admin at boot from ADMIN_EMAIL / ADMIN_PASSWORD, who can create coordinators', async () => {
    const admin = await t.gql(LOG_IN, { e: ADMIN.email, p: ADMIN.password });
    expect(admin.data?.logIn.user.role).toBe('ADMIN');
    const create = `mutation($i: CreateCoordinatorInput!) { createCoordinator(input: $i) { email role } }`;
    const input = {
      i: {
        email: 'coordinator@example.nl',
        password: 'Regio-brabant-2026',
        name: 'Coördinator Zuid',
        provinces: ['NOORD_BRABANT'],
        programmes: [],
      },
    };
    const created = await t.gql(create, input, admin.data?.logIn.token);
    expect(created.data?.createCoordinator).toEqual({ email: 'coordinator@example.nl', role: 'COORDINATOR' });
    const teacherToken = await t.tokenFor(Role.TEACHER, {
      schoolId: (await SchoolFactory.create(t.dataSource)).id,
    });
    const usersBefore = await userCount();
    const refused = await t.gql(create, { i: { ...input.i, email: 'x@example.nl' } }, teacherToken);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.extensions?.reason).toBe('ROLE_NOT_ALLOWED');
    expect(await userCount()).toBe(usersBefore);
    expect(errorCode(await t.gql(create, { i: { ...input.i, email: 'y@example.nl' } }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('lets a coordinator approve a company and tells its contacts', async () => {
    const { company } = await CompanyFactory.create(t.dataSource, { approved: false, approvedAt: null });
    await t.tokenFor(Role.COMPANY, { companyId: company.id });
    const approve = `mutation($id: ID!) { approveCompany(id: $id) { id approved } }`;
    const teacherToken = await t.tokenFor(Role.TEACHER, {
      schoolId: (await SchoolFactory.create(t.dataSource)).id,
    });
    expect(errorCode(await t.gql(approve, { id: company.id }, teacherToken))).toBe('FORBIDDEN');
    const coordinator = await t.tokenFor(Role.COORDINATOR);
    const res = await t.gql(approve, { id: company.id }, coordinator);
    expect(res.data?.approveCompany).toEqual({ id: company.id, approved: true });
    const notes = await t.dataSource.query(
      `SELECT n.kind FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.company_id = $1`,
      [company.id],
    );
    expect(notes).toEqual([{ kind: 'COMPANY_APPROVED' }]);
    expect(errorCode(await t.gql(approve, { id: '00000000-0000-4000-8000-000000000000' }, coordinator))).toBe(
      'NOT_FOUND',
    );
  });
});
