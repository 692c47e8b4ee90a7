import fc from 'fast-check';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { BookingStatus } from '@app/bookings';
import { ErrorCode, Province, Role } from '@app/core';
import { schoolYearOf } from '@app/matching';
import {
  ActivityFactory,
  BookingFactory,
  PartnerCapacityFactory,
  SchoolRequestFactory,
  SupplyOfferFactory,
  TEST_PASSWORD,
  UserFactory,
  WaitlistEntryFactory,
  type GraphQLResponse,
} from '@app/testing';
import { recordMakers, twoProvinces, type RecordMakers } from '../utils/record-makers';
import { startTestApp, type TestApp } from '../utils/test-app';

// Property-based tests over the inputs of every mutation (issue 14): each mutation is called by a caller allowed to
// make it, with valid variables of which some parts are replaced by hostile values of the right GraphQL type (NUL
// bytes, lone surrogates, homoglyphs, very long texts, extreme and negative numbers, far dates, unknown ids, empty
// and long lists). Every answer is data or a refusal with a client code, never INTERNAL_SERVER_ERROR, and a
// refusal leaves every table as it was. The generators are derived from the schema; a mutation without an entry
// below fails the first test with its name.
//
// FUZZ_SEED=<n> replays a run (the seed is in every test's name); FUZZ_RUNS=<n> sets the runs per mutation.

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
// Mutations that hash a password (argon2) cost ~100 ms a call on a loaded machine: fewer runs.
const HASHING_RUNS = Math.max(1, Math.ceil(RUNS / 3));

/** The codes a client may be answered with; anything else (INTERNAL_SERVER_ERROR, none) is a bug. */
const CLIENT_CODES = new Set<string>([...Object.values(ErrorCode), 'HTTP 413']);

type Caller = 'anonymous' | 'teacher' | 'company' | 'coordinator' | 'admin';
type Variables = Record<string, unknown>;

interface Entry {
  /** Who calls: one the mutation allows, so that the inputs reach the validation and the domain. */
  caller: Caller;
  /** Valid variables for one call, often on a fresh record; the generated values replace parts of them. */
  base: (w: World) => Promise<Variables> | Variables;
  /** Fewer runs for mutations that hash a password. */
  hashes?: true;
  /** Each call on a session of its own (of a new teacher of school A): the mutation ends sessions. */
  ownSession?: true;
  /** The code the base is answered with, when it cannot succeed (a made-up token): data by default. */
  baseAnswer?: ErrorCode;
}

const NB = Province.NOORD_BRABANT;
const DAY = 86_400_000;

function period() {
  const start = new Date(Date.now() + DAY);
  const later = new Date(start.getTime() + 3 * DAY);
  const end = schoolYearOf(later) === schoolYearOf(start) ? later : start;
  return { periodStart: start.toISOString(), periodEnd: end.toISOString() };
}

interface World extends RecordMakers {
  schoolA: { id: string; vestigingscode: string };
  locationA: string;
  activity: string;
  tokens: Record<Exclude<Caller, 'anonymous'>, string>;
  /** Ids of every kind of record in the world: an id of the wrong kind or of someone else's record. */
  ids: string[];
  unique(): string;
}

