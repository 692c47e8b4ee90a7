import {
  ActivityStatus,
  EducationLevel,
  PRIMARY_LEVELS,
  Programme,
  Province,
  Role,
  VMBO_LEVELS,
  haversineKm,
} from '@app/core';
import { ActivityFactory, CompanyFactory, SchoolFactory, errorCode } from '@app/testing';
import { startTestApp, type TestApp } from '../utils/test-app';

const ROW_FIELDS = `province programme schoolsReached schoolsNotReached pupilsReached companiesActive
  activitiesGiven averageRating repeatSchools waitingAtYearEnd`;
const REACH = `query($y: Int!, $p: Province, $g: Programme) {
  reachReport(schoolYear: $y, province: $p, programme: $g) { schoolYear rows { ${ROW_FIELDS} } } }`;
const UNREACHED = `query($y: Int!, $p: Province!, $l: EducationLevel) {
  unreachedSchools(schoolYear: $y, province: $p, level: $l) { school { id name } nearestSupplyKm } }`;

const { NOORD_BRABANT, GELDERLAND } = Province;
const { JET_NET, JET_NET_JUNIOR } = Programme;
const HAVO_VWO = [EducationLevel.HAVO, EducationLevel.VWO];

interface Row {
  province: Province;
  programme: Programme;
  [figure: string]: unknown;
}

// The figures of a row that no booking, placement or waiting entry touches.
const none = {
  schoolsReached: 0,
  pupilsReached: 0,
  companiesActive: 0,
  activitiesGiven: 0,
  averageRating: null,
  repeatSchools: 0,
  waitingAtYearEnd: 0,
};

