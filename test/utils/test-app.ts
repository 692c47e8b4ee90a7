import 'reflect-metadata';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { type Role } from '@app/core';
import { createTestDatabase, deleteQueueKeys, gqlRequest, userToken, type TestDatabase } from '@app/testing';
import { AppModule } from '../../apps/api/src/app.module';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { searchSetup } from '../../scripts/search-setup';

export const ADMIN = { email: 'admin@test.local', password: 'Admin-wachtwoord-1' };

const queuePrefix = (db: TestDatabase) => `test-${db.name}`;

/** Points the apps at a fresh test database and a queue prefix of its own. */
export async function useTestEnvironment(extra: Record<string, string> = {}): Promise<TestDatabase> {
  const db = await createTestDatabase();
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: db.url,
    QUEUE_PREFIX: queuePrefix(db),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    JWT_SECRET: 'test-secret-of-at-least-16-chars',
    // With MEILI_URL set, each suite searches an index of its own, dropped with its database.
    MEILI_INDEX: `test_${db.name}`,
    // Every request of a suite comes from 127.0.0.1: the per-client limits are raised far above what a suite sends
    // (login-protection.e2e tests them with small ones). The log-in lock-outs keep their defaults.
    RATE_LIMIT_SIGN_UP: '10000/1h',
    RATE_LIMIT_PASSWORD_RESET: '10000/1h',
    RATE_LIMIT_SEARCH: '10000/1m',
    // A suite's tokens are made once at its start and may be used longer than the 15 minutes an access token lives
    // on a loaded machine; the session suites set the length they test.
    ACCESS_TOKEN_TTL: '2h',
    ...extra,
  });
  return db;
}

/**
 * With a Meilisearch server, applies the settings to this suite's index before an app starts, as the
 * deployment's search-setup step does (the apps check them at start-up).
 */
async function setUpSearchIndex(): Promise<void> {
  if (process.env.MEILI_URL) await searchSetup(() => undefined);
}

/** Deletes this suite's Meilisearch index, when there is a Meilisearch server. */
async function dropSearchIndex(): Promise<void> {
  const { MEILI_URL, MEILI_API_KEY, MEILI_INDEX } = process.env;
  if (!MEILI_URL || !MEILI_INDEX) return;
  const { Meilisearch } = await import('meilisearch');
  await new Meilisearch({ host: MEILI_URL, apiKey: MEILI_API_KEY }).deleteIndex(MEILI_INDEX).waitTask();
}

export interface TestApp {
  app: INestApplication;
  url: string;
  db: TestDatabase;
  dataSource: DataSource;
  gql: <T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ) => ReturnType<typeof gqlRequest<T>>;
  tokenFor(role: Role, overrides?: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

/** Starts the real api on a free port against a fresh database and the real Redis. */
export async function startTestApp(extraEnv: Record<string, string> = {}): Promise<TestApp> {
  const db = await useTestEnvironment(extraEnv);
  await setUpSearchIndex();
  const app = await NestFactory.create(AppModule, { logger: false });
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}/graphql`;
  const dataSource = app.get(DataSource);
  const gql = <T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ) => gqlRequest<T>(url, query, variables, token);
  return {
    app,
    url,
    db,
    dataSource,
    gql,
    // Issued as logIn issues it, without argon2 and a login per user: logging in is tested in identity.e2e.
    async tokenFor(role, overrides = {}) {
      return (await userToken(app, dataSource, role, overrides)).token;
    },
    async close() {
      await app.close();
      // Delayed jobs (offer expiry, reminders) would otherwise stay in the shared Redis until the run ends.
      await deleteQueueKeys(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', queuePrefix(db));
      await dropSearchIndex();
      await db.drop();
    },
  };
}

/** Starts the worker's application context in this process (same env as the test app). */
export async function startTestWorker(): Promise<INestApplicationContext> {
  await setUpSearchIndex();
  const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  await worker.init();
  return worker;
}
