import { jest } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { In } from 'typeorm';
import { ActivityEntity, ActivityService, CompanyService } from '@app/catalogue';
import { Role } from '@app/core';
import { SearchEngine, SearchIndexProcessor } from '@app/search';
import { CompanyFactory, SchoolFactory, errorCode, waitFor } from '@app/testing';
import { PLACES, SEARCH, SEARCHABLE, createSearchFixture, type Fixture } from '../utils/search-fixture';
import { startTestApp, startTestWorker, type TestApp } from '../utils/test-app';
import { activityInput } from '../utils/inputs';

const TOTAL_ONLY = `
  query Search($input: ActivitySearchInput!) {
    searchActivities(input: $input) { total hits { activity { id } } }
  }`;

// A type, not an interface, so that errorCode() accepts the response.
type SearchData = {
  searchActivities: {
    total: number;
    page: number;
    pageSize: number;
    engine: string;
    hits: Array<{
      distanceKm: number | null;
      highlight: string | null;
      activity: {
        id: string;
        title: string;
        status: string;
        location: { city: string; company: { name: string } };
      };
    }>;
    facets: Array<{ field: string; values: Array<{ value: string; count: number }> }>;
  };
};

describe('searchActivities', () => {
  let t: TestApp;
  let fixture: Fixture;

  const search = (input: Record<string, unknown>, document = SEARCH) =>
    t.gql<SearchData>(document, { input });
  const idsOf = async (input: Record<string, unknown>) => {
    const res = await search(input, TOTAL_ONLY);
    expect(res.errors).toBeUndefined();
    return (res.data?.searchActivities.hits ?? []).map((hit) => hit.activity.id);
  };
  // Polls until the index shows what the test waits for, and says so when it never does.
  const eventually = (check: () => Promise<boolean>) => waitFor('the search index to show the change', check);

  beforeAll(async () => {
    t = await startTestApp({ SEARCH_SWEEP_EVERY: '0' });
    fixture = await createSearchFixture(t.dataSource);
    await t.app.get(SearchEngine).reindex();
  });

  afterAll(async () => {
    await t.close();
  });

  it('finds activities in Dutch with hits, highlights and facets', async () => {
    const res = await search({ query: 'energi gastles', pageSize: 10 });
    expect(res.errors).toBeUndefined();
    const result = res.data?.searchActivities;
    expect(result).toMatchObject({ total: 1, page: 1, pageSize: 10, engine: 'postgres' });
    expect(result?.hits).toEqual([
      {
        distanceKm: null,
        highlight: expect.stringContaining('<mark>'),
        activity: {
          id: fixture.ids.energietransitie,
          title: 'Gastles energietransitie',
          status: 'PUBLISHED',
          location: { city: 'Eindhoven', company: { name: 'Zonnekracht Brabant' } },
        },
      },
    ]);
    expect(result?.facets.map((facet) => facet.field)).toEqual([
      'provinces',
      'levels',
      'types',
      'programmes',
      'targetGroups',
      'themes',
      'delivery',
    ]);
    expect(result?.facets.find((f) => f.field === 'types')?.values).toEqual([
      { value: 'GUEST_LESSON', count: 1 },
    ]);
  });

  it('loads the activities of a whole page with their locations in one query (no N+1)', async () => {
    const activities = jest.spyOn(t.app.get(ActivityService), 'findWithLocationsByIds');
    const locations = jest.spyOn(t.app.get(CompanyService), 'findLocationsByIds');
    try {
      const res = await search({ pageSize: 100 });
      const hits = res.data?.searchActivities.hits ?? [];
      expect(hits).toHaveLength(SEARCHABLE.length);
      expect(hits.every((hit) => hit.activity.location.city.length > 0)).toBe(true);
      expect(activities).toHaveBeenCalledTimes(1);
      expect(activities.mock.calls[0][0]).toHaveLength(SEARCHABLE.length);
      expect(locations).not.toHaveBeenCalled();
    } finally {
      activities.mockRestore();
      locations.mockRestore();
    }
  });

  it('loads the same activities and locations as a TypeORM find with the relation', async () => {
    const ids = [...fixture.keyOf.keys()];
    const byId = (list: ActivityEntity[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    const expected = await t.dataSource
      .getRepository(ActivityEntity)
      .find({ where: { id: In(ids) }, relations: { location: true } });
    const loaded = await t.app.get(ActivityService).findWithLocationsByIds(ids);
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.every((activity) => activity instanceof ActivityEntity)).toBe(true);
    expect(byId(loaded)).toEqual(byId(expected));
  });

  it('measures from a school by its vestigingscode, nearest first', async () => {
    const school = await SchoolFactory.create(t.dataSource, { lat: PLACES.oss.lat, lon: PLACES.oss.lon });
    const res = await search({ nearSchool: school.vestigingscode, radiusKm: 40, sort: 'DISTANCE' });
    expect(res.errors).toBeUndefined();
    const hits = res.data?.searchActivities.hits ?? [];
    expect(hits.map((hit) => fixture.keyOf.get(hit.activity.id) ?? hit.activity.title)).toEqual([
      'zonneboot',
      'energietransitie',
    ]);
    expect(hits[0].distanceKm).toBeCloseTo(0, 3);
    expect(hits[1].distanceKm).toBeGreaterThan(30);
  });

  it('filters with facet counts that equal the filtered totals', async () => {
    const res = await search({ provinces: ['NOORD_BRABANT'], levels: ['HAVO'] });
    expect(res.data?.searchActivities.total).toBe(2);
    const utrecht = res.data?.searchActivities.facets
      .find((f) => f.field === 'provinces')
      ?.values.find((v) => v.value === 'UTRECHT');
    const filtered = await search({ provinces: ['UTRECHT'], levels: ['HAVO'] });
    expect(utrecht?.count ?? 0).toBe(filtered.data?.searchActivities.total);
  });

  it.each<[string, Record<string, unknown>]>([
    ['pageSize above 100', { pageSize: 101 }],
    ['pageSize below 1', { pageSize: 0 }],
    ['a negative page', { page: -1 }],
    ['a negative radius', { near: { lat: 52, lon: 5 }, radiusKm: -5 }],
    ['a huge radius', { near: { lat: 52, lon: 5 }, radiusKm: 10000 }],
    ['a radius without a point', { radiusKm: 10 }],
    ['an unknown nearSchool', { nearSchool: '99ZZ99', radiusKm: 10 }],
    [
      'startsBefore before startsAfter',
      { startsAfter: '2026-10-01T00:00:00Z', startsBefore: '2026-09-01T00:00:00Z' },
    ],
    ['a query longer than 200 characters', { query: 'energie '.repeat(26) }],
    ['a point off the earth', { near: { lat: 95, lon: 5 } }],
    ['an unknown theme', { themes: ['sterrenkunde'] }],
  ])('answers BAD_USER_INPUT to %s', async (_, input) => {
    const res = await search(input);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.data).toBeNull();
  });

  it('says which school code it does not know', async () => {
    const res = await search({ nearSchool: '99ZZ99', radiusKm: 10 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ reason: 'UNKNOWN_SCHOOL_CODE', field: 'nearSchool' });
  });

  // Syntax only separates words: each query finds what its bare words find (everything when it has none).
  it.each([
    [`' " & | ! : * \\ ( ) <->`, ''],
    ["1' OR '1'='1", '1 OR 1 1'],
    ["'; DROP TABLE activities; --", 'DROP TABLE activities'],
    ['     ', ''],
    ['😀🚀', ''],
    ['robot:* <-> !energie', 'robot energie'],
    ['(zonneboot | robots) & !gastles', 'zonneboot robots gastles'],
  ])('answers search syntax with ordinary results: %j', async (query, plain) => {
    const res = await search({ query, pageSize: 100 }, TOTAL_ONLY);
    expect(res.errors).toBeUndefined();
    const ids = (res.data?.searchActivities.hits ?? []).map((hit) => hit.activity.id).sort();
    expect(res.data?.searchActivities.total).toBe(ids.length);
    const expected = plain
      ? (await idsOf({ query: plain, pageSize: 100 })).sort()
      : SEARCHABLE.map((key) => fixture.ids[key]).sort();
    expect(ids).toEqual(expected);
  });

  it('never finds archived, draft or unapproved activities', async () => {
    const ids = await idsOf({ pageSize: 100 });
    expect(ids.sort()).toEqual(SEARCHABLE.map((key) => fixture.ids[key]).sort());
  });

  describe('through the queue', () => {
    let worker: INestApplicationContext;

    beforeAll(async () => {
      worker = await startTestWorker();
    });

    afterAll(async () => {
      await worker.close();
    });

    it('makes a published activity findable and an archived one disappear', async () => {
      const { company, location } = await CompanyFactory.create(t.dataSource, { name: 'Kaasmakerij Gouda' });
      const token = await t.tokenFor(Role.COMPANY, { companyId: company.id });
      const created = await t.gql<{ createActivity: { id: string } }>(
        `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
        {
          input: activityInput(location.id, {
            title: 'Gastles kaasmaken met microben',
            description: 'Hoe bacteriën melk in kaas veranderen.',
            programme: 'INDEPENDENT',
            themes: ['voeding en agri'],
          }),
        },
        token,
      );
      expect(created.errors).toBeUndefined();
      const id = created.data?.createActivity.id as string;

      const published = await t.gql(
        `mutation($id: ID!) { publishActivity(id: $id) { status } }`,
        { id },
        token,
      );
      expect(published.errors).toBeUndefined();
      await eventually(async () => (await idsOf({ query: 'kaasmaken microben' })).includes(id));

      const archived = await t.gql(
        `mutation($id: ID!) { archiveActivity(id: $id) { status } }`,
        { id },
        token,
      );
      expect(archived.errors).toBeUndefined();
      await eventually(async () => !(await idsOf({ query: 'kaasmaken' })).includes(id));
    });

    it('makes the published activities of a company findable once a coordinator approves it', async () => {
      const id = fixture.ids.geheim;
      expect(await idsOf({ query: 'geheime bureau' })).toEqual([]);
      const coordinator = await t.tokenFor(Role.COORDINATOR);
      const [{ companyId }] = await t.dataSource.query<Array<{ companyId: string }>>(
        `SELECT l.company_id AS "companyId" FROM activities a JOIN company_locations l ON l.id = a.location_id
          WHERE a.id = $1`,
        [id],
      );
      const approved = await t.gql(
        `mutation($id: ID!) { approveCompany(id: $id) { approved } }`,
        { id: companyId },
        coordinator,
      );
      expect(approved.errors).toBeUndefined();
      await eventually(async () => (await idsOf({ query: 'geheime bureau' })).includes(id));
    });

    it('catches up in the sweep on a change no job was enqueued for', async () => {
      const id = fixture.ids.drones;
      await t.dataSource.query(
        `UPDATE activities SET title = 'Gastles drones boven de tulpenvelden', updated_at = now() WHERE id = $1`,
        [id],
      );
      expect(await idsOf({ query: 'tulpenvelden' })).toEqual([]);
      await worker.get(SearchIndexProcessor).sweep();
      expect(await idsOf({ query: 'tulpenvelden' })).toEqual([id]);
    });
  });

  // The api keeps search results while the index is unchanged; an archive takes the activity out of the index in
  // its own transaction, so the search right after the mutation, answered from the api's memory a moment before,
  // must no longer find or count it.
  it('no longer finds or counts an archived activity in the search right after the mutation', async () => {
    const id = fixture.ids.windpark;
    const totalOf = async () =>
      (await search({ query: 'windpark' }, TOTAL_ONLY)).data?.searchActivities.total;
    const before = await totalOf();
    expect(await idsOf({ query: 'windpark' })).toContain(id);
    expect(await totalOf()).toBe(before);
    const [{ companyId }] = await t.dataSource.query<Array<{ companyId: string }>>(
      `SELECT l.company_id AS "companyId" FROM activities a JOIN company_locations l ON l.id = a.location_id
        WHERE a.id = $1`,
      [id],
    );
    const token = await t.tokenFor(Role.COMPANY, { companyId });
    const archived = await t.gql(`mutation($id: ID!) { archiveActivity(id: $id) { status } }`, { id }, token);
    expect(archived.errors).toBeUndefined();
    expect(await idsOf({ query: 'windpark' })).not.toContain(id);
    expect(await totalOf()).toBe((before ?? 0) - 1);
  });
});
