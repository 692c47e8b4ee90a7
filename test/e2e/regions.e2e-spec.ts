import { Province } from '@app/core';
import {
  CompanyFactory,
  LocationFactory,
  SchoolFactory,
  SchoolRequestFactory,
  SupplyOfferFactory,
  WaitlistEntryFactory,
  errorCode,
  type GraphQLResponse,
} from '@app/testing';
import { ADMIN, startTestApp, type TestApp } from '../utils/test-app';

const LOG_IN = `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }`;
const CREATE = `mutation($i: CreateCoordinatorInput!) {
  createCoordinator(input: $i) { email role provinces programmes } }`;
const APPROVE = `mutation($id: ID!) { approveCompany(id: $id) { id approved } }`;
const RUN = `mutation($p: Province!) { runMatching(province: $p) { id province status } }`;
const RUNS = `query($p: Province) { matchRuns(province: $p) { province } }`;
const DECIDE = `mutation($id: ID!) { decideProposal(id: $id, accept: false) { id status } }`;
const PLACE = `mutation($e: ID!, $l: ID!) {
  placeWaitlistEntry(entryId: $e, locationId: $l, reason: "Past goed bij dit bedrijf") { id status } }`;
const WAITLIST = `query($v: Province) { waitlist(programme: JET_NET, province: $v) { id province } }`;
const JOIN = `mutation($s: ID!) { joinWaitlist(programme: JET_NET, schoolId: $s) { id } }`;
const BALANCE = `query($p: Province) { regionalBalance(province: $p) { province } }`;
const REQUESTS = `query($p: Province!) { schoolRequests(province: $p) { id } }`;
const REACH = `query($y: Int!, $p: Province) { reachReport(schoolYear: $y, province: $p) { rows { province } } }`;
const PASSWORD = 'Maastricht-Eindhoven-2026';

const refusal = (res: GraphQLResponse<unknown>) => ({
  code: errorCode(res),
  reason: res.errors?.[0]?.extensions?.reason,
});
const OUTSIDE = { code: 'FORBIDDEN', reason: 'OUTSIDE_YOUR_REGION' };
const provincesOf = (rows: Array<{ province: string }>) =>
  [...new Set(rows.map((row) => row.province))].sort();