const FUZZ: Record<string, Entry> = {
  signUp: {
    caller: 'anonymous',
    hashes: true,
    base: (w) => ({
      input: {
        email: `fuzz-${w.unique()}@example.nl`,
        password: 'Lesgeven-in-Oss-2026',
        name: 'Nieuwe docent',
        role: 'TEACHER',
        schoolVestigingscode: w.schoolA.vestigingscode,
      },
    }),
  },
  logIn: {
    caller: 'anonymous',
    hashes: true,
    base: () => ({ email: 'docent-a@example.nl', password: TEST_PASSWORD }),
  },
  logOut: { caller: 'teacher', ownSession: true, base: () => ({}) },
  logOutEverywhere: { caller: 'teacher', ownSession: true, base: () => ({}) },
  refreshSession: {
    caller: 'anonymous',
    base: () => ({ refreshToken: 'x'.repeat(43) }),
    baseAnswer: ErrorCode.UNAUTHENTICATED,
  },
  requestPasswordReset: { caller: 'anonymous', base: () => ({ email: 'docent-a@example.nl' }) },
  resetPassword: {
    caller: 'anonymous',
    hashes: true,
    base: () => ({ token: 'x'.repeat(43), newPassword: 'Nieuw-wachtwoord-77' }),
    baseAnswer: ErrorCode.BAD_USER_INPUT,
  },
  // Made-up tokens: the generated ones cannot be right either, so these show only that nothing breaks.
  verifyEmail: {
    caller: 'anonymous',
    base: () => ({ token: 'x'.repeat(43) }),
    baseAnswer: ErrorCode.BAD_USER_INPUT,
  },
  changePassword: {
    caller: 'teacher',
    hashes: true,
    // The factories' accounts have no real password: refused after the new one is checked.
    base: () => ({ currentPassword: 'Niet-het-wachtwoord-1', newPassword: 'Nieuw-wachtwoord-77' }),
    baseAnswer: ErrorCode.BAD_USER_INPUT,
  },
  createCoordinator: {
    caller: 'admin',
    hashes: true,
    base: (w) => ({
      input: {
        email: `coordinator-${w.unique()}@example.nl`,
        password: 'Coordineren-in-Brabant-9',
        name: 'Nieuwe coördinator',
        provinces: [NB],
        programmes: [],
      },
    }),
  },
  approveTeacher: { caller: 'coordinator', base: async (w) => ({ userId: await w.unprovenTeacherOfA() }) },
  markNotificationsRead: { caller: 'teacher', base: () => ({ ids: [] }) },
  setEmailNotifications: {
    caller: 'teacher',
    base: () => ({ kinds: ['BOOKING_REQUESTED'], enabled: false }),
  },
  createActivity: {
    caller: 'company',
    base: (w) => ({
      input: {
        locationId: w.locationA,
        title: 'Gastles waterstof',
        description: 'Over waterstof als brandstof.',
        type: 'GUEST_LESSON',
        programme: 'JET_NET',
        levels: ['HAVO'],
        targetGroups: ['ALL_PUPILS'],
        themes: ['Energie'],
        delivery: 'AT_SCHOOL',
        maxTravelKm: 25,
        costEuros: 0,
        durationMinutes: 50,
        maxParticipants: 30,
        startsAt: new Date(Date.now() + 30 * DAY).toISOString(),
        endsAt: new Date(Date.now() + 90 * DAY).toISOString(),
      },
    }),
  },
  publishActivity: { caller: 'company', base: async (w) => ({ id: await w.draftActivity() }) },
  archiveActivity: { caller: 'company', base: async (w) => ({ id: await w.publishedActivity() }) },
  updateActivity: {
    caller: 'company',
    base: async (w) => ({
      id: await w.publishedActivity(),
      input: { title: 'Gastles zonne-energie (nieuw)', durationMinutes: 60, themes: ['Water'] },
    }),
  },
  approveCompany: { caller: 'coordinator', base: async (w) => ({ id: await w.unapprovedCompany() }) },
  rejectCompany: {
    caller: 'coordinator',
    base: async (w) => ({ id: await w.unapprovedCompany(), reason: 'Geen KvK-nummer' }),
  },
  updateCompany: { caller: 'company', base: (w) => ({ name: `Fuzzbedrijf ${w.unique()}` }) },
  addCompanyLocation: {
    caller: 'company',
    base: () => ({ input: { name: 'Lab', postcode: '5611 AB', city: 'Eindhoven' } }),
  },
  requestBooking: {
    caller: 'teacher',
    base: (w) => ({
      input: {
        activityId: w.activity,
        level: 'HAVO',
        groupSize: 20,
        preferredDate: new Date(Date.now() + 40 * DAY).toISOString(),
        message: 'Graag in de ochtend.',
      },
    }),
  },
  respondToBooking: {
    caller: 'company',
    base: async (w) => ({ id: await w.booking(BookingStatus.REQUESTED), accept: true, message: 'Tot dan!' }),
  },
  completeBooking: {
    caller: 'teacher',
    base: async (w) => ({ id: await w.booking(BookingStatus.ACCEPTED, new Date(Date.now() - DAY)) }),
  },
  cancelBooking: {
    caller: 'teacher',
    base: async (w) => ({ id: await w.booking(BookingStatus.REQUESTED), reason: 'Toetsweek' }),
  },
  reviewActivity: {
    caller: 'teacher',
    base: async (w) => ({ activityId: await w.completedBookingActivity(), rating: 4, comment: 'Leerzaam' }),
  },
  createSchoolRequest: {
    caller: 'teacher',
    base: () => ({
      input: { type: 'GUEST_LESSON', levels: ['HAVO'], themes: ['Energie'], sessions: 1, ...period() },
    }),
  },
  updateSchoolRequest: {
    caller: 'teacher',
    base: async (w) => ({ id: await w.schoolRequest(), input: { sessions: 2, ...period() } }),
  },
  withdrawSchoolRequest: { caller: 'teacher', base: async (w) => ({ id: await w.schoolRequest() }) },
  createSupplyOffer: {
    caller: 'company',
    base: (w) => ({
      input: {
        locationId: w.locationA,
        type: 'GUEST_LESSON',
        levels: ['HAVO'],
        themes: ['Energie'],
        sessions: 1,
        maxTravelKm: 30,
        ...period(),
      },
    }),
  },
  updateSupplyOffer: {
    caller: 'company',
    base: async (w) => ({ id: await w.supplyOffer(), input: { sessions: 2, maxTravelKm: 40 } }),
  },
  withdrawSupplyOffer: { caller: 'company', base: async (w) => ({ id: await w.supplyOffer() }) },
  runMatching: { caller: 'coordinator', base: () => ({ province: NB }) },
  decideProposal: {
    caller: 'coordinator',
    base: async (w) => ({ id: await w.proposal(), accept: true }),
  },
  setPartnerCapacity: {
    caller: 'company',
    base: async (w) => ({
      locationId: await w.locationOfA(),
      programme: 'JET_NET',
      slots: 2,
      partnerDistanceKm: 25,
    }),
  },
  joinWaitlist: {
    caller: 'teacher',
    base: async (w) => {
      await w.leaveList();
      return { programme: 'JET_NET' };
    },
  },
  withdrawFromWaitlist: {
    caller: 'teacher',
    base: async (w) => ({ entryId: await w.entry(), reason: 'Partner gevonden' }),
  },
  respondToPartnerOffer: {
    caller: 'teacher',
    base: async (w) => ({ offerId: await w.partnerOffer(), accept: true }),
  },
  prioritizeWaitlistEntry: {
    caller: 'coordinator',
    base: async (w) => ({ entryId: await w.entry(), priority: 5, reason: 'Nieuwe school' }),
  },
  placeWaitlistEntry: {
    caller: 'coordinator',
    base: async (w) => ({
      entryId: await w.entry(),
      locationId: await w.capacityLocation(),
      reason: 'Afgesproken',
    }),
  },
  startSchoolImport: { caller: 'admin', base: () => ({ source: 'DATA_FILE' }) },
};

