import { runId, withAdminClient } from './test-database';

// Drops the template and any database a crashed suite left behind.
export default async function globalTeardown(): Promise<void> {
  const id = runId();
  await withAdminClient(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`tm_test_${id}_%`],
    );
    for (const row of rows) await client.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
  });
}
