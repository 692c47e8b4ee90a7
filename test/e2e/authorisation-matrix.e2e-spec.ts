import { GraphQLSchemaHost, TypeMetadataStorage } from '@nestjs/graphql';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { ACCESS, Permission, scopeOf, type Scope } from '@app/access';
import { BookingStatus } from '@app/bookings';
import { SchoolImportRunEntity, SchoolImportSource, SchoolImportState } from '@app/catalogue';
import { ERROR_REASONS, Province, Role, type ErrorReason } from '@app/core';
import { schoolYearOf } from '@app/matching';
import {
  BookingFactory,
  PartnerCapacityFactory,
  SchoolRequestFactory,
  SupplyOfferFactory,
  TEST_PASSWORD,
  UserFactory,
  WaitlistEntryFactory,
  type GraphQLResponse,
} from '@app/testing';
import { SessionService, UserEntity } from '@app/identity';
import { guardRuleOf } from '../../apps/api/src/auth/auth.guard';
import { recordMakers, twoProvinces, type RecordMakers } from '../utils/record-makers';
import { startTestApp, type TestApp } from '../utils/test-app';
import { activityInput } from '../utils/inputs';

// The authorisation matrix: every Query and Mutation of the api, called by every kind of caller, against one world.
// Who may use an operation at all is read from the access table (ACCESS) through the permission the resolver's
// guard names; the matrix states only what those callers get on the world's records. A new operation without an
// entry fails the first test with its name: give it its guard, a document, minimal variables and the outcomes.

/** The kinds of caller. Records acted on are those of school A and company A, in Noord-Brabant. */
const CALLERS = [
  'anonymous',
  // A teacher of school A who has not confirmed the e-mail address (as just after sign-up).
  'unconfirmedTeacher',
  // A teacher of school A whose address is confirmed but whose link to the school is not proven.
  'unprovenTeacher',
  'teacher',
  // A proven teacher of school B (Utrecht).
  'otherTeacher',
  'company',
  // A contact of company B (Utrecht).
  'otherCompany',
  // A coordinator of Noord-Brabant, and one of Utrecht only.
  'coordinatorIn',
  'coordinatorOut',
  'admin',
] as const;
type Caller = (typeof CALLERS)[number];

const ROLE: Record<Exclude<Caller, 'anonymous'>, Role> = {
  unconfirmedTeacher: Role.TEACHER,
  unprovenTeacher: Role.TEACHER,
  teacher: Role.TEACHER,
  otherTeacher: Role.TEACHER,
  company: Role.COMPANY,
  otherCompany: Role.COMPANY,
  coordinatorIn: Role.COORDINATOR,
  coordinatorOut: Role.COORDINATOR,
  admin: Role.ADMIN,
};

/**
 * What a call answers: `ok` (no error, a value that is not null or an empty list), `empty` (allowed, but null or
 * an empty list: the caller sees nothing), UNAUTHENTICATED, NOT_FOUND, or the `extensions.reason` of a refusal
 * (sent with the code ERROR_REASONS gives it).
 */
type Outcome = 'ok' | 'empty' | 'UNAUTHENTICATED' | 'NOT_FOUND' | ErrorReason;

/** No guard: anyone, logged in or not. */
const PUBLIC = 'public';
/** `@Authenticated()` without a permission: any logged-in account, on its own account only. */
const OWN_ACCOUNT = 'own account';