// --- Hostile values of each GraphQL type ---------------------------------------------------------------------

const nastyText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '         a1',
    '\u0000',
    'water\u0000stof',
    '\ud83d',
    'half \udc00 emoji',
    'ｄｏｃｅｎｔ-a@ＥＸＡＭＰＬＥ.nl',
    'docent-a@example.nl\u200b',
    'ﬁnance',
    '\u202egnp.exe',
    'Raketten 🚀',
    "'; DROP TABLE users; --",
    '%_\\',
    'e\u0301',
    '\t\r\n',
    '0',
    '-1',
    'null',
    '2026-02-30',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(2_001, 10_001, 100_000).chain((n) => fc.constantFrom('a'.repeat(n), '🚀'.repeat(n / 2))),
);

const nastyInt = fc.oneof(
  fc.constantFrom(0, -1, 1, 2, 100, 101, -100, -101, 2_147_483_647, -2_147_483_648),
  fc.integer({ min: -5, max: 60 }),
  fc.integer(),
  // Outside GraphQL's Int: refused by the variables' coercion.
  fc.constantFrom(2 ** 31, 2 ** 53, -(2 ** 53)),
);

const nastyFloat = fc.oneof(
  fc.constantFrom(0, -0, 0.5, -1, 1e-9, 1e308, -1e308, 5e-324, 2 ** 53 + 1),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const nastyDate = fc.oneof(
  fc.constantFrom(
    '-271821-04-20T00:00:00Z',
    '0000-01-01T00:00:00Z',
    '+275760-09-13T00:00:00Z',
    '2014-12-31T23:59:59Z',
    '1970-01-01T00:00:00Z',
    '2026-02-30T00:00:00Z',
    'gisteren',
    '',
    '2026',
  ),
  fc
    .date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.integer({ min: -400, max: 4000 }).map((days) => new Date(Date.now() + days * DAY).toISOString()),
);

const nastyId = (w: World) =>
  fc.oneof(
    fc.uuid(),
    fc.constantFrom(...w.ids),
    fc.constantFrom(
      '00000000-0000-0000-0000-000000000000',
      '1',
      '-1',
      '',
      'ZZZZZZZZ-0000-0000-0000-000000000000',
    ),
    nastyText,
  );

/** A marker: keep the base's value here. */
const KEEP = Symbol('keep');

/** Values of a GraphQL input type: hostile but of the type (an unknown enum value now and then). */
function valueOf(type: GraphQLInputType, w: World, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, w, depth);
  if (isListType(type)) {
    const item = valueOf(type.ofType, w, depth + 1);
    return fc.oneof(
      { weight: 4, arbitrary: fc.array(item, { maxLength: 4 }) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 50, maxLength: 300 }) },
      // One value repeated, as a list of the same id or theme many times.
      {
        weight: 1,
        arbitrary: item.chain((one) => fc.integer({ min: 2, max: 500 }).map((n) => Array(n).fill(one))),
      },
    );
  }
  if (isEnumType(type)) {
    return fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
      { weight: 1, arbitrary: fc.constantFrom('NOPE', '', 'havo') },
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc.record(
      Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, w, depth + 1)])),
      { requiredKeys: [] },
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'String':
        return nastyText;
      case 'ID':
        return nastyId(w);
      case 'Int':
        return nastyInt;
      case 'Float':
        return nastyFloat;
      case 'Boolean':
        return fc.boolean();
      case 'DateTime':
        return nastyDate;
    }
  }
  throw new Error(`no generator for the input type ${String(type)}`);
}

