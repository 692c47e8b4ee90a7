import { runMigrations } from '../../database/src/data-source';
import { templateName, TEST_SERVER_URL, withAdminClient } from './test-database';

// Runs once per `npm test`: one migrated template database that every suite copies.
export default async function globalSetup(): Promise<void> {
  const id = `${Date.now().toString(36)}_${process.pid}`;
  process.env.TEST_RUN_ID = id;
  const name = templateName(id);
  await withAdminClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  await runMigrations(`${TEST_SERVER_URL}/${name}`);
}
