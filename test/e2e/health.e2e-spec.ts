import { Role } from '@app/core';
import { JobName, JobProducer } from '@app/queue';
import { UserFactory, waitFor } from '@app/testing';
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

  it('answers liveness without asking anything, and readiness by the database', async () => {
    const base = t.url.replace('/graphql', '');
    const live = await fetch(`${base}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'up', redis: 'up' });
  });

  it('serves Prometheus metrics: request and operation latency, queue depth per queue', async () => {
    await t.gql(`{ me { id } }`);
    const base = t.url.replace('/graphql', '');
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} [1-9]/,
    );
    expect(text).toMatch(
      /graphql_operation_duration_seconds_count\{type="query",field="me",outcome="ok"\} [1-9]/,
    );
    for (const queue of ['notifications', 'search', 'matching', 'waitlist']) {
      expect(text).toContain(`queue_jobs{queue="${queue}",state="waiting"}`);
    }
    expect(text).toMatch(/^outbox_backlog \d+$/m);
    expect(text).toContain('# TYPE rate_limit_rejections_total counter');
    expect(text).toContain('process_resident_memory_bytes');
  });

  it('carries the request id into the jobs a request makes', async () => {
    const user = await UserFactory.from({ role: Role.TEACHER }).insert(t.dataSource);
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'reset-req-42' },
      body: JSON.stringify({
        query: 'mutation($e: String!) { requestPasswordReset(email: $e) }',
        variables: { e: user.email },
      }),
    });
    expect(response.status).toBe(200);
    // The mail job leaves through the outbox after the answer (a known address must not answer later).
    const queue = t.app.get(JobProducer).queueFor(JobName.SendPasswordReset);
    const requestIds = await waitFor('the mail job in Redis', async () => {
      const jobs = await queue.getJobs(['waiting', 'delayed', 'active', 'completed']);
      const ids = jobs.map((job) => (job.data as { requestId?: string }).requestId);
      return ids.includes('reset-req-42') && ids;
    });
    expect(requestIds).toContain('reset-req-42');
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
