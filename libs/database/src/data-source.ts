import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { QueryLogger } from './query.logger';

/** Options shared by the apps, the CLI scripts and the tests: migrations only, never `synchronize`. */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: ['error'],
    // Failed statements without their parameters: they hold e-mail addresses and password hashes.
    logger: new QueryLogger(),
    extra: { max: 10 },
    ...extra,
  } as DataSourceOptions;
}

/** Applies every pending migration to the database at `url`; returns the names that ran. */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
