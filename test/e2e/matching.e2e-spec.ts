import type { INestApplicationContext } from '@nestjs/common';
import { Province, Role } from '@app/core';
import { MatchRunService, schoolYearOf } from '@app/matching';
import { CompanyFactory, SchoolFactory, errorCode, type GraphQLResponse } from '@app/testing';
import { startTestApp, startTestWorker, type TestApp } from '../utils/test-app';

const REQUEST_FIELDS = `id status sessions sessionsRemaining type levels themes periodStart periodEnd school { id }`;
const OFFER_FIELDS = `id status sessions sessionsRemaining type levels themes maxTravelKm reachProvinces
  location { id } activity { id title status }`;
const CREATE_REQUEST = `mutation($i: CreateSchoolRequestInput!) { createSchoolRequest(input: $i) { ${REQUEST_FIELDS} } }`;
const CREATE_OFFER = `mutation($i: CreateSupplyOfferInput!) { createSupplyOffer(input: $i) { ${OFFER_FIELDS} } }`;
const RUN = `mutation($p: Province!) { runMatching(province: $p) { id status province } }`;
const RUN_QUERY = `query($id: ID!) { matchRun(id: $id) {
  id status province demandSessions supplySessions matchedSessions upperBound totalScore error finishedAt
  proposals { id sessions distanceKm score reasons status bookingId
    request { id school { id name } } supply { id location { company { name } } } } } }`;
const DECIDE = `mutation($id: ID!, $a: Boolean!) { decideProposal(id: $id, accept: $a) { id status bookingId } }`;
// The transport code and the domain reason beside it, which the web app shows in Dutch.
const refusal = (res: GraphQLResponse<unknown>) => ({
  code: errorCode(res),
  reason: res.errors?.[0]?.extensions?.reason,
});

interface Proposal {
  id: string;
  sessions: number;
  distanceKm: number;
  score: number;
  reasons: string[];
  status: string;
  bookingId: string | null;
  request: { id: string };
  supply: { id: string };
}

const YEAR = schoolYearOf(new Date());
// The whole current school year (by the Dutch date): it has not ended yet.
const PERIOD = {
  periodStart: new Date(Date.UTC(YEAR, 7, 1)).toISOString(),
  periodEnd: new Date(Date.UTC(YEAR + 1, 6, 31)).toISOString(),
};

