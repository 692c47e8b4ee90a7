import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { Role } from '@app/core';
import { CompanyFactory, SchoolFactory, createSchools } from '@app/testing';
import { startTestApp, type TestApp } from '../utils/test-app';

const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { user { id email } } }`;
const LOG_IN = `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { user { email } } }`;
const CREATE = `mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }`;
const SEARCH = `query($input: ActivitySearchInput!) { searchActivities(input: $input) { total } }`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

// Development mode without DEBUG_ERRORS: the mode of the demo that leaked stack traces.
describe('clean input and quiet errors', () => {
  let t: TestApp;
  let companyToken: string;
  let locationId: string;
  const schoolCode = '07CI00';
  const count = async (table: string) =>
    Number((await t.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const counts = async () => Promise.all(['users', 'activities', 'companies'].map(count));
  const teacher = (overrides: Record<string, unknown> = {}) => ({
    role: 'TEACHER',
    schoolVestigingscode: schoolCode,
    name: 'Docent Jansen',
    email: 'docent@example.nl',
    password: 'Proefjes-in-de-klas-8',
    ...overrides,
  });
  const activity = (overrides: Record<string, unknown> = {}) => ({
    locationId,
    programme: 'JET_NET',
    type: 'WORKSHOP',
    title: 'Werkplaats zonne-energie',
    description: 'Leerlingen bouwen een klein zonnepaneel.',
    levels: ['VMBO_GL'],
    themes: ['Energie'],
    targetGroups: ['ALL_PUPILS'],
    delivery: 'AT_PROVIDER',
    maxTravelKm: 10,
    costEuros: 5,
    durationMinutes: 90,
    maxParticipants: 25,
    startsAt: inDays(30),
    endsAt: inDays(120),
    ...overrides,
  });
  // No answer carries a stack trace or a path of a source file.
  const expectNoStack = (body: unknown) => {
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/stacktrace|\.ts:\d|\.js:\d|\/work\/|node_modules|\n\s+at /);
  };

  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'development', DEBUG_ERRORS: 'false' });
    await SchoolFactory.create(t.dataSource, { vestigingscode: schoolCode, brin: '07CI' });
    const own = await CompanyFactory.create(t.dataSource, { name: 'Schoon Invoer BV' });
    locationId = own.location.id;
    companyToken = await t.tokenFor(Role.COMPANY, { companyId: own.company.id });
    expect((await t.gql(SIGN_UP, { i: teacher() })).errors).toBeUndefined();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('a NUL byte or an unpaired surrogate is refused before it reaches the database', () => {
    const cases: Array<[string, () => [string, Record<string, unknown>, string?], string]> = [
      ['anonymous search, a variable', () => [SEARCH, { input: { query: 'water\u0000stof' } }], 'query'],
      ['anonymous schools, a literal', () => [`{ schools(query: "Aida\\u0000") { id } }`, {}], 'query'],
      [
        'anonymous sign-up',
        () => [SIGN_UP, { i: teacher({ email: 'x@example.nl', name: 'N\u0000' }) }],
        'name',
      ],
      ['anonymous log-in', () => [LOG_IN, { e: 'docent@example.nl\u0000', p: 'Proefjes-in-de-klas-8' }], 'e'],
      [
        'a company creating, title',
        () => [CREATE, { i: activity({ title: 'Les\u0000' }) }, companyToken],
        'title',
      ],
      [
        'a company creating, a lone surrogate',
        () => [CREATE, { i: activity({ description: 'half \ud83d emoji' }) }, companyToken],
        'description',
      ],
      [
        'a company creating, in a list',
        () => [CREATE, { i: activity({ themes: ['Energie', '\udc00'] }) }, companyToken],
        'themes',
      ],
    ];

    it.each(cases)('%s', async (_name, request, field) => {
      const before = await counts();
      const [query, variables, token] = request();
      const res = await t.gql(query, variables, token);
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_TEXT',
        field,
      });
      expect(res.data ?? null).toBeNull();
      expectNoStack(res);
      expect(await counts()).toEqual(before);
    });

    it('lets a well-formed emoji (a surrogate pair) through', async () => {
      const res = await t.gql(CREATE, { i: activity({ title: 'Raketten 🚀' }) }, companyToken);
      expect(res.errors).toBeUndefined();
    });
  });

  describe('dates and numbers within their domain', () => {
    it.each([
      ['the earliest JavaScript date', '-271821-04-20T00:00:00Z'],
      ['year 0000', '0000-01-01T00:00:00Z'],
      ['the latest JavaScript date', '+275760-09-13T00:00:00Z'],
      ['before 2015', '2014-12-31T00:00:00Z'],
      ['more than ten years ahead', inDays(366 * 10 + 2)],
    ])('refuses %s as DATE_OUT_OF_RANGE and stores nothing', async (_name, date) => {
      const before = await count('activities');
      const res = await t.gql(CREATE, { i: activity({ startsAt: date }) }, companyToken);
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'DATE_OUT_OF_RANGE',
        field: 'startsAt',
      });
      expectNoStack(res);
      expect(await count('activities')).toBe(before);
    });

    it('refuses an out-of-range date in an anonymous search too', async () => {
      const res = await t.gql(SEARCH, { input: { startsAfter: '-271821-04-20T00:00:00Z' } });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'DATE_OUT_OF_RANGE',
      });
    });

    it.each([
      ['durationMinutes', 2147483647],
      ['maxParticipants', 2147483647],
      ['durationMinutes', 0],
    ])('refuses %s %d and stores nothing', async (field, value) => {
      const before = await count('activities');
      const res = await t.gql(CREATE, { i: activity({ [field]: value }) }, companyToken);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count('activities')).toBe(before);
    });
  });

  describe('e-mail addresses are compared in one form', () => {
    it('does not make a second account for a full-width look-alike, and logs it in', async () => {
      const before = await count('users');
      const res = await t.gql(SIGN_UP, { i: teacher({ email: ' ｄｏｃｅｎｔ@ＥＸＡＭＰＬＥ.nl' }) });
      // Answered as a new address (sign-up tells nobody who has an account), but nothing is made.
      expect(res.errors).toBeUndefined();
      expect(await count('users')).toBe(before);
      const login = await t.gql(LOG_IN, { e: 'ｄｏｃｅｎｔ@example.nl', p: 'Proefjes-in-de-klas-8' });
      expect(login.data?.logIn.user.email).toBe('docent@example.nl');
    });
  });

  describe('logs', () => {
    it('never write the parameters of failed SQL: no e-mail address, no password hash', async () => {
      const lines: string[] = [];
      const capture = (...args: unknown[]) => void lines.push(JSON.stringify(args));
      const spies = [
        ...(['error', 'warn', 'log', 'debug', 'verbose', 'fatal'] as const).map((level) =>
          jest.spyOn(Logger.prototype, level).mockImplementation(capture),
        ),
        jest.spyOn(console, 'error').mockImplementation(capture),
        jest.spyOn(console, 'log').mockImplementation(capture),
      ];
      try {
        // Parallel sign-ups of one address: the losers are answered as new sign-ups (one that races past the
        // look-up meets the unique index), and none of it may log the address.
        const email = 'gelijktijdig@example.nl';
        await Promise.all(
          Array.from({ length: 4 }, () => t.gql(SIGN_UP, { i: teacher({ email, name: 'Gelijk' }) })),
        );
        // And a failing statement for sure (the address is taken), with an address and a hash as its parameters.
        const hash = '$argon2id$v=19$m=19456,t=2,p=1$geheim';
        await expect(
          t.dataSource.query(
            `INSERT INTO users (email, password_hash, name, role) VALUES ($1, $2, 'Dubbel', 'COORDINATOR')`,
            [email, hash],
          ),
        ).rejects.toThrow();
        const log = lines.join('\n');
        expect(log).toContain('query failed');
        expect(log).toContain('23505');
        expect(log).not.toContain(email);
        expect(log).not.toContain('$argon2');
        expect(log).not.toContain('PARAMETERS');
      } finally {
        for (const spy of spies) spy.mockRestore();
      }
    });
  });

  describe("a school's waiting-list history", () => {
    const EVENTS = `events { kind note actorRole actorId }`;
    it("hides a coordinator's account and notes from the school, not from coordinators", async () => {
      const [school] = await createSchools(t.dataSource, 1);
      const teacherToken = await t.tokenFor(Role.TEACHER, { schoolId: school.id });
      const coordinatorToken = await t.tokenFor(Role.COORDINATOR);
      const joined = await t.gql(
        `mutation { joinWaitlist(programme: JET_NET) { id ${EVENTS} } }`,
        {},
        teacherToken,
      );
      const entryId = joined.data?.joinWaitlist.id as string;
      const raised = await t.gql(
        `mutation($e: ID!) { prioritizeWaitlistEntry(entryId: $e, priority: 5, reason: "Intern: directeur belde") { ${EVENTS} } }`,
        { e: entryId },
        coordinatorToken,
      );
      const [coordinatorView] = (raised.data?.prioritizeWaitlistEntry.events ?? []).filter(
        (event: { kind: string }) => event.kind === 'PRIORITY_CHANGED',
      );
      expect(coordinatorView).toMatchObject({
        actorRole: 'COORDINATOR',
        note: expect.stringContaining('Intern: directeur belde'),
      });
      expect(coordinatorView.actorId).toEqual(expect.any(String));

      const mine = await t.gql(`{ myWaitlistEntries { ${EVENTS} } }`, {}, teacherToken);
      const events = mine.data?.myWaitlistEntries[0].events;
      expect(events.map((event: { kind: string }) => event.kind)).toEqual(['JOINED', 'PRIORITY_CHANGED']);
      expect(events[1]).toEqual({
        kind: 'PRIORITY_CHANGED',
        note: null,
        actorRole: 'COORDINATOR',
        actorId: null,
      });
      // The school's own step keeps its account: it is their colleague.
      expect(events[0].actorId).toEqual(expect.any(String));
    });
  });

  describe('no stack traces in development without DEBUG_ERRORS', () => {
    it('in GraphQL errors', async () => {
      const res = await t.gql(
        `mutation { archiveActivity(id: "${'0'.repeat(8)}-0000-0000-0000-000000000000") { id } }`,
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expectNoStack(res);
      expectNoStack(await t.gql(`{ nothingHere }`));
    });

    // The flag works, so the check above can fail: with it, the same answer carries Apollo's stacktrace.
    it('but with DEBUG_ERRORS=true in development', async () => {
      const debug = await startTestApp({ NODE_ENV: 'development', DEBUG_ERRORS: 'true' });
      try {
        const res = await debug.gql(`{ nothingHere }`);
        expect(res.errors?.[0]?.extensions?.stacktrace).toEqual(expect.any(Array));
      } finally {
        await debug.close();
      }
    });

    it('in the 400 page of a malformed body, answered in JSON', async () => {
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": ',
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/json');
      expectNoStack(await response.json());
    });

    it('in the 413 page of a body too large, answered in JSON', async () => {
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ me { id } }`, variables: { x: 'a'.repeat(5_000_000) } }),
      });
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toContain('application/json');
      expectNoStack(await response.json());
    });

    it('in /health, answered in JSON', async () => {
      const response = await fetch(t.url.replace('/graphql', '/health'));
      expect(response.headers.get('content-type')).toContain('application/json');
      expectNoStack(await response.json());
    });
  });
});
