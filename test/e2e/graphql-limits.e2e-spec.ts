import { jest } from '@jest/globals';
import { SearchEngine, SearchService } from '@app/search';
import { SEARCH, createSearchFixture } from '../utils/search-fixture';
import { startTestApp, type TestApp } from '../utils/test-app';

// Issue 14: documents that would cost the api far more than they are worth are refused while Apollo validates
// them, before a resolver runs, with a code and a reason a client can tell apart.

interface Answer {
  status: number;
  body: {
    data?: Record<string, any> | null;
    errors?: Array<{ message: string; extensions?: { code?: string; reason?: string } }>;
  };
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const LOCATION = 'id name city postcode province location { lat lon }';
// location → company → locations, `levels` times: each level multiplies the answer.
const nested = (levels: number): string =>
  levels === 0 ? LOCATION : `${LOCATION} company { id name locations { ${nested(levels - 1)} } }`;
const DEEP = `{ searchActivities(input: {}) { hits { activity { location { ${nested(14)} } } } } }`;

const firstError = (answer: Answer) => answer.body.errors?.[0];
// Refused with a 400, the code and the reason, whatever else the answer holds.
function expectRefused(answer: Answer, code: string, reason: string): void {
  expect(answer.status).toBe(400);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code, reason });
}
const reasons = (answer: Answer) => (answer.body.errors ?? []).map((error) => error.extensions?.reason);

describe('GraphQL limits', () => {
  let t: TestApp;
  let search: jest.SpiedFunction<SearchService['search']>;

  beforeAll(async () => {
    t = await startTestApp({ SEARCH_SWEEP_EVERY: '0' });
    await createSearchFixture(t.dataSource);
    await t.app.get(SearchEngine).reindex();
  });

  beforeEach(() => {
    search = jest.spyOn(SearchService.prototype, 'search');
  });

  afterEach(() => {
    search.mockRestore();
  });

  afterAll(async () => {
    await t.close();
  });

  it('answers the heaviest real search (every facet, 100 hits) in full', async () => {
    const answer = await post(t.url, SEARCH, { input: { pageSize: 100 } });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    const result = answer.body.data?.searchActivities;
    expect(result.pageSize).toBe(100);
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.facets.length).toBeGreaterThan(0);
    expect(search).toHaveBeenCalledTimes(1);
  });

  it('refuses the anonymous query nesting location → company → locations 14 levels deep, running nothing', async () => {
    expect(DEEP.length).toBeLessThan(2000);
    const answer = await post(t.url, DEEP);
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    // Each level multiplies its cost too: the cost limit refuses it beside the depth limit.
    expect(reasons(answer)).toEqual(['QUERY_TOO_COSTLY', 'QUERY_TOO_DEEP']);
    expect(answer.body.errors?.every((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
    expect(answer.body.errors?.[1]?.message).toMatch(/depth limit of 8 exceeded/);
    expect(search).not.toHaveBeenCalled();
  });

  it('lets one level of location → company → locations through', async () => {
    const answer = await post(
      t.url,
      `{ searchActivities(input: {}) { hits { activity { location { ${nested(1)} } } } } }`,
    );
    expect(answer.body.errors).toBeUndefined();
    expect(
      answer.body.data?.searchActivities.hits[0].activity.location.company.locations.length,
    ).toBeGreaterThan(0);
  });

  it('refuses 2,000 aliased searches in one 100 kB body before parsing them to the end', async () => {
    const aliases = Array.from({ length: 2000 }, (_, i) => `s${i}: searchActivities(input: {}) { total }`);
    const query = `{ ${aliases.join(' ')} }`;
    expect(query.length).toBeGreaterThan(80_000);
    const answer = await post(t.url, query);
    expectRefused(answer, 'GRAPHQL_PARSE_FAILED', 'TOO_MANY_TOKENS');
    expect(search).not.toHaveBeenCalled();
  });

  it('refuses more than 15 aliases in a small document', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `s${i}: searchActivities(input: {}) { total }`);
    const answer = await post(t.url, `{ ${aliases.join(' ')} }`);
    expectRefused(answer, 'GRAPHQL_VALIDATION_FAILED', 'TOO_MANY_ALIASES');
    expect(search).not.toHaveBeenCalled();
  });

  it('refuses more than 10 directives', async () => {
    const fields = Array.from({ length: 11 }, () => 'total @include(if: true)').join(' ');
    const answer = await post(t.url, `{ searchActivities(input: {}) { ${fields} } }`);
    expectRefused(answer, 'GRAPHQL_VALIDATION_FAILED', 'TOO_MANY_DIRECTIVES');
    expect(search).not.toHaveBeenCalled();
  });

  it('weighs a list by its `first` page size: three full pages of 50 schools cost too much, one does not', async () => {
    const page = (alias: string) =>
      `${alias}: schools(query: "school", first: 50) { id name city municipality province schoolType vestigingscode levels location { lat lon } }`;
    const one = await post(t.url, `{ ${page('a')} }`);
    expect(one.body.errors).toBeUndefined();

    const three = await post(t.url, `{ ${page('a')} ${page('b')} ${page('c')} }`);
    expectRefused(three, 'GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COSTLY');
    // The same three lists with 5 each are cheap.
    const small = await post(
      t.url,
      `{ ${['a', 'b', 'c'].map(page).join(' ').replaceAll('first: 50', 'first: 5')} }`,
    );
    expect(small.body.errors).toBeUndefined();
  });

  it('keeps introspection and "Did you mean" outside production (GraphiQL needs them)', async () => {
    const schema = await post(t.url, '{ __schema { queryType { name } } }');
    expect(schema.body.data?.__schema.queryType.name).toBe('Query');
    const typo = await post(t.url, '{ searchActivities(input: {}) { totl } }');
    expect(firstError(typo)?.message).toMatch(/Did you mean "total"/);
    const province = await post(t.url, '{ searchActivities(input: { provinces: [UTRECT] }) { total } }');
    expect(firstError(province)?.message).toMatch(/Did you mean the enum value "UTRECHT"/);
  });
});