describe('demand, supply and optimal matching', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let coordinator: string;
  let otherCoordinator: string;
  const schools: Record<string, string> = {};
  const teachers: Record<string, string> = {};
  const companies: Record<string, { token: string; locationId: string; companyId: string }> = {};
  const ids: Record<string, string> = {};

  const count = async (table: string, where = 'true') =>
    Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`))[0].n);
  const snapshot = async () => ({
    requests: await t.dataSource.query<unknown[]>(
      `SELECT id, sessions, sessions_used, status, revision FROM school_requests ORDER BY id`,
    ),
    offers: await t.dataSource.query<unknown[]>(
      `SELECT id, sessions, sessions_used, status, revision FROM supply_offers ORDER BY id`,
    ),
    proposals: await t.dataSource.query<unknown[]>(`SELECT id, status FROM match_proposals ORDER BY id`),
    bookings: await count('bookings'),
    activities: await count('activities'),
    notifications: await count('notifications'),
  });

  const createRequest = async (token: string, input: Record<string, unknown>) =>
    t.gql(
      CREATE_REQUEST,
      { i: { type: 'GUEST_LESSON', levels: ['HAVO'], themes: [], sessions: 1, ...PERIOD, ...input } },
      token,
    );
  const createOffer = async (company: string, input: Record<string, unknown>) =>
    t.gql(
      CREATE_OFFER,
      {
        i: {
          locationId: companies[company].locationId,
          type: 'GUEST_LESSON',
          levels: ['HAVO', 'VWO'],
          themes: ['energie'],
          sessions: 1,
          maxTravelKm: 15,
          ...PERIOD,
          ...input,
        },
      },
      companies[company].token,
    );

  async function runAndWait(province: Province, token = coordinator) {
    const started = await t.gql(RUN, { p: province }, token);
    expect(started.errors).toBeUndefined();
    expect(started.data?.runMatching).toMatchObject({ status: 'QUEUED', province });
    const id = started.data?.runMatching.id as string;
    for (let i = 0; i < 300; i += 1) {
      const res = await t.gql(RUN_QUERY, { id }, token);
      const run = res.data?.matchRun;
      if (run?.status === 'DONE' || run?.status === 'FAILED') return run;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`run ${id} did not finish`);
  }
  const pairOf = (p: Proposal) => `${p.request.id}|${p.supply.id}`;
  const find = (run: { proposals: Proposal[] }, request: string, offer: string) =>
    run.proposals.find((p) => p.request.id === ids[request] && p.supply.id === ids[offer]);

  beforeAll(async () => {
    t = await startTestApp();
    worker = await startTestWorker();
    coordinator = await t.tokenFor(Role.COORDINATOR);
    otherCoordinator = await t.tokenFor(Role.COORDINATOR);
    const place = async (key: string, name: string, province: Province, lat: number, lon: number) => {
      schools[key] = (await SchoolFactory.create(t.dataSource, { name, province, lat, lon, city: name })).id;
      teachers[key] = await t.tokenFor(Role.TEACHER, { schoolId: schools[key] });
    };
    // S1 lies only within reach of O1; S2 is right next to O1 but O2 reaches it too.
    await place('S1', 'Zeist', Province.UTRECHT, 52.089, 5.233);
    await place('S2', 'Utrecht Oost', Province.UTRECHT, 52.095, 5.13);
    await place('S3', 'Veenendaal', Province.UTRECHT, 52.0286, 5.5589);
    await place('S4', 'Ede', Province.GELDERLAND, 52.0402, 5.6649);
    const company = async (key: string, province: Province, lat: number, lon: number, approved = true) => {
      const made = await CompanyFactory.create(
        t.dataSource,
        { name: `Bedrijf ${key}`, approved },
        { province, lat, lon, city: key },
      );
      companies[key] = {
        token: await t.tokenFor(Role.COMPANY, { companyId: made.company.id }),
        locationId: made.location.id,
        companyId: made.company.id,
      };
    };
    await company('C1', Province.UTRECHT, 52.0907, 5.1214);
    await company('C2', Province.UTRECHT, 52.1, 5.02);
    await company('C3', Province.UTRECHT, 52.035, 5.61);
    await company('UNAPPROVED', Province.UTRECHT, 52.09, 5.12, false);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('posts demand and supply and lists them per province, supply by its reach across the border', async () => {
    const r1 = await createRequest(teachers.S1, { sessions: 2, themes: ['Energie'] });
    expect(r1.errors).toBeUndefined();
    expect(r1.data?.createSchoolRequest).toMatchObject({
      status: 'OPEN',
      sessions: 2,
      sessionsRemaining: 2,
      themes: ['energie'],
      school: { id: schools.S1 },
    });
    ids.R1 = r1.data?.createSchoolRequest.id;
    // R1 was posted 34 Dutch calendar days ago: counted on the Amsterdam clock, as the reasons count, so that a
    // daylight-saving change in between does not make it 33 or 35.
    await t.dataSource.query(
      `UPDATE school_requests
          SET created_at = ((now() AT TIME ZONE 'Europe/Amsterdam') - interval '34 days') AT TIME ZONE 'Europe/Amsterdam'
        WHERE id = $1`,
      [ids.R1],
    );
    ids.R2 = (await createRequest(teachers.S2, {})).data?.createSchoolRequest.id;
    ids.R3 = (await createRequest(teachers.S3, { type: 'COMPANY_VISIT' })).data?.createSchoolRequest.id;
    ids.R4 = (await createRequest(teachers.S4, { type: 'COMPANY_VISIT' })).data?.createSchoolRequest.id;

    const o1 = await createOffer('C1', { themes: ['energie', 'water'] });
    expect(o1.errors).toBeUndefined();
    expect(o1.data?.createSupplyOffer).toMatchObject({
      status: 'OPEN',
      sessionsRemaining: 1,
      reachProvinces: ['UTRECHT'],
      activity: null,
    });
    ids.O1 = o1.data?.createSupplyOffer.id;
    ids.O2 = (await createOffer('C2', { themes: ['water'], sessions: 2, maxTravelKm: 10 })).data
      ?.createSupplyOffer.id;
    const o3 = await createOffer('C3', { type: 'COMPANY_VISIT' });
    expect(o3.data?.createSupplyOffer.reachProvinces).toEqual(['GELDERLAND', 'UTRECHT']);
    ids.O3 = o3.data?.createSupplyOffer.id;

    const utrecht = await t.gql(`{ schoolRequests(province: UTRECHT) { id } }`, {}, coordinator);
    expect(utrecht.data?.schoolRequests.map((r: { id: string }) => r.id)).toEqual([ids.R1, ids.R2, ids.R3]);
    const gelderland = await t.gql(
      `{ supplyOffers(province: GELDERLAND) { id location { id } } }`,
      {},
      coordinator,
    );
    expect(gelderland.data?.supplyOffers).toEqual([
      { id: ids.O3, location: { id: companies.C3.locationId } },
    ]);
    expect(errorCode(await t.gql(`{ schoolRequests(province: UTRECHT) { id } }`, {}, teachers.S1))).toBe(
      'FORBIDDEN',
    );
    const mine = await t.gql(`{ mySchoolRequests { id } }`, {}, teachers.S1);
    expect(mine.data?.mySchoolRequests).toEqual([{ id: ids.R1 }]);
    const offers = await t.gql(`{ mySupplyOffers { id } }`, {}, companies.C1.token);
    expect(offers.data?.mySupplyOffers).toEqual([{ id: ids.O1 }]);

    const balance = await t.gql(
      `{ regionalBalance { province type level demandSessions supplySessions shortfallSessions } }`,
      {},
      coordinator,
    );
    // Provinces, types and levels in enum order; O3 counts in both provinces it reaches.
    const row = (province: string, type: string, level: string, demand: number, supply: number) => ({
      province,
      type,
      level,
      demandSessions: demand,
      supplySessions: supply,
      shortfallSessions: Math.max(0, demand - supply),
    });
    expect(balance.data?.regionalBalance).toEqual([
      row('GELDERLAND', 'COMPANY_VISIT', 'HAVO', 1, 1),
      row('GELDERLAND', 'COMPANY_VISIT', 'VWO', 0, 1),
      row('UTRECHT', 'GUEST_LESSON', 'HAVO', 3, 3),
      row('UTRECHT', 'GUEST_LESSON', 'VWO', 0, 3),
      row('UTRECHT', 'COMPANY_VISIT', 'HAVO', 1, 1),
      row('UTRECHT', 'COMPANY_VISIT', 'VWO', 0, 1),
    ]);
    const one = await t.gql(
      `{ regionalBalance(province: GELDERLAND, schoolYear: ${YEAR}) { province } }`,
      {},
      coordinator,
    );
    expect(one.data?.regionalBalance).toEqual([{ province: 'GELDERLAND' }, { province: 'GELDERLAND' }]);
    const nextYear = await t.gql(
      `{ regionalBalance(schoolYear: ${YEAR + 1}) { province } }`,
      {},
      coordinator,
    );
    expect(nextYear.data?.regionalBalance).toEqual([]);
  });

  it('rejects bad demand and supply with a clear code and changes nothing', async () => {
    const cases: Array<[string, () => Promise<unknown>, string]> = [
      ['0 sessions', () => createRequest(teachers.S1, { sessions: 0 }), 'BAD_USER_INPUT'],
      ['-2 sessions', () => createRequest(teachers.S1, { sessions: -2 }), 'BAD_USER_INPUT'],
      ['501 sessions', () => createRequest(teachers.S1, { sessions: 501 }), 'BAD_USER_INPUT'],
      ['no levels', () => createRequest(teachers.S1, { levels: [] }), 'BAD_USER_INPUT'],
      ['an unknown theme', () => createRequest(teachers.S1, { themes: ['sterrenkunde'] }), 'BAD_USER_INPUT'],
      [
        'a period that ends before it starts',
        () =>
          createRequest(teachers.S1, {
            periodStart: new Date(Date.UTC(YEAR + 1, 2, 1)).toISOString(),
            periodEnd: new Date(Date.UTC(YEAR + 1, 1, 1)).toISOString(),
          }),
        'BAD_USER_INPUT',
      ],
      [
        'a period over two school years',
        () =>
          createRequest(teachers.S1, {
            periodStart: new Date(Date.UTC(YEAR + 1, 5, 1)).toISOString(),
            periodEnd: new Date(Date.UTC(YEAR + 1, 8, 30)).toISOString(),
          }),
        'BAD_USER_INPUT',
      ],
      [
        'a period that has ended',
        () =>
          createRequest(teachers.S1, {
            periodStart: new Date(Date.UTC(YEAR - 1, 8, 1)).toISOString(),
            periodEnd: new Date(Date.UTC(YEAR - 1, 11, 1)).toISOString(),
          }),
        'BAD_USER_INPUT',
      ],
      [
        'a teacher for another school',
        () => createRequest(teachers.S1, { schoolId: schools.S2 }),
        'FORBIDDEN',
      ],
      ['a company posting demand', () => createRequest(companies.C1.token, {}), 'FORBIDDEN'],
      ['0 sessions of supply', () => createOffer('C1', { sessions: 0 }), 'BAD_USER_INPUT'],
      ['501 sessions of supply', () => createOffer('C1', { sessions: 501 }), 'BAD_USER_INPUT'],
      ['travel of 0 km', () => createOffer('C1', { maxTravelKm: 0 }), 'BAD_USER_INPUT'],
      ['travel of -5 km', () => createOffer('C1', { maxTravelKm: -5 }), 'BAD_USER_INPUT'],
      ['travel of 1000 km', () => createOffer('C1', { maxTravelKm: 1000 }), 'BAD_USER_INPUT'],
      [
        'a supply period over two school years',
        () =>
          createOffer('C1', {
            periodStart: new Date(Date.UTC(YEAR, 8, 1)).toISOString(),
            periodEnd: new Date(Date.UTC(YEAR + 1, 7, 15)).toISOString(),
          }),
        'BAD_USER_INPUT',
      ],
      [
        "another company's location",
        () =>
          t.gql(
            CREATE_OFFER,
            {
              i: {
                locationId: companies.C2.locationId,
                type: 'GUEST_LESSON',
                levels: ['HAVO'],
                themes: [],
                sessions: 1,
                maxTravelKm: 10,
                ...PERIOD,
              },
            },
            companies.C1.token,
          ),
        'FORBIDDEN',
      ],
      ['an unapproved company', () => createOffer('UNAPPROVED', {}), 'FORBIDDEN'],
      ['a teacher posting supply', () => t.gql(CREATE_OFFER, { i: {} }, teachers.S1), 'BAD_USER_INPUT'],
    ];
    for (const [what, attempt, code] of cases) {
      const before = await snapshot();
      const res = (await attempt()) as Parameters<typeof errorCode>[0];
      expect({ what, code: errorCode(res) }).toEqual({ what, code });
      expect(await snapshot()).toEqual(before);
    }
  });

  it('edits and withdraws demand and supply, only by their own side', async () => {
    const extra = (await createRequest(teachers.S2, { type: 'WORKSHOP', sessions: 3 })).data
      ?.createSchoolRequest;
    const UPDATE = `mutation($id: ID!, $i: UpdateSchoolRequestInput!) { updateSchoolRequest(id: $id, input: $i) { ${REQUEST_FIELDS} } }`;
    const WITHDRAW = `mutation($id: ID!) { withdrawSchoolRequest(id: $id) { id status } }`;
    let before = await snapshot();
    expect(errorCode(await t.gql(UPDATE, { id: extra.id, i: { sessions: 4 } }, teachers.S1))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await t.gql(UPDATE, { id: extra.id, i: { sessions: 0 } }, teachers.S2))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await t.gql(WITHDRAW, { id: extra.id }, teachers.S1))).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);

    const updated = await t.gql(
      UPDATE,
      { id: extra.id, i: { sessions: 4, themes: ['robotica'] } },
      teachers.S2,
    );
    expect(updated.data?.updateSchoolRequest).toMatchObject({
      sessions: 4,
      sessionsRemaining: 4,
      themes: ['robotica'],
      type: 'WORKSHOP',
    });
    expect((await t.gql(WITHDRAW, { id: extra.id }, teachers.S2)).data?.withdrawSchoolRequest.status).toBe(
      'WITHDRAWN',
    );
    before = await snapshot();
    expect(errorCode(await t.gql(UPDATE, { id: extra.id, i: { sessions: 2 } }, teachers.S2))).toBe(
      'CONFLICT',
    );
    expect(await snapshot()).toEqual(before);

    const offer = (await createOffer('C2', { type: 'WORKSHOP', sessions: 5 })).data?.createSupplyOffer;
    const UPDATE_OFFER = `mutation($id: ID!, $i: UpdateSupplyOfferInput!) { updateSupplyOffer(id: $id, input: $i) { ${OFFER_FIELDS} } }`;
    const WITHDRAW_OFFER = `mutation($id: ID!) { withdrawSupplyOffer(id: $id) { id status } }`;
    before = await snapshot();
    expect(
      errorCode(await t.gql(UPDATE_OFFER, { id: offer.id, i: { sessions: 2 } }, companies.C1.token)),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await t.gql(UPDATE_OFFER, { id: offer.id, i: { maxTravelKm: 0 } }, companies.C2.token)),
    ).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);
    const widened = await t.gql(UPDATE_OFFER, { id: offer.id, i: { maxTravelKm: 60 } }, companies.C2.token);
    expect(widened.data?.updateSupplyOffer.reachProvinces).toEqual(['GELDERLAND', 'UTRECHT']);
    // Another company, and a teacher, may not withdraw it; nothing changes.
    before = await snapshot();
    expect(errorCode(await t.gql(WITHDRAW_OFFER, { id: offer.id }, companies.C1.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(WITHDRAW_OFFER, { id: offer.id }, teachers.S1))).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
    expect(
      (await t.gql(WITHDRAW_OFFER, { id: offer.id }, companies.C2.token)).data?.withdrawSupplyOffer.status,
    ).toBe('WITHDRAWN');
    const [stored] = await t.dataSource.query<Array<{ status: string }>>(
      `SELECT status FROM supply_offers WHERE id = $1`,
      [offer.id],
    );
    expect(stored.status).toBe('WITHDRAWN');
    const listed = await t.gql(`{ supplyOffers(province: UTRECHT) { id } }`, {}, coordinator);
    expect(listed.data?.supplyOffers.map((o: { id: string }) => o.id)).not.toContain(offer.id);
  });

  it('tells refusals apart by their reason beside the code, and changes nothing', async () => {
    const request = (await createRequest(teachers.S3, { type: 'WEBCAST' })).data?.createSchoolRequest;
    const offer = (await createOffer('C3', { type: 'WEBCAST' })).data?.createSupplyOffer;
    await t.gql(
      `mutation($id: ID!) { withdrawSchoolRequest(id: $id) { id } }`,
      { id: request.id },
      teachers.S3,
    );
    await t.gql(
      `mutation($id: ID!) { withdrawSupplyOffer(id: $id) { id } }`,
      { id: offer.id },
      companies.C3.token,
    );
    const before = await snapshot();
    const cases: Array<[string, () => Promise<GraphQLResponse<unknown>>, string, string]> = [
      [
        'a teacher for another school',
        () => createRequest(teachers.S1, { schoolId: schools.S2 }),
        'FORBIDDEN',
        'NOT_YOUR_SCHOOL',
      ],
      [
        'a company posting demand',
        () => createRequest(companies.C1.token, {}),
        'FORBIDDEN',
        'ROLE_NOT_ALLOWED',
      ],
      ['an unapproved company', () => createOffer('UNAPPROVED', {}), 'FORBIDDEN', 'COMPANY_NOT_APPROVED'],
      [
        'an activity of another location',
        () => createOffer('C1', { activityId: '00000000-0000-4000-8000-000000000000' }),
        'BAD_USER_INPUT',
        'SUPPLY_ACTIVITY_NOT_OF_LOCATION',
      ],
      [
        'a change of a withdrawn request',
        () =>
          t.gql(
            `mutation($id: ID!) { updateSchoolRequest(id: $id, input: { sessions: 2 }) { id } }`,
            { id: request.id },
            teachers.S3,
          ),
        'CONFLICT',
        'SCHOOL_REQUEST_WITHDRAWN',
      ],
      [
        'a change of a withdrawn offer',
        () =>
          t.gql(
            `mutation($id: ID!) { updateSupplyOffer(id: $id, input: { sessions: 2 }) { id } }`,
            { id: offer.id },
            companies.C3.token,
          ),
        'CONFLICT',
        'SUPPLY_OFFER_WITHDRAWN',
      ],
      [
        "a change of another school's request",
        () =>
          t.gql(
            `mutation($id: ID!) { withdrawSchoolRequest(id: $id) { id } }`,
            { id: request.id },
            teachers.S1,
          ),
        'FORBIDDEN',
        'NOT_YOUR_SCHOOL',
      ],
    ];
    for (const [what, attempt, code, reason] of cases) {
      expect({ what, ...refusal(await attempt()) }).toEqual({ what, code, reason });
    }
    expect(await snapshot()).toEqual(before);
  });

  let runA: { id: string; proposals: Proposal[] };
  let runB: { id: string; proposals: Proposal[] };

  it('solves a run in the worker: the optimum (not nearest-first), with its bound and Dutch reasons', async () => {
    expect(errorCode(await t.gql(RUN, { p: 'UTRECHT' }, teachers.S1))).toBe('FORBIDDEN');
    runA = await runAndWait(Province.UTRECHT);
    expect(runA).toMatchObject({
      status: 'DONE',
      error: null,
      demandSessions: 4,
      matchedSessions: 3,
      upperBound: 3,
    });
    // Nearest-first would give O1 to S2 (1 km) and leave S1 without; the optimum serves both.
    expect(runA.proposals.map(pairOf).sort()).toEqual(
      [`${ids.R1}|${ids.O1}`, `${ids.R2}|${ids.O2}`, `${ids.R3}|${ids.O3}`].sort(),
    );
    const p1 = find(runA, 'R1', 'O1')!;
    expect(p1.sessions).toBe(1);
    expect(p1.status).toBe('PROPOSED');
    expect(p1.reasons).toEqual(
      expect.arrayContaining([
        'Zelfde thema: energie',
        `${Math.round(p1.distanceKm)} km van school; het bedrijf reist tot 15 km`,
        'Deze school had dit schooljaar nog geen activiteit',
        'Aanvraag wacht al 34 dagen',
        'Past bij havo',
        '1 van de 2 gevraagde sessies gastles',
      ]),
    );
    expect(find(runA, 'R2', 'O2')!.reasons).toContain('De school vroeg geen bepaald thema');
    // theme 30 + distance + first activity 25 + 4 full weeks of waiting.
    expect(p1.score).toBe(30 + Math.round(30 * (1 - p1.distanceKm / 15)) + 25 + 4);

    // Reproducible: the same data gives the same proposals.
    runB = await runAndWait(Province.UTRECHT);
    const strip = (run: { proposals: Proposal[] }) =>
      run.proposals.map(({ request, supply, sessions, score, reasons, distanceKm }) => ({
        request,
        supply,
        sessions,
        score,
        reasons,
        distanceKm,
      }));
    expect(strip(runB)).toEqual(strip(runA));

    // The job is idempotent: a rerun of a DONE run returns early and changes nothing.
    const before = await snapshot();
    expect(await worker.get(MatchRunService).execute(runA.id)).toBe('skipped');
    expect(await snapshot()).toEqual(before);
  });

  it('accepts a proposal into a booking that uses up capacity; deciding twice or without capacity conflicts', async () => {
    const accepted = await t.gql(DECIDE, { id: find(runA, 'R1', 'O1')!.id, a: true }, coordinator);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.decideProposal.status).toBe('ACCEPTED');
    const bookingId = accepted.data?.decideProposal.bookingId as string;

    const bookings = await t.gql(
      `{ myBookings { id status sessions fromMatching level activity { title type status } school { id } } }`,
      {},
      teachers.S1,
    );
    expect(bookings.data?.myBookings).toEqual([
      {
        id: bookingId,
        status: 'ACCEPTED',
        sessions: 1,
        fromMatching: true,
        level: 'HAVO',
        activity: { title: 'Gastles van Bedrijf C1', type: 'GUEST_LESSON', status: 'DRAFT' },
        school: { id: schools.S1 },
      },
    ]);
    const companyView = await t.gql(`{ myBookings { id } }`, {}, companies.C1.token);
    expect(companyView.data?.myBookings).toEqual([{ id: bookingId }]);
    expect(await count('notifications', `kind = 'MATCH_PROPOSED'`)).toBe(2);
    // The worker e-mails them after the commit (the SMTP adapter logs in tests).
    for (
      let i = 0;
      i < 100 && (await count('notifications', `kind = 'MATCH_PROPOSED' AND emailed_at IS NULL`));
      i += 1
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await count('notifications', `kind = 'MATCH_PROPOSED' AND emailed_at IS NOT NULL`)).toBe(2);
    const r1 = await t.dataSource.query(`SELECT sessions_used, status FROM school_requests WHERE id = $1`, [
      ids.R1,
    ]);
    expect(r1[0]).toEqual({ sessions_used: 1, status: 'OPEN' });
    const o1 = await t.gql(
      `{ supplyOffers(province: UTRECHT) { id sessionsRemaining activity { title } } }`,
      {},
      coordinator,
    );
    expect(o1.data?.supplyOffers.find((o: { id: string }) => o.id === ids.O1)).toEqual({
      id: ids.O1,
      sessionsRemaining: 0,
      activity: { title: 'Gastles van Bedrijf C1' },
    });

    const before = await snapshot();
    const decided = { code: 'CONFLICT', reason: 'PROPOSAL_ALREADY_DECIDED' };
    expect(refusal(await t.gql(DECIDE, { id: find(runA, 'R1', 'O1')!.id, a: true }, coordinator))).toEqual(
      decided,
    );
    expect(refusal(await t.gql(DECIDE, { id: find(runA, 'R1', 'O1')!.id, a: false }, coordinator))).toEqual(
      decided,
    );
    // The same pair from the second run: its capacity is used already.
    expect(refusal(await t.gql(DECIDE, { id: find(runB, 'R1', 'O1')!.id, a: true }, coordinator))).toEqual({
      code: 'CONFLICT',
      reason: 'PROPOSAL_CAPACITY_USED',
    });
    expect(errorCode(await t.gql(DECIDE, { id: find(runB, 'R1', 'O1')!.id, a: true }, teachers.S1))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(await t.gql(DECIDE, { id: '00000000-0000-4000-8000-000000000000', a: true }, coordinator)),
    ).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);

    // Rejected pairs are not proposed again; a new run only matches what is left.
    expect(
      (await t.gql(DECIDE, { id: find(runA, 'R2', 'O2')!.id, a: false }, coordinator)).data?.decideProposal
        .status,
    ).toBe('REJECTED');
    const runC = await runAndWait(Province.UTRECHT);
    expect(runC.proposals.map(pairOf)).toEqual([`${ids.R3}|${ids.O3}`]);
    expect(runC).toMatchObject({ demandSessions: 3, matchedSessions: 1, upperBound: 1 });

    // Cancelling the matched booking gives its session back to both sides.
    const cancelled = await t.gql(
      `mutation($id: ID!) { cancelBooking(id: $id) { status } }`,
      { id: bookingId },
      teachers.S1,
    );
    expect(cancelled.data?.cancelBooking.status).toBe('CANCELLED');
    const runD = await runAndWait(Province.UTRECHT);
    expect(runD.proposals.map(pairOf).sort()).toEqual([`${ids.R1}|${ids.O1}`, `${ids.R3}|${ids.O3}`].sort());
    expect(find(runD, 'R1', 'O1')!.sessions).toBe(1);
  });

  it('lets one of two coordinators win when accepting conflicting proposals at the same moment', async () => {
    // O3 near the border reaches a school in Utrecht and one in Gelderland; it has one session.
    const [utrecht, gelderland] = await Promise.all([
      runAndWait(Province.UTRECHT),
      runAndWait(Province.GELDERLAND, otherCoordinator),
    ]);
    const a = find(utrecht, 'R3', 'O3')!;
    const b = find(gelderland, 'R4', 'O3')!;
    expect(a.sessions).toBe(1);
    expect(b.sessions).toBe(1);
    const bookingsBefore = await count('bookings');
    const results = await Promise.all([
      t.gql(DECIDE, { id: a.id, a: true }, coordinator),
      t.gql(DECIDE, { id: b.id, a: true }, otherCoordinator),
    ]);
    expect(results.map((res) => errorCode(res) ?? res.data?.decideProposal.status).sort()).toEqual([
      'ACCEPTED',
      'CONFLICT',
    ]);
    const [offer] = await t.dataSource.query(
      `SELECT sessions, sessions_used FROM supply_offers WHERE id = $1`,
      [ids.O3],
    );
    expect(offer).toEqual({ sessions: 1, sessions_used: 1 });
    expect(await count('bookings')).toBe(bookingsBefore + 1);
    expect(await count('match_proposals', `supply_id = '${ids.O3}' AND status = 'ACCEPTED'`)).toBe(1);
    const used = await t.dataSource.query(
      `SELECT sum(sessions_used)::int AS n FROM school_requests WHERE id = ANY($1)`,
      [[ids.R3, ids.R4]],
    );
    expect(used[0].n).toBe(1);
  });

  it('retries a failed run idempotently: one set of proposals, DONE', async () => {
    const [run] = await t.dataSource.query(
      `INSERT INTO match_runs (province, status, error) VALUES ('UTRECHT', 'FAILED', 'worker crashed') RETURNING id`,
    );
    const runs = worker.get(MatchRunService);
    expect(await runs.execute(run.id)).toBe('done');
    expect(await runs.execute(run.id)).toBe('skipped');
    const res = await t.gql(RUN_QUERY, { id: run.id }, coordinator);
    expect(res.data?.matchRun).toMatchObject({ status: 'DONE', error: null });
    // One set: proposals there are, and no pair twice.
    const pairs = (res.data?.matchRun.proposals ?? []).map(pairOf);
    expect(pairs.length).toBeGreaterThan(0);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(await count('match_proposals', `run_id = '${run.id}'`)).toBe(res.data?.matchRun.proposals.length);
    expect(await runs.execute('00000000-0000-4000-8000-000000000000')).toBe('skipped');
  });
});