interface Entry {
  /** What the resolver's guard asks: a permission of the access table, a login, or nothing. */
  guard: Permission | typeof OWN_ACCOUNT | typeof PUBLIC;
  /** The document; its one top-level field is the operation. */
  document: string;
  /** Minimal valid variables for one call, often on a throwaway record of school A or company A. */
  variables?: (w: World, caller: Caller) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** The calls share a record they change (school A's place on the list): one after another, not together. */
  serial?: true;
  /**
   * The call ends sessions: made with a session of its own of the caller's account (`session`), or of a copy of
   * the caller's account (`account`, when it ends every session of the account), so the other entries' tokens live.
   */
  ownSession?: 'session' | 'account';
  /**
   * The outcome for each caller the guard lets through. Anonymous callers of a guarded operation are
   * UNAUTHENTICATED, and callers whose role has no scope for the permission ROLE_NOT_ALLOWED: those are derived
   * from ACCESS, never listed here.
   */
  expect: Partial<Record<Caller, Outcome>>;
}

const everyone = (outcome: Outcome): Entry['expect'] =>
  Object.fromEntries(CALLERS.map((caller) => [caller, outcome]));
const everyAccount = (outcome: Outcome): Entry['expect'] =>
  Object.fromEntries(CALLERS.filter((c) => c !== 'anonymous').map((caller) => [caller, outcome]));

// Teachers acting on school A's records, refused in the access layer's order: address, proven link, school.
const SCHOOL_A_ACTS: Entry['expect'] = {
  unconfirmedTeacher: 'EMAIL_NOT_VERIFIED',
  unprovenTeacher: 'SCHOOL_NOT_VERIFIED',
  teacher: 'ok',
  otherTeacher: 'NOT_YOUR_SCHOOL',
};
// A school's own list: empty until the link to the school is proven, and another school's teacher sees its own.
const SCHOOL_A_LISTS: Entry['expect'] = {
  unconfirmedTeacher: 'empty',
  unprovenTeacher: 'empty',
  teacher: 'ok',
  otherTeacher: 'empty',
};
const COMPANY_A_ACTS: Entry['expect'] = { company: 'ok', otherCompany: 'NOT_YOUR_COMPANY' };
// A coordinator kept to the provinces they work in; the admin everywhere.
const IN_REGION: Entry['expect'] = {
  coordinatorIn: 'ok',
  coordinatorOut: 'OUTSIDE_YOUR_REGION',
  admin: 'ok',
};
const ANY_REGION: Entry['expect'] = { coordinatorIn: 'ok', coordinatorOut: 'ok', admin: 'ok' };

const NB = Province.NOORD_BRABANT;
const DAY = 86_400_000;

// A matching period from today that stays within one school year.
function period() {
  const start = new Date();
  const later = new Date(start.getTime() + 3 * DAY);
  const end = schoolYearOf(later) === schoolYearOf(start) ? later : start;
  return { periodStart: start, periodEnd: end };
}

/** The world every call acts in, and its makers of throwaway records. */
interface World extends RecordMakers {
  schoolA: { id: string; vestigingscode: string; name: string };
  locationA: string;
  activity: string;
  draft: string;
  run: string;
  /** A finished import of the school registry. */
  importRun: string;
  loginEmail: string;
  tokens: Partial<Record<Caller, string>>;
  /** A new session of the caller's account, or of a copy of it (`copy`); nothing for the anonymous caller. */
  ownToken(caller: Caller, copy: boolean): Promise<string | undefined>;
  unique(): string;
}

const MATRIX: Record<string, Entry> = {
  // Accounts and sessions.
  signUp: {
    guard: PUBLIC,
    document: `mutation($i: SignUpInput!) { signUp(input: $i) { token } }`,
    variables: (w) => ({
      i: {
        email: `nieuw-${w.unique()}@example.nl`,
        password: 'Lesgeven-in-Oss-2026',
        name: 'Nieuwe docent',
        role: 'TEACHER',
        schoolVestigingscode: w.schoolA.vestigingscode,
      },
    }),
    expect: everyone('ok'),
  },
  logIn: {
    guard: PUBLIC,
    document: `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }`,
    variables: (w) => ({ e: w.loginEmail, p: TEST_PASSWORD }),
    expect: everyone('ok'),
  },
  logOut: { guard: PUBLIC, ownSession: 'session', document: `mutation { logOut }`, expect: everyone('ok') },
  logOutEverywhere: {
    guard: OWN_ACCOUNT,
    ownSession: 'account',
    document: `mutation { logOutEverywhere }`,
    expect: everyAccount('ok'),
  },
  refreshSession: {
    guard: PUBLIC,
    // Whoever calls, only the refresh token counts: an unknown one is refused.
    document: `mutation { refreshSession(refreshToken: "${'x'.repeat(43)}") { token } }`,
    expect: everyone('SESSION_INVALID'),
  },
  requestPasswordReset: {
    guard: PUBLIC,
    document: `mutation($e: String!) { requestPasswordReset(email: $e) }`,
    variables: (w) => ({ e: w.loginEmail }),
    expect: everyone('ok'),
  },
  resetPassword: {
    guard: PUBLIC,
    document: `mutation { resetPassword(token: "${'x'.repeat(43)}", newPassword: "Nieuw-wachtwoord-77") { token } }`,
    expect: everyone('RESET_TOKEN_INVALID'),
  },
  verifyEmail: {
    guard: PUBLIC,
    document: `mutation { verifyEmail(token: "${'x'.repeat(43)}") { token } }`,
    expect: everyone('VERIFY_TOKEN_INVALID'),
  },
  me: { guard: PUBLIC, document: `{ me { id } }`, expect: { ...everyAccount('ok'), anonymous: 'empty' } },
  changePassword: {
    guard: OWN_ACCOUNT,
    // The factories' accounts have no real password: the resolver runs and refuses the current one.
    document: `mutation { changePassword(currentPassword: "Niet-het-wachtwoord-1", newPassword: "Nieuw-wachtwoord-77") }`,
    expect: everyAccount('WRONG_PASSWORD'),
  },
  createCoordinator: {
    guard: Permission.CoordinatorCreate,
    document: `mutation($i: CreateCoordinatorInput!) { createCoordinator(input: $i) { id } }`,
    variables: (w) => ({
      i: {
        email: `coordinator-${w.unique()}@example.nl`,
        password: 'Coordineren-in-Brabant-9',
        name: 'Nieuwe coördinator',
        provinces: [NB],
        programmes: [],
      },
    }),
    expect: { admin: 'ok' },
  },
  pendingTeachers: {
    guard: Permission.TeacherApprove,
    document: `query($p: Province) { pendingTeachers(province: $p) { id } }`,
    variables: () => ({ p: NB }),
    expect: { ...SCHOOL_A_ACTS, otherTeacher: 'empty', ...IN_REGION },
  },
  approveTeacher: {
    guard: Permission.TeacherApprove,
    document: `mutation($id: ID!) { approveTeacher(userId: $id) { id } }`,
    variables: async (w) => ({ id: await w.unprovenTeacherOfA() }),
    expect: { ...SCHOOL_A_ACTS, ...IN_REGION },
  },

  // Notifications: the caller's own.
  myNotifications: {
    guard: OWN_ACCOUNT,
    document: `{ myNotifications { unreadCount } }`,
    expect: everyAccount('ok'),
  },
  markNotificationsRead: {
    guard: OWN_ACCOUNT,
    document: `mutation { markNotificationsRead }`,
    expect: everyAccount('ok'),
  },
  setEmailNotifications: {
    guard: OWN_ACCOUNT,
    document: `mutation { setEmailNotifications(kinds: [BOOKING_REQUESTED], enabled: false) { id } }`,
    expect: everyAccount('ok'),
  },

  // Catalogue: schools, companies, activities, search.
  school: {
    guard: PUBLIC,
    document: `query($v: String!) { school(vestigingscode: $v) { id } }`,
    variables: (w) => ({ v: w.schoolA.vestigingscode }),
    expect: everyone('ok'),
  },
  schools: {
    guard: PUBLIC,
    document: `query($q: String!) { schools(query: $q) { id } }`,
    variables: (w) => ({ q: w.schoolA.name }),
    expect: everyone('ok'),
  },
  searchActivities: {
    guard: PUBLIC,
    document: `{ searchActivities(input: {}) { total } }`,
    expect: everyone('ok'),
  },
  activity: {
    guard: PUBLIC,
    // Company A's draft: only those who may change it know it exists.
    document: `query($id: ID!) { activity(id: $id) { id } }`,
    variables: (w) => ({ id: w.draft }),
    expect: {
      ...everyone('empty'),
      company: 'ok',
      ...ANY_REGION,
    },
  },
  myActivities: {
    guard: Permission.ActivityListOwn,
    document: `{ myActivities { id } }`,
    expect: { company: 'ok', otherCompany: 'empty' },
  },
  createActivity: {
    guard: Permission.ActivityCreate,
    document: `mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }`,
    variables: (w) => ({
      i: activityInput(w.locationA),
    }),
    // A coordinator creates activities for any company.
    expect: { ...COMPANY_A_ACTS, ...ANY_REGION },
  },
  publishActivity: {
    guard: Permission.ActivityPublish,
    document: `mutation($id: ID!) { publishActivity(id: $id) { id } }`,
    variables: async (w) => ({ id: await w.draftActivity() }),
    // Another company does not learn that the draft exists.
    expect: { company: 'ok', otherCompany: 'NOT_FOUND', ...ANY_REGION },
  },
  archiveActivity: {
    guard: Permission.ActivityManage,
    document: `mutation($id: ID!) { archiveActivity(id: $id) { id } }`,
    variables: async (w) => ({ id: await w.publishedActivity() }),
    expect: { ...COMPANY_A_ACTS, ...ANY_REGION },
  },
  updateActivity: {
    guard: Permission.ActivityManage,
    document: `mutation($id: ID!) { updateActivity(id: $id, input: { title: "Gastles zonne-energie (nieuw)" }) { id } }`,
    variables: async (w) => ({ id: await w.publishedActivity() }),
    expect: { ...COMPANY_A_ACTS, ...ANY_REGION },
  },
  companies: {
    guard: Permission.CompanyList,
    document: `query($p: Province) { companies(province: $p) { id } }`,
    variables: () => ({ p: NB }),
    expect: IN_REGION,
  },
  approveCompany: {
    guard: Permission.CompanyApprove,
    document: `mutation($id: ID!) { approveCompany(id: $id) { id } }`,
    variables: async (w) => ({ id: await w.unapprovedCompany() }),
    expect: IN_REGION,
  },
  rejectCompany: {
    guard: Permission.CompanyReject,
    document: `mutation($id: ID!) { rejectCompany(id: $id, reason: "Geen KvK-nummer") { id } }`,
    variables: async (w) => ({ id: await w.unapprovedCompany() }),
    expect: IN_REGION,
  },
  // A company contact changes the own company: another company's contact changes theirs.
  updateCompany: {
    guard: Permission.CompanyEdit,
    document: `mutation($n: String!) { updateCompany(name: $n) { id } }`,
    variables: (w) => ({ n: `Matrixbedrijf ${w.unique()}` }),
    expect: { company: 'ok', otherCompany: 'ok' },
  },
  addCompanyLocation: {
    guard: Permission.LocationAdd,
    document: `mutation { addCompanyLocation(input: { name: "Lab", postcode: "5611 AB", city: "Eindhoven" }) { id } }`,
    expect: { company: 'ok', otherCompany: 'ok' },
  },

  // Bookings and reviews.
  myBookings: {
    guard: Permission.BookingManage,
    document: `{ myBookings { id } }`,
    // A coordinator sees every booking (the table gives them all of them).
    expect: { ...SCHOOL_A_LISTS, company: 'ok', otherCompany: 'empty', ...ANY_REGION },
  },
  requestBooking: {
    guard: Permission.BookingRequest,
    document: `mutation($i: RequestBookingInput!) { requestBooking(input: $i) { id } }`,
    variables: (w) => ({
      i: { activityId: w.activity, schoolId: w.schoolA.id, level: 'HAVO', groupSize: 20 },
    }),
    expect: { ...SCHOOL_A_ACTS, ...IN_REGION },
  },
  respondToBooking: {
    guard: Permission.BookingAnswer,
    document: `mutation($id: ID!) { respondToBooking(id: $id, accept: true) { id } }`,
    variables: async (w) => ({ id: await w.booking(BookingStatus.REQUESTED) }),
    expect: COMPANY_A_ACTS,
  },
  completeBooking: {
    guard: Permission.BookingManage,
    document: `mutation($id: ID!) { completeBooking(id: $id) { id } }`,
    variables: async (w) => ({
      id: await w.booking(BookingStatus.ACCEPTED, new Date(Date.now() - DAY)),
    }),
    expect: { ...SCHOOL_A_ACTS, ...COMPANY_A_ACTS, ...ANY_REGION },
  },
  cancelBooking: {
    guard: Permission.BookingManage,
    document: `mutation($id: ID!) { cancelBooking(id: $id) { id } }`,
    variables: async (w) => ({ id: await w.booking(BookingStatus.REQUESTED) }),
    expect: { ...SCHOOL_A_ACTS, ...COMPANY_A_ACTS, ...ANY_REGION },
  },
  reviewActivity: {
    guard: Permission.ReviewCreate,
    document: `mutation($a: ID!) { reviewActivity(activityId: $a, rating: 4) { id } }`,
    variables: async (w) => ({ a: await w.completedBookingActivity() }),
    // A teacher reviews for the own school, which took no part in it.
    expect: { ...SCHOOL_A_ACTS, otherTeacher: 'REVIEW_NEEDS_COMPLETED_BOOKING' },
  },

  // Matching: demand, supply, runs and proposals.
  schoolRequests: {
    guard: Permission.SchoolRequestList,
    document: `query($p: Province!) { schoolRequests(province: $p) { id } }`,
    variables: () => ({ p: NB }),
    expect: IN_REGION,
  },
  mySchoolRequests: {
    guard: Permission.SchoolRequestListOwn,
    document: `{ mySchoolRequests { id } }`,
    expect: SCHOOL_A_LISTS,
  },
  createSchoolRequest: {
    guard: Permission.SchoolRequestCreate,
    document: `mutation($i: CreateSchoolRequestInput!) { createSchoolRequest(input: $i) { id } }`,
    variables: (w) => ({
      i: {
        schoolId: w.schoolA.id,
        type: 'GUEST_LESSON',
        levels: ['HAVO'],
        themes: [],
        sessions: 1,
        ...period(),
      },
    }),
    expect: { ...SCHOOL_A_ACTS, ...IN_REGION },
  },
  updateSchoolRequest: {
    guard: Permission.SchoolRequestManage,
    document: `mutation($id: ID!) { updateSchoolRequest(id: $id, input: { sessions: 2 }) { id } }`,
    variables: async (w) => ({ id: await w.schoolRequest() }),
    expect: { ...SCHOOL_A_ACTS, ...IN_REGION },
  },
  withdrawSchoolRequest: {
    guard: Permission.SchoolRequestManage,
    document: `mutation($id: ID!) { withdrawSchoolRequest(id: $id) { id } }`,
    variables: async (w) => ({ id: await w.schoolRequest() }),
    expect: { ...SCHOOL_A_ACTS, ...IN_REGION },
  },
  supplyOffers: {
    guard: Permission.SupplyOfferList,
    document: `query($p: Province!) { supplyOffers(province: $p) { id } }`,
    variables: () => ({ p: NB }),
    expect: IN_REGION,
  },
  mySupplyOffers: {
    guard: Permission.SupplyOfferListOwn,
    document: `{ mySupplyOffers { id } }`,
    expect: { company: 'ok', otherCompany: 'empty' },
  },
  createSupplyOffer: {
    guard: Permission.SupplyOfferCreate,
    document: `mutation($i: CreateSupplyOfferInput!) { createSupplyOffer(input: $i) { id } }`,
    variables: (w) => ({
      i: {
        locationId: w.locationA,
        type: 'GUEST_LESSON',
        levels: ['HAVO'],
        themes: [],
        sessions: 1,
        maxTravelKm: 30,
        ...period(),
      },
    }),
    expect: { ...COMPANY_A_ACTS, ...IN_REGION },
  },
  updateSupplyOffer: {
    guard: Permission.SupplyOfferManage,
    document: `mutation($id: ID!) { updateSupplyOffer(id: $id, input: { sessions: 2 }) { id } }`,
    variables: async (w) => ({ id: await w.supplyOffer() }),
    expect: { ...COMPANY_A_ACTS, ...IN_REGION },
  },
  withdrawSupplyOffer: {
    guard: Permission.SupplyOfferManage,
    document: `mutation($id: ID!) { withdrawSupplyOffer(id: $id) { id } }`,
    variables: async (w) => ({ id: await w.supplyOffer() }),
    expect: { ...COMPANY_A_ACTS, ...IN_REGION },
  },
  // A run by its id is not kept to the coordinator's provinces; the list of runs is.
  matchRun: {
    guard: Permission.MatchingRun,
    document: `query($id: ID!) { matchRun(id: $id) { id } }`,
    variables: (w) => ({ id: w.run }),
    expect: ANY_REGION,
  },
  matchRuns: {
    guard: Permission.MatchingRun,
    document: `query($p: Province) { matchRuns(province: $p) { id } }`,
    variables: () => ({ p: NB }),
    expect: IN_REGION,
  },
  runMatching: {
    guard: Permission.MatchingRun,
    document: `mutation($p: Province!) { runMatching(province: $p) { id } }`,
    variables: () => ({ p: NB }),
    expect: IN_REGION,
  },
  regionalBalance: {
    guard: Permission.MatchingRun,
    document: `query($p: Province) { regionalBalance(province: $p) { province } }`,
    variables: () => ({ p: NB }),
    expect: IN_REGION,
  },
  decideProposal: {
    guard: Permission.ProposalDecide,
    document: `mutation($id: ID!) { decideProposal(id: $id, accept: false) { id } }`,
    variables: async (w) => ({ id: await w.proposal() }),
    expect: IN_REGION,
  },

  // Reports.
  reachReport: {
    guard: Permission.ReportRead,
    document: `query($y: Int!, $p: Province) { reachReport(schoolYear: $y, province: $p) { schoolYear } }`,
    variables: () => ({ y: schoolYearOf(new Date()), p: NB }),
    expect: IN_REGION,
  },
  unreachedSchools: {
    guard: Permission.ReportRead,
    document: `query($y: Int!, $p: Province!) { unreachedSchools(schoolYear: $y, province: $p) { school { id } } }`,
    variables: () => ({ y: schoolYearOf(new Date()), p: NB }),
    expect: IN_REGION,
  },

  // The Jet-Net waiting list.
  waitlist: {
    guard: Permission.WaitlistAdminister,
    document: `query($p: Province) { waitlist(programme: JET_NET, province: $p) { id } }`,
    variables: () => ({ p: NB }),
    expect: IN_REGION,
  },
  myWaitlistEntries: {
    guard: Permission.WaitlistListOwn,
    document: `{ myWaitlistEntries { id } }`,
    expect: SCHOOL_A_LISTS,
  },
  partnerCapacity: {
    guard: Permission.PartnerCapacityRead,
    document: `query($l: ID!) { partnerCapacity(locationId: $l, programme: JET_NET) { slots } }`,
    variables: (w) => ({ l: w.locationA }),
    expect: { ...COMPANY_A_ACTS, ...ANY_REGION },
  },
  setPartnerCapacity: {
    guard: Permission.PartnerCapacitySet,
    document: `mutation($l: ID!) { setPartnerCapacity(locationId: $l, programme: JET_NET, slots: 1) { slots } }`,
    variables: async (w) => ({ l: await w.locationOfA() }),
    expect: { ...COMPANY_A_ACTS, ...IN_REGION },
  },
  joinWaitlist: {
    guard: Permission.WaitlistJoin,
    serial: true,
    document: `mutation($s: ID) { joinWaitlist(programme: JET_NET, schoolId: $s) { id } }`,
    variables: async (w) => {
      // Joining again answers the same entry: start each call from a school off the list.
      await w.leaveList();
      return { s: w.schoolA.id };
    },
    expect: { ...SCHOOL_A_ACTS, ...IN_REGION },
  },
  withdrawFromWaitlist: {
    guard: Permission.WaitlistEntryManage,
    serial: true,
    document: `mutation($id: ID!) { withdrawFromWaitlist(entryId: $id) { id } }`,
    variables: async (w) => ({ id: await w.entry() }),
    expect: { ...SCHOOL_A_ACTS, ...IN_REGION },
  },
  respondToPartnerOffer: {
    guard: Permission.WaitlistEntryManage,
    serial: true,
    document: `mutation($id: ID!) { respondToPartnerOffer(offerId: $id, accept: false) { id } }`,
    variables: async (w) => ({ id: await w.partnerOffer() }),
    expect: { ...SCHOOL_A_ACTS, ...IN_REGION },
  },
  prioritizeWaitlistEntry: {
    guard: Permission.WaitlistAdminister,
    serial: true,
    document: `mutation($id: ID!) { prioritizeWaitlistEntry(entryId: $id, priority: 5, reason: "Nieuwe school") { id } }`,
    variables: async (w) => ({ id: await w.entry() }),
    expect: IN_REGION,
  },
  placeWaitlistEntry: {
    guard: Permission.WaitlistAdminister,
    serial: true,
    document: `mutation($id: ID!, $l: ID!) { placeWaitlistEntry(entryId: $id, locationId: $l, reason: "Afgesproken") { id } }`,
    variables: async (w) => ({ id: await w.entry(), l: await w.capacityLocation() }),
    expect: IN_REGION,
  },

  // Administration: only the admin, whose calls see the whole registry and every coordinator.
  coordinators: {
    guard: Permission.CoordinatorList,
    document: `{ coordinators { id } }`,
    expect: { admin: 'ok' },
  },
  startSchoolImport: {
    guard: Permission.SchoolImport,
    document: `mutation { startSchoolImport { id } }`,
    expect: { admin: 'ok' },
  },
  schoolImport: {
    guard: Permission.SchoolImport,
    document: `query($id: ID!) { schoolImport(id: $id) { id } }`,
    variables: (w) => ({ id: w.importRun }),
    expect: { admin: 'ok' },
  },
  schoolImports: {
    guard: Permission.SchoolImport,
    document: `{ schoolImports { id } }`,
    expect: { admin: 'ok' },
  },
};

// Which scopes can give each access reason (judge in libs/access): a reason the caller's scope cannot give is a
// mistake in the matrix.
const SCOPES_OF_REASON: Partial<Record<ErrorReason, Scope[]>> = {
  NO_SCHOOL_LINKED: ['ownSchool'],
  SCHOOL_NOT_VERIFIED: ['ownSchool'],
  NOT_YOUR_SCHOOL: ['ownSchool'],
  NOT_YOUR_COMPANY: ['ownCompany', 'ownApprovedCompany'],
  COMPANY_NOT_APPROVED: ['ownApprovedCompany', 'approvedCompany', 'approvedCompanyInRegion'],
  OUTSIDE_YOUR_REGION: ['region', 'approvedCompanyInRegion'],
};

/** Every caller's expected outcome of `entry`, with the parts ACCESS decides filled in; problems named. */
function expectations(name: string, entry: Entry): { expected: Record<Caller, Outcome>; problems: string[] } {
  const expected = {} as Record<Caller, Outcome>;
  const problems: string[] = [];
  const permission = entry.guard === PUBLIC || entry.guard === OWN_ACCOUNT ? null : entry.guard;
  for (const caller of CALLERS) {
    const listed = entry.expect[caller];
    const derived: Outcome | undefined =
      entry.guard === PUBLIC
        ? undefined
        : caller === 'anonymous'
          ? 'UNAUTHENTICATED'
          : permission && !scopeOf(permission, ROLE[caller])
            ? 'ROLE_NOT_ALLOWED'
            : undefined;
    if (derived) {
      if (listed) problems.push(`${name}: ${caller} is ${derived} by ACCESS; do not list it`);
      expected[caller] = derived;
      continue;
    }
    if (!listed) {
      problems.push(`${name}: no outcome for ${caller}`);
      continue;
    }
    expected[caller] = listed;
    if (listed === 'ROLE_NOT_ALLOWED')
      problems.push(`${name}: ROLE_NOT_ALLOWED comes from ACCESS, not the matrix`);
    if (!permission || caller === 'anonymous') continue;
    const scope = scopeOf(permission, ROLE[caller])!;
    const scopes = SCOPES_OF_REASON[listed as ErrorReason];
    if (scopes && !scopes.includes(scope)) {
      problems.push(`${name}: ${caller} has scope ${scope} for ${permission}, which never gives ${listed}`);
    }
    if (listed === 'EMAIL_NOT_VERIFIED' && ACCESS[permission].reads) {
      problems.push(`${name}: ${permission} only reads, open to unconfirmed addresses`);
    }
  }
  return { expected, problems };
}

// The resolver method behind each Query and Mutation field, for the guard it carries.
function handlers(): Map<string, object> {
  const found = new Map<string, object>();
  for (const meta of [
    ...TypeMetadataStorage.getQueriesMetadata(),
    ...TypeMetadataStorage.getMutationsMetadata(),
  ]) {
    const prototype = (meta.target as { prototype: Record<string, object> }).prototype;
    found.set(meta.schemaName, prototype[meta.methodName]);
  }
  return found;
}

function outcomeOf(response: GraphQLResponse, field: string): string {
  const error = response.errors?.[0];
  if (error) {
    const { code, reason } = (error.extensions ?? {}) as { code?: string; reason?: string };
    if (!reason) return code ?? `no code: ${error.message}`;
    // A reason must travel under its own code.
    const own: string | undefined = ERROR_REASONS[reason as ErrorReason];
    return own === code ? reason : `${code}/${reason}`;
  }
  const value = (response.data as Record<string, unknown> | null | undefined)?.[field];
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0)
    ? 'empty'
    : 'ok';
}

