import type { INestApplicationContext } from '@nestjs/common';
import { Role } from '@app/core';
import { ActivityFactory, CompanyFactory, errorCode, waitFor } from '@app/testing';
import { roleTokens } from '../utils/role-tokens';
import { startTestApp, startTestWorker, type TestApp } from '../utils/test-app';

// What a company does with its own activities and locations: list them, edit them, add a location.

const MINE = `query($s: ActivityStatus) { myActivities(status: $s) { id title status } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateActivityInput!) {
  updateActivity(id: $id, input: $i) {
    id title status themes levels provinces maxParticipants startsAt endsAt location { id }
  }
}`;
const ADD_LOCATION = `mutation($i: CompanyLocationInput!) {
  addCompanyLocation(input: $i) { id name postcode city province location { lat lon } company { id } }
}`;

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);

describe('owners: a company keeps its own activities and locations', () => {
  let t: TestApp;
  let own: Awaited<ReturnType<typeof CompanyFactory.create>>;
  let other: Awaited<ReturnType<typeof CompanyFactory.create>>;
  let companyToken: string;
  let otherToken: string;
  let coordinatorToken: string;
  let adminToken: string;
  let teacherToken: string;

  // Every column a refused edit could have touched, to compare before and after.
  const row = async (id: string) =>
    (
      await t.dataSource.query<Array<Record<string, unknown>>>(
        `SELECT title, description, status, themes, levels, provinces, location_id, max_participants,
                starts_at, ends_at, cost_euros, updated_at
           FROM activities WHERE id = $1`,
        [id],
      )
    )[0];
  const activity = (values: Parameters<typeof ActivityFactory.create>[2] = {}) =>
    ActivityFactory.create(t.dataSource, own.location.id, {
      startsAt: inDays(30),
      endsAt: inDays(120),
      ...values,
    });

  beforeAll(async () => {
    t = await startTestApp({ SEARCH_SWEEP_EVERY: '0' });
    own = await CompanyFactory.create(t.dataSource, { name: 'De Rijnwerf' });
    other = await CompanyFactory.create(
      t.dataSource,
      { name: 'Noordkaap Energie' },
      { province: 'GRONINGEN' as never, city: 'Groningen' },
    );
    companyToken = await t.tokenFor(Role.COMPANY, { companyId: own.company.id });
    otherToken = await t.tokenFor(Role.COMPANY, { companyId: other.company.id });
    ({ coordinator: coordinatorToken, admin: adminToken, teacher: teacherToken } = await roleTokens(t));
  });
  afterAll(async () => {
    await t.close();
  });

  describe('myActivities', () => {
    let ids: { draft: string; published: string; archived: string };
    let mineToken: string;

    beforeAll(async () => {
      const company = await CompanyFactory.create(t.dataSource);
      const make = async (title: string, status: string, daysAgo: number) => {
        const { id } = await ActivityFactory.create(t.dataSource, company.location.id, {
          title,
          status: status as never,
        });
        await t.dataSource.query(
          `UPDATE activities SET created_at = now() - $2 * interval '1 day' WHERE id = $1`,
          [id, daysAgo],
        );
        return id;
      };
      ids = {
        archived: await make('Oud', 'ARCHIVED', 30),
        published: await make('Gepubliceerd', 'PUBLISHED', 20),
        draft: await make('Concept', 'DRAFT', 10),
      };
      // Another company's activities never show.
      await ActivityFactory.create(t.dataSource, other.location.id, { status: 'DRAFT' as never });
      mineToken = await t.tokenFor(Role.COMPANY, { companyId: company.company.id });
    });

    it("lists the own company's activities in every status, newest first", async () => {
      const res = await t.gql(MINE, {}, mineToken);
      expect(res.errors).toBeUndefined();
      expect(res.data?.myActivities).toEqual([
        { id: ids.draft, title: 'Concept', status: 'DRAFT' },
        { id: ids.published, title: 'Gepubliceerd', status: 'PUBLISHED' },
        { id: ids.archived, title: 'Oud', status: 'ARCHIVED' },
      ]);
    });

    it.each([
      ['DRAFT', 'draft'],
      ['PUBLISHED', 'published'],
      ['ARCHIVED', 'archived'],
    ] as const)('lists only those of status %s when asked', async (status, key) => {
      const res = await t.gql(MINE, { s: status }, mineToken);
      expect(res.data?.myActivities.map((a: { id: string }) => a.id)).toEqual([ids[key]]);
    });

    it('is for company contacts only: a coordinator, an admin and a teacher are FORBIDDEN', async () => {
      for (const token of [coordinatorToken, adminToken, teacherToken]) {
        const res = await t.gql(MINE, {}, token);
        expect(errorCode(res)).toBe('FORBIDDEN');
        expect(res.errors?.[0]?.extensions?.reason).toBe('ROLE_NOT_ALLOWED');
      }
      expect(errorCode(await t.gql(MINE, {}))).toBe('UNAUTHENTICATED');
    });
  });

  describe('updateActivity', () => {
    it('changes only the fields given, normalised as at creation, and keeps the rest', async () => {
      const { id } = await activity({ status: 'DRAFT' as never, publishedAt: null });
      const before = await row(id);
      const res = await t.gql(
        UPDATE,
        { id, i: { title: '  Gastles waterstof  ', themes: ['Water', 'energie'], maxParticipants: null } },
        companyToken,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.updateActivity).toMatchObject({
        id,
        title: 'Gastles waterstof',
        status: 'DRAFT',
        themes: ['water', 'energie'],
        levels: ['HAVO', 'VWO'],
        maxParticipants: null,
      });
      const after = await row(id);
      expect(after).toMatchObject({
        title: 'Gastles waterstof',
        themes: ['water', 'energie'],
        max_participants: null,
        description: before.description,
        levels: before.levels,
        provinces: before.provinces,
        starts_at: before.starts_at,
        ends_at: before.ends_at,
        location_id: own.location.id,
      });
      expect((after.updated_at as Date).getTime()).toBeGreaterThan((before.updated_at as Date).getTime());
    });

    it("lets a coordinator edit any company's activity", async () => {
      const { id } = await activity();
      const res = await t.gql(UPDATE, { id, i: { endsAt: inDays(200).toISOString() } }, coordinatorToken);
      expect(res.errors).toBeUndefined();
      expect((await row(id)).ends_at).toEqual(new Date(res.data?.updateActivity.endsAt));
    });

    it('moves an activity to another location of the same company; null provinces follow it', async () => {
      const second = await t.gql(
        ADD_LOCATION,
        { i: { name: 'Vestiging Utrecht', postcode: '3511 AB', city: 'Utrecht' } },
        companyToken,
      );
      expect(second.errors).toBeUndefined();
      const locationId: string = second.data?.addCompanyLocation.id;
      const { id } = await activity();
      const res = await t.gql(UPDATE, { id, i: { locationId, provinces: null } }, companyToken);
      expect(res.errors).toBeUndefined();
      expect(res.data?.updateActivity).toMatchObject({
        location: { id: locationId },
        provinces: ['UTRECHT'],
      });
      expect(await row(id)).toMatchObject({ location_id: locationId, provinces: ['UTRECHT'] });
    });

    // Each refusal: its code (and reason), and the row exactly as it was.
    const refused = async (
      id: string,
      input: Record<string, unknown>,
      token: string,
      expected: { code: string; reason?: string; field?: string },
    ) => {
      const before = await row(id);
      const res = await t.gql(UPDATE, { id, i: input }, token);
      expect(errorCode(res)).toBe(expected.code);
      if (expected.reason) expect(res.errors?.[0]?.extensions?.reason).toBe(expected.reason);
      if (expected.field) expect(res.errors?.[0]?.extensions?.field).toBe(expected.field);
      expect(res.data?.updateActivity ?? null).toBeNull();
      expect(await row(id)).toEqual(before);
    };

    it("refuses to edit another company's activity with FORBIDDEN, and changes nothing", async () => {
      const { id } = await activity();
      await refused(id, { title: 'Overgenomen' }, otherToken, {
        code: 'FORBIDDEN',
        reason: 'NOT_YOUR_COMPANY',
      });
    });

    it("answers NOT_FOUND for another company's draft, and changes nothing", async () => {
      const { id } = await activity({ status: 'DRAFT' as never, publishedAt: null });
      await refused(id, { title: 'Overgenomen' }, otherToken, { code: 'NOT_FOUND' });
    });

    it('refuses to edit an archived activity with CONFLICT, and changes nothing', async () => {
      const { id } = await activity({ status: 'ARCHIVED' as never });
      await refused(id, { title: 'Weer open' }, companyToken, {
        code: 'CONFLICT',
        reason: 'ACTIVITY_ARCHIVED',
      });
      await refused(id, { title: 'Weer open' }, coordinatorToken, {
        code: 'CONFLICT',
        reason: 'ACTIVITY_ARCHIVED',
      });
    });

    it('refuses an end before the stored start with BAD_USER_INPUT on endsAt, and changes nothing', async () => {
      const { id } = await activity();
      await refused(id, { endsAt: inDays(10).toISOString() }, companyToken, {
        code: 'BAD_USER_INPUT',
        field: 'endsAt',
      });
      await refused(id, { startsAt: inDays(300).toISOString() }, companyToken, {
        code: 'BAD_USER_INPUT',
        field: 'endsAt',
      });
    });

    it.each([
      ['an empty title', { title: '  ' }, 'title'],
      ['no levels', { levels: [] }, 'levels'],
      ['an unknown theme', { themes: ['astrologie'] }, 'themes'],
      ['a negative cost', { costEuros: -1 }, 'costEuros'],
      ['a zero group size', { maxParticipants: 0 }, 'maxParticipants'],
    ])('refuses %s as creation does, and changes nothing', async (_label, input, field) => {
      const { id } = await activity();
      await refused(id, input, companyToken, { code: 'BAD_USER_INPUT', field });
    });

    it('refuses a location of another company, and changes nothing', async () => {
      const { id } = await activity();
      await refused(id, { locationId: other.location.id }, companyToken, {
        code: 'FORBIDDEN',
        reason: 'NOT_YOUR_COMPANY',
      });
      // A coordinator may place activities anywhere, but an activity stays with its company.
      await refused(id, { locationId: other.location.id }, coordinatorToken, {
        code: 'BAD_USER_INPUT',
        reason: 'LOCATION_OF_OTHER_COMPANY',
        field: 'locationId',
      });
      await refused(id, { locationId: 'abc' }, companyToken, { code: 'BAD_USER_INPUT' });
      await refused(id, { locationId: '00000000-0000-4000-8000-000000000000' }, companyToken, {
        code: 'NOT_FOUND',
      });
    });

    it('refuses teachers, and answers NOT_FOUND for an unknown activity', async () => {
      const { id } = await activity();
      await refused(id, { title: 'Van de docent' }, teacherToken, {
        code: 'FORBIDDEN',
        reason: 'ROLE_NOT_ALLOWED',
      });
      const unknown = await t.gql(
        UPDATE,
        { id: '00000000-0000-4000-8000-000000000000', i: { title: 'x' } },
        companyToken,
      );
      expect(errorCode(unknown)).toBe('NOT_FOUND');
    });
  });

  describe('addCompanyLocation', () => {
    const locationCount = async (companyId: string) =>
      Number(
        (
          await t.dataSource.query(`SELECT count(*) AS n FROM company_locations WHERE company_id = $1`, [
            companyId,
          ])
        )[0].n,
      );

    it('adds a location to the own company, geocoded by its postcode as at sign-up', async () => {
      const res = await t.gql(
        ADD_LOCATION,
        { i: { name: ' Vestiging Delft ', street: 'Mekelweg 4', postcode: '2628 cd', city: 'Delft' } },
        otherToken,
      );
      expect(res.errors).toBeUndefined();
      const added = res.data?.addCompanyLocation;
      expect(added).toMatchObject({
        name: 'Vestiging Delft',
        postcode: '2628CD',
        city: 'Delft',
        province: 'ZUID_HOLLAND',
        company: { id: other.company.id },
      });
      // Near Delft: the centroid of its PC4 area.
      expect(added.location.lat).toBeCloseTo(52.0, 0);
      expect(added.location.lon).toBeCloseTo(4.37, 0);
      const [stored] = await t.dataSource.query(
        `SELECT company_id, street, province, municipality FROM company_locations WHERE id = $1`,
        [added.id],
      );
      expect(stored).toEqual({
        company_id: other.company.id,
        street: 'Mekelweg 4',
        province: 'ZUID_HOLLAND',
        municipality: 'Delft',
      });
      const listed = await t.gql(`{ me { company { locations { id } } } }`, {}, otherToken);
      expect(listed.data?.me.company.locations.map((l: { id: string }) => l.id)).toContain(added.id);
    });

    it.each([
      ['an unknown postcode', { postcode: '1000 AA' }, 'UNKNOWN_POSTCODE'],
      ['a malformed postcode', { postcode: 'abc' }, undefined],
      ['an empty name', { name: '  ' }, undefined],
    ])('refuses %s with BAD_USER_INPUT and adds nothing', async (_label, overrides, reason) => {
      const before = await locationCount(own.company.id);
      const res = await t.gql(
        ADD_LOCATION,
        { i: { name: 'Kantoor', postcode: '5611 AB', city: 'Eindhoven', ...overrides } },
        companyToken,
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.reason).toBe(reason);
      expect(await locationCount(own.company.id)).toBe(before);
    });

    it('is for company contacts only', async () => {
      const input = { i: { name: 'Kantoor', postcode: '5611 AB', city: 'Eindhoven' } };
      for (const token of [coordinatorToken, teacherToken]) {
        expect(errorCode(await t.gql(ADD_LOCATION, input, token))).toBe('FORBIDDEN');
      }
    });
  });

  describe('through the queue', () => {
    let worker: INestApplicationContext;

    beforeAll(async () => {
      worker = await startTestWorker();
    });
    afterAll(async () => {
      await worker.close();
    });

    const found = async (query: string) => {
      const res = await t.gql(
        `query($q: String!) { searchActivities(input: { query: $q }) { hits { activity { id } } } }`,
        {
          q: query,
        },
      );
      expect(res.errors).toBeUndefined();
      return (res.data?.searchActivities.hits as Array<{ activity: { id: string } }>).map(
        (h) => h.activity.id,
      );
    };

    it("makes a published activity's new title findable within 2 s", async () => {
      const { id } = await activity({ title: 'Gastles kaasmaken' });
      const published = await t.gql(
        UPDATE,
        { id, i: { description: 'Hoe microben melk veranderen.' } },
        companyToken,
      );
      expect(published.errors).toBeUndefined();
      await waitFor('the first title indexed', async () => (await found('kaasmaken')).includes(id));

      const started = Date.now();
      const res = await t.gql(UPDATE, { id, i: { title: 'Gastles zuivelfabriek' } }, companyToken);
      expect(res.errors).toBeUndefined();
      await waitFor('the new title findable', async () => (await found('zuivelfabriek')).includes(id), {
        timeoutMs: 2000,
      });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(await found('kaasmaken')).not.toContain(id);
    });
  });
});
