import { startTestApp, type TestApp } from '../utils/test-app';

describe('operations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports database and Redis up on /health', async () => {
    const response = await fetch(t.url.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up', redis: 'up' });
  });

  it('gives every request an id, keeping one the caller sent', async () => {
    const sent = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'abc-123' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(sent.headers.get('x-request-id')).toBe('abc-123');
    const fresh = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a malformed query with a GraphQL validation code, not a crash', async () => {
    const res = await t.gql(`{ nothingHere }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
