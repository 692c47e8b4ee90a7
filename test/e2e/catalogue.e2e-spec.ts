import { ActivityService } from '@app/catalogue';
import { ActivityStatus, Role } from '@app/core';
import { EventBus, Tx } from '@app/database';
import { ActivityFactory, CompanyFactory, SchoolFactory, errorCode } from '@app/testing';
import { startTestApp, type TestApp } from '../utils/test-app';

const CREATE = `mutation($i: CreateActivityInput!) {
  createActivity(input: $i) { id title status provinces themes costEuros maxTravelKm location { id company { name } } }
}`;
const PUBLISH = `mutation($id: ID!) { publishActivity(id: $id) { id status } }`;
const ARCHIVE = `mutation($id: ID!) { archiveActivity(id: $id) { id status } }`;
const GET = `query($id: ID!) { activity(id: $id) { id title status location { name company { id name approved } } } }`;
// Dates relative to today, so that the suite does not start failing once a fixed date has passed.
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('catalogue: schools, companies and activities', () => {
  let t: TestApp;
  let own: Awaited<ReturnType<typeof CompanyFactory.create>>;
  let other: Awaited<ReturnType<typeof CompanyFactory.create>>;
  let companyToken: string;
  let otherToken: string;
  let coordinatorToken: string;
  let teacherToken: string;
  const activityCount = async () =>
    Number((await t.dataSource.query(`SELECT count(*) AS n FROM activities`))[0].n);

  const input = (overrides: Record<string, unknown> = {}) => ({
    title: 'Gastles waterstof',
    description: 'Een ingenieur laat zien hoe waterstof wordt gemaakt.',
    type: 'GUEST_LESSON',
    programme: 'JET_NET',
    levels: ['HAVO', 'VWO'],
    targetGroups: ['ALL_PUPILS'],
    themes: ['Energie'],
    delivery: 'AT_SCHOOL',
    locationId: own.location.id,
    maxTravelKm: 30,
    durationMinutes: 50,
    maxParticipants: 30,
    costEuros: 0,
    startsAt: inDays(60),
    endsAt: inDays(210),
    ...overrides,
  });

  beforeAll(async () => {
    t = await startTestApp();
    own = await CompanyFactory.create(t.dataSource, { name: 'De Rijnwerf' });
    other = await CompanyFactory.create(
      t.dataSource,
      { name: 'Noordkaap Energie' },
      { province: 'GRONINGEN' as never },
    );
    companyToken = await t.tokenFor(Role.COMPANY, { companyId: own.company.id });
    otherToken = await t.tokenFor(Role.COMPANY, { companyId: other.company.id });
    coordinatorToken = await t.tokenFor(Role.COORDINATOR);
    teacherToken = await t.tokenFor(Role.TEACHER, {
      schoolId: (await SchoolFactory.create(t.dataSource)).id,
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds a school by vestigingscode, and null for an unknown one', async () => {
    const school = await SchoolFactory.create(t.dataSource, {
      vestigingscode: '32DD00',
      brin: '32DD',
      name: 'Aida',
    });
    const res = await t.gql(
      `query($c: String!) { school(vestigingscode: $c) { id name province location { lat lon } levels } }`,
      {
        c: '32dd00',
      },
    );
    expect(res.data?.school).toEqual({
      id: school.id,
      name: 'Aida',
      province: 'NOORD_BRABANT',
      location: { lat: school.lat, lon: school.lon },
      levels: ['HAVO', 'VWO'],
    });
    expect((await t.gql(`{ school(vestigingscode: "00XX99") { id } }`)).data?.school).toBeNull();
  });

  it('creates a draft with normalised themes and the location province, publishes and archives it', async () => {
    const given = input();
    const created = await t.gql(CREATE, { i: given }, companyToken);
    expect(created.errors).toBeUndefined();
    expect(created.data?.createActivity).toMatchObject({
      status: 'DRAFT',
      provinces: ['NOORD_BRABANT'],
      themes: ['energie'],
      costEuros: 0,
      location: { id: own.location.id, company: { name: 'De Rijnwerf' } },
    });
    const id: string = created.data?.createActivity.id;
    // Read back from the table, not only from the mutation's answer.
    const stored = async () =>
      (
        await t.dataSource.query<
          Array<{ status: string; published: boolean; ends_at: Date; themes: string[] }>
        >(
          `SELECT status, published_at IS NOT NULL AS published, ends_at, themes FROM activities WHERE id = $1`,
          [id],
        )
      )[0];
    expect(await stored()).toEqual({
      status: 'DRAFT',
      published: false,
      ends_at: new Date(given.endsAt),
      themes: ['energie'],
    });
    expect((await t.gql(PUBLISH, { id }, companyToken)).data?.publishActivity).toEqual({
      id,
      status: 'PUBLISHED',
    });
    expect(await stored()).toMatchObject({ status: 'PUBLISHED', published: true });
    expect((await t.gql(ARCHIVE, { id }, companyToken)).data?.archiveActivity).toEqual({
      id,
      status: 'ARCHIVED',
    });
    expect((await stored()).status).toBe('ARCHIVED');
  });

  it('offers an ONLINE activity in every province unless told otherwise', async () => {
    const res = await t.gql(
      CREATE,
      { i: input({ delivery: 'ONLINE', type: 'WEBCAST', maxTravelKm: null }) },
      companyToken,
    );
    expect(res.data?.createActivity.provinces).toHaveLength(12);
  });

  it('shows drafts only to their own company and coordinators', async () => {
    const { id } = await ActivityFactory.create(t.dataSource, own.location.id, {
      status: 'DRAFT' as never,
      publishedAt: null,
    });
    expect((await t.gql(GET, { id }, companyToken)).data?.activity.id).toBe(id);
    expect((await t.gql(GET, { id }, coordinatorToken)).data?.activity.id).toBe(id);
    expect((await t.gql(GET, { id }, otherToken)).data?.activity).toBeNull();
    expect((await t.gql(GET, { id }, teacherToken)).data?.activity).toBeNull();
    expect((await t.gql(GET, { id })).data?.activity).toBeNull();
    expect((await t.gql(GET, { id: 'not-an-id' })).data?.activity).toBeNull();
  });

  it('shows a published activity to anyone, with its company through the loaders', async () => {
    const { id } = await ActivityFactory.create(t.dataSource, own.location.id);
    expect((await t.gql(GET, { id })).data?.activity).toMatchObject({
      id,
      status: 'PUBLISHED',
      location: {
        name: 'Hoofdvestiging',
        company: { id: own.company.id, name: 'De Rijnwerf', approved: true },
      },
    });
  });

  it.each([
    ['an empty title', { title: '   ' }, 'BAD_USER_INPUT'],
    ['no levels', { levels: [] }, 'BAD_USER_INPUT'],
    ['a negative cost', { costEuros: -5 }, 'BAD_USER_INPUT'],
    ['endsAt before startsAt', { startsAt: inDays(90), endsAt: inDays(60) }, 'BAD_USER_INPUT'],
    ['an unknown theme', { themes: ['astrologie'] }, 'BAD_USER_INPUT'],
    ['a zero group size', { maxParticipants: 0 }, 'BAD_USER_INPUT'],
    ['an unknown level', { levels: ['GYMNASIUM'] }, 'BAD_USER_INPUT'],
    ['a malformed location id', { locationId: 'abc' }, 'BAD_USER_INPUT'],
    ['an unknown location', { locationId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
  ])('rejects %s and writes nothing', async (_label, overrides, code) => {
    const before = await activityCount();
    const res = await t.gql(CREATE, { i: input(overrides) }, companyToken);
    expect(errorCode(res)).toBe(code);
    expect(await activityCount()).toBe(before);
  });

  it('rejects a location of another company with FORBIDDEN and writes nothing', async () => {
    const before = await activityCount();
    const res = await t.gql(CREATE, { i: input({ locationId: other.location.id }) }, companyToken);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.extensions?.reason).toBe('NOT_YOUR_COMPANY');
    expect(await activityCount()).toBe(before);
  });

  it('lets only company contacts and coordinators create, and only when logged in', async () => {
    const before = await activityCount();
    const refused = await t.gql(CREATE, { i: input() }, teacherToken);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.extensions?.reason).toBe('ROLE_NOT_ALLOWED');
    expect(await activityCount()).toBe(before);
    expect(errorCode(await t.gql(CREATE, { i: input() }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(CREATE, { i: input() }, `${companyToken.slice(0, -3)}abc`))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it("forbids publishing or archiving another company's activity, and changes nothing", async () => {
    const activity = await ActivityFactory.create(t.dataSource, own.location.id);
    expect(errorCode(await t.gql(ARCHIVE, { id: activity.id }, otherToken))).toBe('FORBIDDEN');
    const archived = await ActivityFactory.create(t.dataSource, own.location.id, {
      status: 'ARCHIVED' as never,
    });
    expect(errorCode(await t.gql(PUBLISH, { id: archived.id }, otherToken))).toBe('FORBIDDEN');
    const rows = await t.dataSource.query(
      `SELECT id, status FROM activities WHERE id = ANY($1) ORDER BY status`,
      [[activity.id, archived.id]],
    );
    expect(rows).toEqual([
      { id: archived.id, status: 'ARCHIVED' },
      { id: activity.id, status: 'PUBLISHED' },
    ]);
  });

  it('needs an approved company to publish; a coordinator approves, then it works', async () => {
    const pending = await CompanyFactory.create(t.dataSource, { approved: false, approvedAt: null });
    const token = await t.tokenFor(Role.COMPANY, { companyId: pending.company.id });
    const created = await t.gql(CREATE, { i: input({ locationId: pending.location.id }) }, token);
    const id: string = created.data?.createActivity.id;
    const refused = await t.gql(PUBLISH, { id }, token);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.extensions?.reason).toBe('COMPANY_NOT_APPROVED');
    expect((await t.dataSource.query(`SELECT status FROM activities WHERE id = $1`, [id]))[0].status).toBe(
      'DRAFT',
    );
    await t.gql(
      `mutation($id: ID!) { approveCompany(id: $id) { id } }`,
      { id: pending.company.id },
      coordinatorToken,
    );
    expect((await t.gql(PUBLISH, { id }, token)).data?.publishActivity.status).toBe('PUBLISHED');
  });

  it('refuses to publish an activity that has ended, and keeps it a draft', async () => {
    const ended = await ActivityFactory.create(t.dataSource, own.location.id, {
      status: 'DRAFT' as never,
      publishedAt: null,
      startsAt: new Date(Date.now() - 3 * 86_400_000),
      endsAt: new Date(Date.now() - 86_400_000),
    });
    const res = await t.gql(PUBLISH, { id: ended.id }, companyToken);
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.extensions?.reason).toBe('ACTIVITY_ENDED');
    const [row] = await t.dataSource.query(`SELECT status, published_at FROM activities WHERE id = $1`, [
      ended.id,
    ]);
    expect(row).toEqual({ status: 'DRAFT', published_at: null });
  });

  it("answers NOT_FOUND for another company's draft, as for an unknown activity", async () => {
    const draft = await ActivityFactory.create(t.dataSource, own.location.id, {
      status: 'DRAFT' as never,
      publishedAt: null,
    });
    for (const mutation of [PUBLISH, ARCHIVE]) {
      expect(errorCode(await t.gql(mutation, { id: draft.id }, otherToken))).toBe('NOT_FOUND');
    }
    expect(
      (await t.dataSource.query(`SELECT status FROM activities WHERE id = $1`, [draft.id]))[0].status,
    ).toBe('DRAFT');
  });

  it('answers NOT_FOUND for an unknown activity', async () => {
    expect(
      errorCode(await t.gql(PUBLISH, { id: '00000000-0000-4000-8000-000000000000' }, companyToken)),
    ).toBe('NOT_FOUND');
  });
  describe('changes that other libs make to activities', () => {
    const announced: string[][] = [];
    beforeAll(() => {
      t.app
        .get(EventBus)
        .onCommitted('activities.changed', async ({ activityIds }) => void announced.push(activityIds));
    });
    beforeEach(() => void (announced.length = 0));

    // A review as bookings writes it: its booking, its row, and 'review.posted' in the same transaction.
    const review = (tx: Tx, activityId: string, schoolId: string, rating: number) =>
      tx
        .query<Array<{ id: string }>>(
          `WITH b AS (INSERT INTO bookings (activity_id, school_id, status, level, group_size, completed_at)
                      VALUES ($1, $2, 'COMPLETED', 'HAVO', 20, now()) RETURNING id)
           INSERT INTO reviews (activity_id, booking_id, school_id, rating) SELECT $1, b.id, $2, $3 FROM b
           RETURNING id`,
          [activityId, schoolId, rating],
        )
        .then(([row]) => t.app.get(EventBus).publish(tx, 'review.posted', { activityId, reviewId: row.id }));
    const rating = async (id: string) =>
      (
        await t.dataSource.query(
          `SELECT average_rating AS average, review_count AS count FROM activities WHERE id = $1`,
          [id],
        )
      )[0];

    it("keeps the rating from every review on 'review.posted', in the review's transaction", async () => {
      const activity = await ActivityFactory.create(t.dataSource, own.location.id);
      const school = await SchoolFactory.create(t.dataSource);
      await Tx.run(t.dataSource, (tx) => review(tx, activity.id, school.id, 4));
      await Tx.run(t.dataSource, (tx) => review(tx, activity.id, school.id, 5));
      expect(await rating(activity.id)).toEqual({ average: 4.5, count: 2 });
      expect(announced).toEqual([[activity.id], [activity.id]]);
      await expect(
        Tx.run(t.dataSource, async (tx) => {
          await review(tx, activity.id, school.id, 1);
          throw new Error('the review fails after all');
        }),
      ).rejects.toThrow('the review fails after all');
      expect(await rating(activity.id)).toEqual({ average: 4.5, count: 2 });
      expect(announced).toHaveLength(2);
    });

    it("saves an activity another lib derives in that lib's transaction, announced after its commit", async () => {
      const saved = await Tx.run(t.dataSource, async (tx) => {
        const activity = await t.app.get(ActivityService).saveDerived(tx, {
          ...ActivityFactory.from({ locationId: own.location.id }).build(),
          status: ActivityStatus.DRAFT,
          publishedAt: null,
        });
        expect(announced).toEqual([]);
        return activity;
      });
      expect(announced).toEqual([[saved.id]]);
      expect(
        (await t.dataSource.query(`SELECT status FROM activities WHERE id = $1`, [saved.id]))[0].status,
      ).toBe('DRAFT');
    });
  });
});
