import 'reflect-metadata';
import { validateEnvironment } from '@app/config';
import { runMigrations } from '@app/database';

// npm run db:migrate: applies pending migrations, creating the database first when it does not exist.
export async function migrate(url: string): Promise<string[]> {
  const { ensureDatabase } = await import('./db-util');
  await ensureDatabase(url);
  return runMigrations(url);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const env = validateEnvironment();
  const ran = await migrate(env.DATABASE_URL);
  console.log(
    ran.length ? `Applied ${ran.length} migration(s): ${ran.join(', ')}` : 'Database is up to date.',
  );
}