describe('coordinators work in regions', () => {
  let t: TestApp;
  let admin: string;
  let coordinator: string;
  // In the coordinator's region (Limburg) and outside it (Groningen).
  const inside: Record<string, string> = {};
  const outside: Record<string, string> = {};

  const one = async <T>(sql: string, params: unknown[]): Promise<T> =>
    (await t.dataSource.query<T[]>(sql, params))[0];

  beforeAll(async () => {
    t = await startTestApp();
    admin = (await t.gql(LOG_IN, { e: ADMIN.email, p: ADMIN.password })).data!.logIn.token as string;
    for (const [here, province] of [
      [inside, Province.LIMBURG],
      [outside, Province.GRONINGEN],
    ] as const) {
      const { company, location } = await CompanyFactory.create(
        t.dataSource,
        { approved: false, approvedAt: null },
        { province },
      );
      here.company = company.id;
      here.location = location.id;
      here.school = (await SchoolFactory.create(t.dataSource, { province })).id;
      here.entry = (
        await WaitlistEntryFactory.from({ province, schoolId: here.school }).insert(t.dataSource)
      ).id;
      const request = await SchoolRequestFactory.from({ schoolId: here.school }).insert(t.dataSource);
      const offer = await SupplyOfferFactory.from({
        locationId: (await LocationFactory.from({ province }).insert(t.dataSource)).id,
        reachProvinces: [province],
      }).insert(t.dataSource);
      // A finished run of the province with one proposal, as the worker would leave it.
      here.run = (
        await one<{ id: string }>(
          `INSERT INTO match_runs (province, status) VALUES ($1, 'DONE') RETURNING id`,
          [province],
        )
      ).id;
      here.proposal = (
        await one<{ id: string }>(
          `INSERT INTO match_proposals (run_id, ordinal, request_id, supply_id, request_revision, supply_revision,
                                        sessions, distance_km, score, reasons, status)
           VALUES ($1, 0, $2, $3, $4, $5, 1, 5, 100, '{}', 'PROPOSED') RETURNING id`,
          [here.run, request.id, offer.id, request.revision, offer.revision],
        )
      ).id;
    }
  });

  afterAll(async () => {
    await t.close();
  });

  it('lets the admin create a coordinator for some provinces and programmes, who then logs in', async () => {
    const created = await t.gql(
      CREATE,
      {
        i: {
          email: 'zuid@example.nl',
          password: PASSWORD,
          name: 'Coördinator Zuid',
          provinces: ['LIMBURG', 'NOORD_BRABANT'],
          programmes: ['JET_NET'],
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createCoordinator).toEqual({
      email: 'zuid@example.nl',
      role: 'COORDINATOR',
      // In the enum's order.
      provinces: ['NOORD_BRABANT', 'LIMBURG'],
      programmes: ['JET_NET'],
    });
    coordinator = (await t.gql(LOG_IN, { e: 'zuid@example.nl', p: PASSWORD })).data!.logIn.token as string;
    const me = await t.gql(`{ me { provinces programmes } }`, {}, coordinator);
    expect(me.data?.me).toEqual({ provinces: ['NOORD_BRABANT', 'LIMBURG'], programmes: ['JET_NET'] });
    // Other roles work in no province.
    const adminMe = await t.gql(`{ me { provinces programmes } }`, {}, admin);
    expect(adminMe.data?.me).toEqual({ provinces: [], programmes: [] });
  });

  it('refuses a coordinator without provinces or with an unknown one, and creates nobody', async () => {
    const users = async () => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM users`, [])).n;
    const before = await users();
    const input = { email: 'leeg@example.nl', password: PASSWORD, name: 'Leeg', programmes: [] };
    const empty = await t.gql(CREATE, { i: { ...input, provinces: [] } }, admin);
    expect(refusal(empty)).toEqual({ code: 'BAD_USER_INPUT', reason: 'NO_PROVINCES' });
    const unknown = await t.gql(CREATE, { i: { ...input, provinces: ['ATLANTIS'] } }, admin);
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(await users()).toBe(before);
  });

  it('approves companies in the region only', async () => {
    const approved = async (id: string) =>
      (await one<{ approved: boolean }>(`SELECT approved FROM companies WHERE id = $1`, [id])).approved;
    expect(refusal(await t.gql(APPROVE, { id: outside.company }, coordinator))).toEqual(OUTSIDE);
    expect(await approved(outside.company)).toBe(false);
    const res = await t.gql(APPROVE, { id: inside.company }, coordinator);
    expect(res.data?.approveCompany).toEqual({ id: inside.company, approved: true });
    expect(await approved(inside.company)).toBe(true);
  });

  it('runs the matching and decides proposals in the region only', async () => {
    const runs = async (province: Province) =>
      (await one<{ n: number }>(`SELECT count(*)::int AS n FROM match_runs WHERE province = $1`, [province]))
        .n;
    expect(refusal(await t.gql(RUN, { p: 'GRONINGEN' }, coordinator))).toEqual(OUTSIDE);
    expect(await runs(Province.GRONINGEN)).toBe(1);
    const run = await t.gql(RUN, { p: 'LIMBURG' }, coordinator);
    expect(run.data?.runMatching).toMatchObject({ province: 'LIMBURG', status: 'QUEUED' });
    expect(await runs(Province.LIMBURG)).toBe(2);

    expect(refusal(await t.gql(DECIDE, { id: outside.proposal }, coordinator))).toEqual(OUTSIDE);
    const status = async (id: string) =>
      (await one<{ status: string }>(`SELECT status FROM match_proposals WHERE id = $1`, [id])).status;
    expect(await status(outside.proposal)).toBe('PROPOSED');
    const decided = await t.gql(DECIDE, { id: inside.proposal }, coordinator);
    expect(decided.data?.decideProposal).toEqual({ id: inside.proposal, status: 'REJECTED' });
    expect(await status(inside.proposal)).toBe('REJECTED');
  });

  it('runs the waiting list in the region only', async () => {
    const status = async (id: string) =>
      (await one<{ status: string }>(`SELECT status FROM waitlist_entries WHERE id = $1`, [id])).status;
    const place = await t.gql(PLACE, { e: outside.entry, l: inside.location }, coordinator);
    expect(refusal(place)).toEqual(OUTSIDE);
    expect(await status(outside.entry)).toBe('WAITING');
    const entries = async () =>
      (await one<{ n: number }>(`SELECT count(*)::int AS n FROM waitlist_entries`, [])).n;
    const before = await entries();
    // Acting for a school outside the region: the school's province counts.
    const other = await SchoolFactory.create(t.dataSource, { province: Province.GRONINGEN });
    expect(refusal(await t.gql(JOIN, { s: other.id }, coordinator))).toEqual(OUTSIDE);
    expect(await entries()).toBe(before);
  });

  it("lists the coordinator's provinces by default and refuses a province outside them", async () => {
    const waitlist = await t.gql<{ waitlist: Array<{ id: string; province: string }> }>(
      WAITLIST,
      {},
      coordinator,
    );
    expect(waitlist.data!.waitlist.map((e) => e.id)).toContain(inside.entry);
    expect(provincesOf(waitlist.data!.waitlist)).toEqual(['LIMBURG']);
    expect(refusal(await t.gql(WAITLIST, { v: 'GRONINGEN' }, coordinator))).toEqual(OUTSIDE);

    const runs = await t.gql<{ matchRuns: Array<{ province: string }> }>(RUNS, {}, coordinator);
    expect(provincesOf(runs.data!.matchRuns)).toEqual(['LIMBURG']);
    expect(refusal(await t.gql(RUNS, { p: 'GRONINGEN' }, coordinator))).toEqual(OUTSIDE);

    const balance = await t.gql<{ regionalBalance: Array<{ province: string }> }>(BALANCE, {}, coordinator);
    expect(provincesOf(balance.data!.regionalBalance)).toEqual(['LIMBURG']);
    expect(refusal(await t.gql(BALANCE, { p: 'GRONINGEN' }, coordinator))).toEqual(OUTSIDE);

    expect(refusal(await t.gql(REQUESTS, { p: 'GRONINGEN' }, coordinator))).toEqual(OUTSIDE);
    const requests = await t.gql<{ schoolRequests: unknown[] }>(REQUESTS, { p: 'LIMBURG' }, coordinator);
    expect(requests.data!.schoolRequests).toHaveLength(1);

    const year = new Date().getUTCFullYear() - 1;
    const reach = await t.gql<{ reachReport: { rows: Array<{ province: string }> } }>(
      REACH,
      { y: year },
      coordinator,
    );
    expect(provincesOf(reach.data!.reachReport.rows)).toEqual(['LIMBURG', 'NOORD_BRABANT']);
    expect(refusal(await t.gql(REACH, { y: year, p: 'GRONINGEN' }, coordinator))).toEqual(OUTSIDE);
  });

  it('lets the admin do everything, everywhere', async () => {
    const approved = await t.gql(APPROVE, { id: outside.company }, admin);
    expect(approved.data?.approveCompany).toEqual({ id: outside.company, approved: true });
    expect((await t.gql(RUN, { p: 'GRONINGEN' }, admin)).data?.runMatching).toMatchObject({
      province: 'GRONINGEN',
    });
    const decided = await t.gql(DECIDE, { id: outside.proposal }, admin);
    expect(decided.data?.decideProposal).toEqual({ id: outside.proposal, status: 'REJECTED' });
    const runs = await t.gql<{ matchRuns: Array<{ province: string }> }>(RUNS, {}, admin);
    expect(provincesOf(runs.data!.matchRuns)).toEqual(['GRONINGEN', 'LIMBURG']);
    const waitlist = await t.gql<{ waitlist: Array<{ province: string }> }>(WAITLIST, {}, admin);
    expect(provincesOf(waitlist.data!.waitlist)).toEqual(['GRONINGEN', 'LIMBURG']);
  });
});
