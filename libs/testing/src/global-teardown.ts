import { Redis } from 'ioredis';
import { runId, withAdminClient } from './test-database';

// Drops the template and any database a crashed suite left behind, and the queue keys of this run.
export default async function globalTeardown(): Promise<void> {
  const id = runId();
  await withAdminClient(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`tm_test_${id}_%`],
    );
    for (const row of rows) await client.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
  });
  // Every suite's queue prefix is test-<its database name>; only this run's keys go.
  const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: true });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `test-tm_test_${id}_*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