// A hand-built world (today is in school year 2026/27, which started on 1 August 2026):
//   Noord-Brabant: Hooghuis (havo/vwo), Maasland (vmbo + havo), Toermalijn and 't Ven (primary), Dongemond
//   (havo/vwo, never reached), ROC Tilburg (mbo only: nothing could serve it);
//   Gelderland: Gymnasium (vwo), Het Streek (vmbo), De Regenboog (primary).
//   Jet-Net activities at Eindhoven (havo/vwo) and Den Bosch (vmbo/havo), a Jet-Net Junior one at Nijmegen,
//   an open supply offer for groep 6-8 at Eindhoven; a draft and an unapproved company's activity near Dongemond
//   that must not count as supply.
describe('reach and coverage reports', () => {
  let t: TestApp;
  let coordinator: string;
  let admin: string;
  let teacher: string;
  let company: string;
  const school: Record<string, { id: string; lat: number; lon: number }> = {};
  const location: Record<string, { id: string; lat: number; lon: number }> = {};

  const reach = (token: string | undefined, variables: Record<string, unknown>) =>
    t.gql<{ reachReport: { schoolYear: number; rows: Row[] } }>(REACH, variables, token);
  const unreached = (token: string | undefined, variables: Record<string, unknown>) =>
    t.gql<{
      unreachedSchools: Array<{ school: { id: string; name: string }; nearestSupplyKm: number | null }>;
    }>(UNREACHED, variables, token);
  const rowOf = (rows: Row[], province: Province, programme: Programme) => {
    const {
      province: _p,
      programme: _g,
      ...figures
    } = rows.find((row) => row.province === province && row.programme === programme)!;
    return figures;
  };
  const csv = (query: string, token?: string) =>
    fetch(`${t.url.replace('/graphql', '/reports/reach.csv')}?${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  let bookingCount = 0;
  const book = async (
    schoolName: string,
    activityId: string,
    status: string,
    groupSize: number,
    dates: { preferred?: string; responded?: string },
    rating?: number,
  ) => {
    bookingCount += 1;
    const [{ id }] = await t.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO bookings (activity_id, school_id, status, level, group_size, preferred_date, responded_at,
                             created_at)
       VALUES ($1, $2, $3, 'HAVO', $4, $5, $6, '2025-06-01') RETURNING id`,
      [
        activityId,
        school[schoolName].id,
        status,
        groupSize,
        dates.preferred ?? null,
        dates.responded ?? null,
      ],
    );
    if (rating) {
      await t.dataSource.query(
        `INSERT INTO reviews (activity_id, booking_id, school_id, rating) VALUES ($1, $2, $3, $4)`,
        [activityId, id, school[schoolName].id, rating],
      );
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    const schools: Array<[string, Province, number, number, EducationLevel[]]> = [
      ['Het Hooghuis', NOORD_BRABANT, 51.765, 5.518, HAVO_VWO],
      ['Maasland College', NOORD_BRABANT, 51.77, 5.53, [...VMBO_LEVELS, EducationLevel.HAVO]],
      ['De Toermalijn', NOORD_BRABANT, 51.44, 5.48, [...PRIMARY_LEVELS]],
      ["'t Ven", NOORD_BRABANT, 51.616, 5.549, [...PRIMARY_LEVELS]],
      ['Dongemond College', NOORD_BRABANT, 51.69, 4.87, HAVO_VWO],
      ['ROC Tilburg', NOORD_BRABANT, 51.56, 5.08, [EducationLevel.MBO]],
      ['Stedelijk Gymnasium', GELDERLAND, 51.98, 5.91, [EducationLevel.VWO]],
      ['Het Streek', GELDERLAND, 52.03, 5.67, [...VMBO_LEVELS]],
      ['De Regenboog', GELDERLAND, 52.04, 5.66, [...PRIMARY_LEVELS]],
    ];
    for (const [name, province, lat, lon, levels] of schools) {
      const made = await SchoolFactory.create(t.dataSource, { name, province, lat, lon, levels });
      school[name] = { id: made.id, lat, lon };
    }
    const places: Array<[string, number, number, boolean]> = [
      ['Eindhoven', 51.4381, 5.4752, true],
      ['Nijmegen', 51.8426, 5.8546, true],
      ['Den Bosch', 51.6978, 5.3037, true],
      ['Geertruidenberg', 51.7, 4.88, false],
      ['Made', 51.68, 4.79, true],
    ];
    const companyOf: Record<string, string> = {};
    for (const [city, lat, lon, approved] of places) {
      const made = await CompanyFactory.create(t.dataSource, { approved }, { city, lat, lon });
      location[city] = { id: made.location.id, lat, lon };
      companyOf[city] = made.company.id;
    }
    const eindhoven = await ActivityFactory.create(t.dataSource, location.Eindhoven.id, { levels: HAVO_VWO });
    const bosch = await ActivityFactory.create(t.dataSource, location['Den Bosch'].id, {
      levels: [...VMBO_LEVELS, EducationLevel.HAVO],
    });
    const nijmegen = await ActivityFactory.create(t.dataSource, location.Nijmegen.id, {
      programme: JET_NET_JUNIOR,
      levels: [...PRIMARY_LEVELS],
    });
    // Near Dongemond, but no supply: a company not approved yet, and a draft.
    await ActivityFactory.create(t.dataSource, location.Geertruidenberg.id, { levels: HAVO_VWO });
    await ActivityFactory.create(t.dataSource, location.Made.id, {
      levels: HAVO_VWO,
      status: ActivityStatus.DRAFT,
      publishedAt: null,
    });
    await t.dataSource.query(
      `INSERT INTO supply_offers (location_id, type, levels, sessions, period_start, period_end, max_travel_km)
       VALUES ($1, 'GUEST_LESSON', '{PO_BOVENBOUW}', 4, '2026-09-01', '2027-06-30', 40)`,
      [location.Eindhoven.id],
    );

    // 2026/27, this school year.
    await book('Het Hooghuis', eindhoven.id, 'COMPLETED', 28, { preferred: '2026-10-01T10:00:00Z' }, 4);
    await book('Het Hooghuis', eindhoven.id, 'COMPLETED', 25, { preferred: '2026-11-05T10:00:00Z' }, 5);
    await book('Maasland College', bosch.id, 'ACCEPTED', 20, { preferred: '2027-03-01T10:00:00Z' });
    await book('Dongemond College', eindhoven.id, 'REQUESTED', 30, { preferred: '2026-10-20T10:00:00Z' });
    await book('Dongemond College', eindhoven.id, 'CANCELLED', 30, { preferred: '2026-10-21T10:00:00Z' });
    await book('Dongemond College', eindhoven.id, 'DECLINED', 30, { preferred: '2026-10-22T10:00:00Z' });
    await book('De Toermalijn', nijmegen.id, 'COMPLETED', 24, { preferred: '2026-09-20T10:00:00Z' }, 3);
    await book('Stedelijk Gymnasium', eindhoven.id, 'COMPLETED', 30, { preferred: '2026-10-10T10:00:00Z' });
    // 2025/26, the school year before; 31 July 2026 late in the evening is still 2025/26 in Dutch time.
    await book('Het Hooghuis', eindhoven.id, 'COMPLETED', 27, { preferred: '2026-03-10T10:00:00Z' }, 2);
    await book("'t Ven", nijmegen.id, 'COMPLETED', 22, { preferred: '2026-07-31T21:30:00Z' }, 5);
    // From the matching: no date of its own, so the day it was accepted places it in 2025/26.
    await book('Het Streek', eindhoven.id, 'ACCEPTED', 26, { responded: '2026-06-01T10:00:00Z' });

    // Het Streek is placed with Nijmegen (Jet-Net) this year; De Regenboog waits for Jet-Net Junior; 't Ven
    // waited at the end of 2025/26 and withdrew since.
    await t.dataSource.query(
      `INSERT INTO partner_capacity (location_id, programme, slots) VALUES ($1, 'JET_NET', 2)`,
      [location.Nijmegen.id],
    );
    await t.dataSource.query(
      `INSERT INTO waitlist_entries (school_id, programme, province, status, joined_at, placed_location_id,
                                     placed_at)
       VALUES ($1, 'JET_NET', 'GELDERLAND', 'PLACED', '2026-02-01', $2, '2026-09-15')`,
      [school['Het Streek'].id, location.Nijmegen.id],
    );
    await t.dataSource.query(
      `INSERT INTO waitlist_entries (school_id, programme, province, status, joined_at)
       VALUES ($1, 'JET_NET_JUNIOR', 'GELDERLAND', 'WAITING', '2026-09-01')`,
      [school['De Regenboog'].id],
    );
    await t.dataSource.query(
      `INSERT INTO waitlist_entries (school_id, programme, province, status, joined_at, withdrawn_at)
       VALUES ($1, 'JET_NET_JUNIOR', 'NOORD_BRABANT', 'WITHDRAWN', '2026-01-10', '2026-09-01')`,
      [school["'t Ven"].id],
    );

    coordinator = await t.tokenFor(Role.COORDINATOR);
    admin = await t.tokenFor(Role.ADMIN);
    teacher = await t.tokenFor(Role.TEACHER, { schoolId: school['Het Hooghuis'].id });
    company = await t.tokenFor(Role.COMPANY, { companyId: companyOf.Eindhoven });
    expect(bookingCount).toBe(11);
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports every province and programme of this school year, exactly', async () => {
    const res = await reach(coordinator, { y: 2026 });
    expect(res.errors).toBeUndefined();
    const { schoolYear, rows } = res.data!.reachReport;
    expect(schoolYear).toBe(2026);
    expect(rows).toHaveLength(12 * 8);
    expect(rows.slice(0, 2).map((row) => [row.province, row.programme])).toEqual([
      [Province.GRONINGEN, JET_NET],
      [Province.GRONINGEN, JET_NET_JUNIOR],
    ]);
    expect(rowOf(rows, NOORD_BRABANT, JET_NET)).toEqual({
      schoolsReached: 2, // Hooghuis (twice), Maasland (accepted, not given yet)
      schoolsNotReached: 1, // Dongemond: requested, cancelled and declined do not reach
      pupilsReached: 53,
      companiesActive: 2,
      activitiesGiven: 2,
      averageRating: 4.5,
      repeatSchools: 1, // Hooghuis took part in 2025/26 too
      waitingAtYearEnd: 0,
    });
    expect(rowOf(rows, NOORD_BRABANT, JET_NET_JUNIOR)).toEqual({
      schoolsReached: 1,
      schoolsNotReached: 1, // 't Ven, reached only last year
      pupilsReached: 24,
      companiesActive: 1,
      activitiesGiven: 1,
      averageRating: 3,
      repeatSchools: 0,
      waitingAtYearEnd: 0, // 't Ven withdrew
    });
    expect(rowOf(rows, GELDERLAND, JET_NET)).toEqual({
      schoolsReached: 2, // the Gymnasium by a booking, Het Streek by its placement
      schoolsNotReached: 0,
      pupilsReached: 30,
      companiesActive: 2, // Eindhoven's and Nijmegen's, which took Het Streek
      activitiesGiven: 1,
      averageRating: null,
      repeatSchools: 1, // Het Streek, by last year's matched booking
      waitingAtYearEnd: 0,
    });
    expect(rowOf(rows, GELDERLAND, JET_NET_JUNIOR)).toEqual({
      ...none,
      schoolsNotReached: 1,
      waitingAtYearEnd: 1,
    });
    // Programmes without bookings count the schools of their levels as not reached.
    expect(rowOf(rows, NOORD_BRABANT, Programme.TECHNET)).toEqual({ ...none, schoolsNotReached: 2 });
    expect(rowOf(rows, NOORD_BRABANT, Programme.VHTO)).toEqual({ ...none, schoolsNotReached: 5 });
    expect(rowOf(rows, NOORD_BRABANT, Programme.INDEPENDENT)).toEqual({ ...none, schoolsNotReached: 6 });
    expect(rowOf(rows, GELDERLAND, Programme.JINC)).toEqual({ ...none, schoolsNotReached: 2 });
    expect(rowOf(rows, Province.UTRECHT, JET_NET)).toEqual({ ...none, schoolsNotReached: 0 });
  });

  it('reports the school year before on its own bookings, placements and waiting list', async () => {
    const res = await reach(coordinator, { y: 2025 });
    expect(res.errors).toBeUndefined();
    const rows = res.data!.reachReport.rows;
    expect(rowOf(rows, NOORD_BRABANT, JET_NET)).toEqual({
      schoolsReached: 1,
      schoolsNotReached: 2,
      pupilsReached: 27,
      companiesActive: 1,
      activitiesGiven: 1,
      averageRating: 2,
      repeatSchools: 0,
      waitingAtYearEnd: 0,
    });
    expect(rowOf(rows, NOORD_BRABANT, JET_NET_JUNIOR)).toEqual({
      schoolsReached: 1,
      schoolsNotReached: 1,
      pupilsReached: 22,
      companiesActive: 1,
      activitiesGiven: 1,
      averageRating: 5,
      repeatSchools: 0,
      waitingAtYearEnd: 1, // 't Ven was still waiting on 31 July 2026
    });
    expect(rowOf(rows, GELDERLAND, JET_NET)).toEqual({
      schoolsReached: 1,
      schoolsNotReached: 1,
      pupilsReached: 0,
      companiesActive: 1,
      activitiesGiven: 0,
      averageRating: null,
      repeatSchools: 0,
      waitingAtYearEnd: 1, // Het Streek waited until its placement in September 2026
    });
    expect(rowOf(rows, GELDERLAND, JET_NET_JUNIOR)).toEqual({ ...none, schoolsNotReached: 1 });
  });

  it('narrows to one province and programme, for an admin too', async () => {
    const res = await reach(admin, { y: 2026, p: GELDERLAND, g: JET_NET });
    expect(res.errors).toBeUndefined();
    expect(res.data!.reachReport.rows).toEqual([
      {
        province: GELDERLAND,
        programme: JET_NET,
        schoolsReached: 2,
        schoolsNotReached: 0,
        pupilsReached: 30,
        companiesActive: 2,
        activitiesGiven: 1,
        averageRating: null,
        repeatSchools: 1,
        waitingAtYearEnd: 0,
      },
    ]);
    const brabant = await reach(coordinator, { y: 2026, p: NOORD_BRABANT });
    expect(brabant.data!.reachReport.rows.map((row) => row.programme)).toEqual(Object.values(Programme));
  });

  it('lists the unreached schools farthest from supply first, with the distance to the nearest that serves them', async () => {
    const res = await unreached(coordinator, { y: 2026, p: NOORD_BRABANT });
    expect(res.errors).toBeUndefined();
    const list = res.data!.unreachedSchools;
    expect(list.map((row) => row.school.name)).toEqual(['ROC Tilburg', 'Dongemond College', "'t Ven"]);
    // Nothing serves mbo.
    expect(list[0].nearestSupplyKm).toBeNull();
    // Dongemond: Den Bosch's activity, not the unapproved company or the draft nearer by; checked by hand:
    // haversine of (51.69, 4.87) and (51.6978, 5.3037) on a 6371 km sphere is 29.9 km.
    expect(list[1].nearestSupplyKm).toBeCloseTo(29.9, 1);
    expect(list[1].nearestSupplyKm).toBeCloseTo(
      haversineKm(school['Dongemond College'], location['Den Bosch']),
      2,
    );
    // 't Ven: Den Bosch (19.2 km) has nothing for primary schools; Eindhoven's supply offer for groep 6-8 does.
    expect(list[2].nearestSupplyKm).toBeCloseTo(haversineKm(school["'t Ven"], location.Eindhoven), 2);
    expect(list[2].nearestSupplyKm).toBeCloseTo(20.43, 1);
  });

  it('filters unreached schools by level, and then counts only supply for that level', async () => {
    const havo = await unreached(coordinator, { y: 2026, p: NOORD_BRABANT, l: 'HAVO' });
    expect(havo.data!.unreachedSchools.map((row) => row.school.name)).toEqual(['Dongemond College']);
    const groep12 = await unreached(coordinator, { y: 2026, p: NOORD_BRABANT, l: 'PO_ONDERBOUW' });
    const [ven] = groep12.data!.unreachedSchools;
    expect(groep12.data!.unreachedSchools).toHaveLength(1);
    // The offer for groep 6-8 does not serve groep 1-2: Nijmegen's Jet-Net Junior activity is the nearest.
    expect(ven.nearestSupplyKm).toBeCloseTo(haversineKm(school["'t Ven"], location.Nijmegen), 2);
    const lastYear = await unreached(coordinator, { y: 2025, p: GELDERLAND });
    expect(lastYear.data!.unreachedSchools.map((row) => row.school.name).sort()).toEqual([
      'De Regenboog',
      'Stedelijk Gymnasium',
    ]);
  });

  it('serves the report as CSV for Dutch Excel', async () => {
    const response = await csv('schoolYear=2026', coordinator);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="bereik-2026-2027.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true })
      .decode(bytes)
      .slice(1)
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(1 + 96);
    expect(lines[0]).toBe(
      'Schooljaar;Provincie;Programma;Scholen bereikt;Scholen niet bereikt;Leerlingen bereikt;Bedrijven actief;' +
        'Activiteiten gegeven;Gemiddelde beoordeling;Herhaalscholen;Wachtlijst einde schooljaar',
    );
    expect(lines).toContain('2026/27;Noord-Brabant;Jet-Net;2;1;53;2;2;4,50;1;0');
    expect(lines).toContain('2026/27;Gelderland;Jet-Net Junior;0;1;0;0;0;;0;1');
    expect(lines).toContain('2026/27;Fryslân;Onafhankelijk;0;0;0;0;0;;0;0');

    const one = await csv('schoolYear=2025&province=NOORD_BRABANT&programme=JET_NET_JUNIOR', admin);
    expect(one.status).toBe(200);
    expect(one.headers.get('content-disposition')).toBe('attachment; filename="bereik-2025-2026.csv"');
    expect(
      (await one.text())
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n')[1],
    ).toBe('2025/26;Noord-Brabant;Jet-Net Junior;1;1;22;1;1;5,00;0;1');
  });

  it('refuses the CSV without a valid token, to teachers and companies, and for a bad year or filter', async () => {
    expect((await csv('schoolYear=2026')).status).toBe(401);
    expect((await csv('schoolYear=2026', 'not-a-token')).status).toBe(401);
    const forbidden = await csv('schoolYear=2026', teacher);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    expect((await csv('schoolYear=2026', company)).status).toBe(403);
    const early = await csv('schoolYear=2014', coordinator);
    expect(early.status).toBe(400);
    expect(await early.json()).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SCHOOL_YEAR_OUT_OF_RANGE' });
    expect((await csv('schoolYear=2028', coordinator)).status).toBe(400);
    expect((await csv('schoolYear=twintig', coordinator)).status).toBe(400);
    expect((await csv('', coordinator)).status).toBe(400);
    expect((await csv('schoolYear=2026&province=BRABANT', coordinator)).status).toBe(400);
    expect((await csv('schoolYear=2026&programme=JETNET', coordinator)).status).toBe(400);
  });

  it('refuses the reports to teachers, companies and anonymous callers', async () => {
    for (const token of [teacher, company]) {
      for (const res of [
        await reach(token, { y: 2026 }),
        await unreached(token, { y: 2026, p: NOORD_BRABANT }),
      ]) {
        expect(errorCode(res)).toBe('FORBIDDEN');
        expect(res.errors?.[0]?.extensions?.reason).toBe('ROLE_NOT_ALLOWED');
        expect(res.data).toBeNull();
      }
    }
    expect(errorCode(await reach(undefined, { y: 2026 }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await unreached(undefined, { y: 2026, p: NOORD_BRABANT }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a school year before 2015 or after next year, and reports from 2015 up to next year', async () => {
    const before = await t.dataSource.query<unknown[]>(`SELECT count(*) FROM bookings`);
    for (const y of [2014, 2028, 1, -2026, 20260]) {
      for (const res of [
        await reach(coordinator, { y }),
        await unreached(coordinator, { y, p: GELDERLAND }),
      ]) {
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0]?.extensions?.reason).toBe('SCHOOL_YEAR_OUT_OF_RANGE');
        expect(res.errors?.[0]?.extensions?.field).toBe('schoolYear');
      }
    }
    for (const y of [2015, 2027]) {
      const res = await reach(coordinator, { y, p: NOORD_BRABANT, g: JET_NET });
      expect(res.errors).toBeUndefined();
      expect(res.data!.reachReport.rows).toEqual([
        { province: NOORD_BRABANT, programme: JET_NET, ...none, schoolsNotReached: 3 },
      ]);
    }
    // Next year has not begun: nothing reached yet, the waiting list as it stands now.
    const next = await reach(coordinator, { y: 2027, p: GELDERLAND, g: JET_NET_JUNIOR });
    expect(next.data!.reachReport.rows[0]).toMatchObject({ waitingAtYearEnd: 1, schoolsNotReached: 1 });
    expect(await t.dataSource.query<unknown[]>(`SELECT count(*) FROM bookings`)).toEqual(before);
  });

  it('refuses a level or province that is not one, as GraphQL validation', async () => {
    const res = await unreached(coordinator, { y: 2026, p: 'BRABANT' });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const noProvince = await t.gql(
      `{ unreachedSchools(schoolYear: 2026) { nearestSupplyKm } }`,
      {},
      coordinator,
    );
    expect(errorCode(noProvince)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