describe('GraphQL limits in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-for-this-test-only',
      ADMIN_PASSWORD: 'Een-echt-wachtwoord-voor-productie-9',
      SEARCH_SWEEP_EVERY: '0',
    });
  });

  afterAll(async () => {
    await t.close();
  });

  it('refuses introspection', async () => {
    const answer = await post(t.url, '{ __schema { types { name } } }');
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(firstError(answer)?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(answer.body)).not.toContain('searchActivities');
  });

  it('names no field in the error of a misspelt one', async () => {
    const answer = await post(t.url, '{ searchActivities(input: {}) { totl } }');
    expect(answer.status).toBe(400);
    expect(firstError(answer)?.message).toMatch(/Cannot query field "totl"/);
    expect(JSON.stringify(answer.body)).not.toMatch(/Did you mean|"total"/);
  });

  it('names no enum value in the error of a misspelt one', async () => {
    const literal = await post(t.url, '{ searchActivities(input: { provinces: [UTRECT] }) { total } }');
    expect(firstError(literal)?.message).toMatch(/UTRECT/);
    const variable = await post(
      t.url,
      'query($i: ActivitySearchInput!) { searchActivities(input: $i) { total } }',
      {
        i: { provinces: ['UTRECT'] },
      },
    );
    expect(firstError(variable)?.message).toMatch(/UTRECT/);
    for (const answer of [literal, variable]) {
      expect(answer.status).toBe(400);
      expect(JSON.stringify(answer.body)).not.toMatch(/Did you mean|"UTRECHT"/);
    }
  });

  it('still limits depth', async () => {
    const answer = await post(t.url, DEEP);
    expect(reasons(answer)).toContain('QUERY_TOO_DEEP');
  });
});