/**
 * A change to the base's value of `type`: mostly KEEP, else a hostile value (null for a nullable one); the fields
 * of an input object each decide for themselves.
 */
function changeOf(type: GraphQLInputType, w: World, depth = 0): fc.Arbitrary<unknown> {
  const nullable = !isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  const options: Array<fc.WeightedArbitrary<unknown>> = [
    { weight: 5, arbitrary: fc.constant(KEEP) },
    { weight: 3, arbitrary: valueOf(type, w, depth) },
  ];
  if (nullable) options.push({ weight: 1, arbitrary: fc.constantFrom(null, undefined) });
  if (isInputObjectType(inner) && depth <= 3) {
    const fields = Object.values(inner.getFields());
    options.push({
      weight: 6,
      arbitrary: fc
        .record(Object.fromEntries(fields.map((field) => [field.name, changeOf(field.type, w, depth + 1)])))
        .map((changes) => ({ [CHANGES]: changes })),
    });
  }
  return fc.oneof(...options);
}
const CHANGES = Symbol('changes');

/** The base with the changes applied. */
function apply(base: unknown, change: unknown): unknown {
  if (change === KEEP) return base;
  if (change !== null && typeof change === 'object' && CHANGES in change) {
    const changes = (change as { [CHANGES]: Record<string, unknown> })[CHANGES];
    const object = base !== null && typeof base === 'object' ? { ...(base as Variables) } : {};
    for (const [key, value] of Object.entries(changes)) {
      const next = apply(object[key], value);
      if (next === undefined) delete object[key];
      else object[key] = next;
    }
    return object;
  }
  return change;
}

/** A document calling the mutation with every argument as a variable of the argument's own type. */
function documentOf(
  schema: GraphQLSchema,
  name: string,
): { document: string; args: readonly GraphQLArgument[] } {
  const field = schema.getMutationType()!.getFields()[name];
  const declared = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return {
    document: `mutation Fuzz${declared ? `(${declared})` : ''} { ${name}${passed ? `(${passed})` : ''}${selection} }`,
    args: field.args,
  };
}