describe('authorisation matrix: every operation, every kind of caller', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    // Every caller tries logIn with the same made-up address at once: the matrix is about who may call an
    // operation, so the log-in lock-out (tested in login-protection.e2e) is off here.
    t = await startTestApp({ LOGIN_LOCKOUT: '0', LOGIN_LOCKOUT_IP: '0' });
    w = await seedWorld(t);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('has an entry for every Query and Mutation of the schema, and none for an operation that is gone', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const operations = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}),
    );
    expect(operations.filter((name) => !MATRIX[name]).sort()).toEqual([]);
    expect(Object.keys(MATRIX).filter((name) => !operations.includes(name))).toEqual([]);
  });

  it('agrees with the access table and with the guard each resolver carries', () => {
    const methods = handlers();
    const problems: string[] = [];
    for (const [name, entry] of Object.entries(MATRIX)) {
      problems.push(...expectations(name, entry).problems);
      const method = methods.get(name);
      if (!method) problems.push(`${name}: no resolver method found`);
      const rule = method ? guardRuleOf(method) : undefined;
      const guard = rule === undefined ? PUBLIC : (rule.permission ?? OWN_ACCOUNT);
      if (method && guard !== entry.guard) {
        problems.push(`${name}: the resolver's guard is ${guard}, the matrix says ${entry.guard}`);
      }
      const operation = parse(entry.document).definitions[0] as OperationDefinitionNode;
      const fields = operation.selectionSet.selections;
      if (fields.length !== 1 || fields[0].kind !== Kind.FIELD || fields[0].name.value !== name) {
        problems.push(`${name}: the document must ask for ${name} alone`);
      }
    }
    expect(problems).toEqual([]);
  });

  describe.each(Object.entries(MATRIX))('%s', (name, entry) => {
    it('answers each caller as the matrix says', async () => {
      const actual: Partial<Record<Caller, string>> = {};
      const call = async (caller: Caller) => {
        const variables = (await entry.variables?.(w, caller)) ?? {};
        const token = entry.ownSession
          ? await w.ownToken(caller, entry.ownSession === 'account')
          : w.tokens[caller];
        actual[caller] = outcomeOf(await t.gql(entry.document, variables, token), name);
      };
      if (entry.serial) for (const caller of CALLERS) await call(caller);
      else await Promise.all(CALLERS.map(call));
      expect(actual).toEqual(expectations(name, entry).expected);
      // Ten argon2 hashes (signUp, logIn) on a loaded machine can outlast the default.
    }, 60_000);
  });
});

/** Two schools, two companies, two provinces with a coordinator in one, an admin, and the records acted on. */
async function seedWorld(t: TestApp): Promise<World> {
  const ds = t.dataSource;
  const { unique, schoolA, schoolB, companyA, locationA, companyB, activity, runOf } = await twoProvinces(
    ds,
    'Matrix',
  );

  // What the lists show their callers: school A's and company A's records, and a waiting school in the province.
  await BookingFactory.from({ activityId: activity.id, schoolId: schoolA.id }).insert(ds);
  await SchoolRequestFactory.from({ schoolId: schoolA.id, ...period() }).insert(ds);
  await SupplyOfferFactory.from({ locationId: locationA.id, ...period() }).insert(ds);
  await PartnerCapacityFactory.from({ locationId: locationA.id, slots: 2 }).insert(ds);
  await WaitlistEntryFactory.from({ schoolId: schoolA.id, province: NB }).insert(ds);
  await WaitlistEntryFactory.from({ province: NB }).insert(ds);
  const run = await runOf();
  const makers = recordMakers(ds, { schoolA, province: NB, companyA, locationA, activity, period, runOf });
  const importRun = (
    await ds.getRepository(SchoolImportRunEntity).save({
      source: SchoolImportSource.DATA_FILE,
      location: '/srv/data/scholen.csv',
      state: SchoolImportState.DONE,
      finishedAt: new Date(),
    })
  ).id;
  const draft = await makers.draftActivity();
  const login = await UserFactory.create(ds, Role.TEACHER, { schoolId: schoolB.id });

  const tokens: World['tokens'] = {
    unconfirmedTeacher: await t.tokenFor(Role.TEACHER, {
      schoolId: schoolA.id,
      emailVerified: false,
      schoolVerified: false,
    }),
    unprovenTeacher: await t.tokenFor(Role.TEACHER, { schoolId: schoolA.id, schoolVerified: false }),
    teacher: await t.tokenFor(Role.TEACHER, { schoolId: schoolA.id }),
    otherTeacher: await t.tokenFor(Role.TEACHER, { schoolId: schoolB.id }),
    company: await t.tokenFor(Role.COMPANY, { companyId: companyA.id }),
    otherCompany: await t.tokenFor(Role.COMPANY, { companyId: companyB.id }),
    coordinatorIn: await t.tokenFor(Role.COORDINATOR, { provinces: [NB] }),
    coordinatorOut: await t.tokenFor(Role.COORDINATOR, { provinces: [Province.UTRECHT] }),
    admin: await t.tokenFor(Role.ADMIN),
  };

  const ownToken = async (caller: Caller, copy: boolean): Promise<string | undefined> => {
    const token = tokens[caller];
    if (!token) return undefined;
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string };
    let id = claims.sub;
    if (copy) {
      // The same account under another id and address: what its calls see is the same.
      const [row] = await ds.query<Array<{ id: string }>>(
        `INSERT INTO users
         SELECT (jsonb_populate_record(NULL::users, to_jsonb(u) || jsonb_build_object(
                  'id', gen_random_uuid(), 'email', 'kopie-' || gen_random_uuid() || '@example.nl'))).*
           FROM users u WHERE u.id = $1
         RETURNING id`,
        [claims.sub],
      );
      id = row.id;
    }
    const user = await ds.getRepository(UserEntity).findOneByOrFail({ id });
    return (await t.app.get(SessionService).start(user)).accessToken;
  };

  return {
    schoolA,
    locationA: locationA.id,
    ownToken,
    activity: activity.id,
    draft,
    run,
    importRun,
    loginEmail: login.email,
    tokens,
    unique,
    ...makers,
  };
}