// --- The property ---------------------------------------------------------------------------------------------

describe(`mutation inputs (fast-check, seed ${SEED}, ${RUNS} runs a mutation)`, () => {
  let t: TestApp;
  let w: World;
  let schema: GraphQLSchema;
  let checksumSql: string;

  /** Every table's rows as one digest each. */
  const checksums = async (): Promise<Record<string, string>> =>
    (await t.dataSource.query(checksumSql))[0] as Record<string, string>;

  beforeAll(async () => {
    // Log-ins with made-up passwords would lock the account out: the lock-out is tested in login-protection.e2e.
    t = await startTestApp({ LOGIN_LOCKOUT: '0', LOGIN_LOCKOUT_IP: '0' });
    schema = t.app.get(GraphQLSchemaHost).schema;
    w = await seedWorld(t);
    const tables = (
      await t.dataSource.query<Array<{ name: string }>>(
        `SELECT table_name AS name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations'
          ORDER BY table_name`,
      )
    )
      .map((row) => row.name)
      // A job outbox is drained by a relay beside the requests: its rows change without a mutation being called.
      .filter((name) => !/outbox/.test(name));
    checksumSql = `SELECT ${tables
      .map(
        (table) =>
          `(SELECT count(*) || ':' || md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) FROM "${table}" r) AS "${table}"`,
      )
      .join(', ')}`;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('has a generator entry for every mutation of the schema, and none for a mutation that is gone', () => {
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(mutations.filter((name) => !FUZZ[name]).sort()).toEqual([]);
    expect(Object.keys(FUZZ).filter((name) => !mutations.includes(name))).toEqual([]);
  });

  // What the properties found, one test each, so that each stays fixed whatever the generators draw.
  describe('found by the properties', () => {
    const codesOf = (response: GraphQLResponse) => [
      ...new Set(response.errors?.map((error) => error.extensions?.code)),
    ];
    // graphql-js stops coercing variables after 50 errors with an error of its own that Apollo did not count as
    // the client's: INTERNAL_SERVER_ERROR for a list of 51 wrong enum values.
    it('answers BAD_USER_INPUT to more than 50 wrong values in the variables, in a mutation', async () => {
      const response = await t.gql(
        `mutation($id: ID!, $i: UpdateActivityInput!) { updateActivity(id: $id, input: $i) { id } }`,
        { id: await w.publishedActivity(), i: { levels: Array<string>(51).fill('NOPE') } },
        w.tokens.company,
      );
      expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    });

    it('and in an anonymous search', async () => {
      const response = await t.gql(
        `query($i: ActivitySearchInput!) { searchActivities(input: $i) { total } }`,
        { i: { levels: Array<string>(60).fill('havo'), types: Array<string>(60).fill('') } },
      );
      expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe.each(Object.entries(FUZZ))('%s', (name, entry) => {
    it('answers data or a client error, and a refusal writes nothing', async () => {
      const { document, args } = documentOf(schema, name);
      const changes = fc.record(
        Object.fromEntries(args.map((arg) => [arg.name, changeOf(arg.type, w)])),
      ) as fc.Arbitrary<Record<string, unknown>>;
      const problems: string[] = [];
      // What the calls answered: "data" or the codes; the first call is the base unchanged.
      const answers: string[] = [];
      const unchanged = Object.fromEntries(args.map((arg) => [arg.name, KEEP]));
      await fc
        .assert(
          fc.asyncProperty(changes, async (change) => {
            const variables = apply(await entry.base(w), { [CHANGES]: change }) as Variables;
            // A required argument the change removed is sent as null: refused by the coercion, as it should be.
            for (const arg of args)
              if (isNonNullType(arg.type) && !(arg.name in variables)) variables[arg.name] = null;
            const token = entry.ownSession
              ? await t.tokenFor(Role.TEACHER, { schoolId: w.schoolA.id })
              : entry.caller === 'anonymous'
                ? undefined
                : w.tokens[entry.caller];
            const before = await checksums();
            const response = await t.gql(document, variables, token);
            // An answer outside GraphQL (the body parser's 413 for a body too large) says its HTTP status.
            const { statusCode } = response as { statusCode?: number };
            const codes =
              !response.errors && response.data === undefined
                ? [statusCode && statusCode >= 400 && statusCode < 500 ? `HTTP ${statusCode}` : 'NO_ANSWER']
                : (response.errors ?? []).map((error) => String(error.extensions?.code));
            answers.push(codes.length ? [...new Set(codes)].join('+') : 'data');
            const unknown = codes.filter((code) => !CLIENT_CODES.has(code));
            if (unknown.length) {
              problems.push(`${name}: ${unknown.join(', ')}: ${summary(response)}`);
              return false;
            }
            if (codes.length) {
              const after = await checksums();
              const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
              if (changed.length) {
                problems.push(`${name}: refused (${codes.join(', ')}) but wrote ${changed.join(', ')}`);
                return false;
              }
            }
            return true;
          }),
          {
            seed: SEED,
            numRuns: entry.hashes ? HASHING_RUNS : RUNS,
            examples: [[unchanged]],
            endOnFailure: false,
          },
        )
        .catch((error: unknown) => {
          // The shrunk counterexample and the problem it showed, so the failure reads without a rerun.
          throw new Error(`${problems.at(-1) ?? ''}\n${(error as Error).message}`);
        });
      if (process.env.FUZZ_VERBOSE) process.stdout.write(`${name}: ${tally(answers)}\n`);
      // The base is valid (or refused as the entry says): the changes start from a call that gets through.
      expect(answers[0]).toBe(entry.baseAnswer ?? 'data');
    }, 180_000);
  });
});

function tally(answers: string[]): string {
  const counts = new Map<string, number>();
  for (const answer of answers) counts.set(answer, (counts.get(answer) ?? 0) + 1);
  return [...counts].map(([answer, n]) => `${answer} ${n}`).join(', ');
}

function summary(response: GraphQLResponse): string {
  return JSON.stringify(response.errors?.map((error) => ({ message: error.message, ...error.extensions })));
}

/** Two schools and two companies in two provinces, a coordinator of one, an admin, and the records acted on. */
async function seedWorld(t: TestApp): Promise<World> {
  const ds = t.dataSource;
  const { unique, schoolA, schoolB, companyA, locationA, companyB, locationB, activity, runOf } =
    await twoProvinces(ds, 'Fuzz', { maxParticipants: 30 });
  const otherActivity = await ActivityFactory.create(ds, locationB.id);
  const booking = await BookingFactory.from({ activityId: activity.id, schoolId: schoolA.id }).insert(ds);
  const request = await SchoolRequestFactory.from({ schoolId: schoolA.id, ...dates() }).insert(ds);
  const offer = await SupplyOfferFactory.from({ locationId: locationA.id, ...dates() }).insert(ds);
  await PartnerCapacityFactory.from({ locationId: locationA.id, slots: 2 }).insert(ds);
  const otherEntry = await WaitlistEntryFactory.from({ province: NB }).insert(ds);
  const run = await runOf();
  const makers = recordMakers(ds, {
    schoolA,
    province: NB,
    companyA,
    locationA,
    activity,
    period: dates,
    runOf,
  });
  await UserFactory.create(ds, Role.TEACHER, { schoolId: schoolA.id, email: 'docent-a@example.nl' });

  const tokens: World['tokens'] = {
    teacher: await t.tokenFor(Role.TEACHER, { schoolId: schoolA.id }),
    company: await t.tokenFor(Role.COMPANY, { companyId: companyA.id }),
    coordinator: await t.tokenFor(Role.COORDINATOR, { provinces: [NB] }),
    admin: await t.tokenFor(Role.ADMIN),
  };

  return {
    schoolA,
    locationA: locationA.id,
    activity: activity.id,
    tokens,
    ids: [
      schoolA.id,
      schoolB.id,
      companyA.id,
      companyB.id,
      locationA.id,
      locationB.id,
      activity.id,
      otherActivity.id,
      booking.id,
      request.id,
      offer.id,
      otherEntry.id,
      run,
    ],
    unique,
    ...makers,
  };
}

// Factories take dates, the api's variables strings.
function dates() {
  const { periodStart, periodEnd } = period();
  return { periodStart: new Date(periodStart), periodEnd: new Date(periodEnd) };
}
