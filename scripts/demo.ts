import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ConfigValidationError, validateEnvironment } from '@app/config';
import { migrate } from './migrate';
import { DEFAULT_SEED_OPTIONS, ensureDemoAccounts, formatDemoAccounts, runSeed } from './seed';

// npm run demo: migrate (creating the database), seed when it has no schools or activities yet, start the api
// and the worker, wait until /health answers, and print where to go. Ctrl-C stops both.

const HEALTH_TIMEOUT_MS = 120_000;

async function supplyCounts(url: string): Promise<{ schools: number; activities: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ schools: string; activities: string }>(
      `SELECT (SELECT count(*) FROM schools) AS schools, (SELECT count(*) FROM activities) AS activities`,
    );
    return { schools: Number(rows[0].schools), activities: Number(rows[0].activities) };
  } finally {
    await client.end();
  }
}

async function demoAccountLines(url: string): Promise<string[]> {
  // The accounts exist after a seed; upserting them again costs three hashes and repairs edited passwords.
  const { DataSource } = await import('typeorm');
  const dataSource = new DataSource({ type: 'postgres', url, logging: ['error'] });
  await dataSource.initialize();
  try {
    return formatDemoAccounts(await ensureDemoAccounts(dataSource, { keepSchool: true }));
  } finally {
    await dataSource.destroy();
  }
}

async function waitForHealth(url: string, children: ChildProcess[]): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (children.some((child) => child.exitCode !== null || child.signalCode !== null)) {
      throw new Error('A process stopped before the api was ready');
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s`);
}

async function main(): Promise<number> {
  let env;
  try {
    env = validateEnvironment();
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }

  const ran = await migrate(env.DATABASE_URL);
  console.log(ran.length ? `Applied ${ran.length} migration(s)` : 'Database is up to date.');

  const counts = await supplyCounts(env.DATABASE_URL);
  let accountLines: string[];
  if (counts.schools === 0 || counts.activities === 0) {
    console.log('The database has no schools or activities yet: seeding (npm run seed) ...');
    const report = await runSeed({ ...DEFAULT_SEED_OPTIONS, skipSchools: counts.schools > 0 }, (line) =>
      console.log(line),
    );
    accountLines = formatDemoAccounts(report.accounts);
  } else {
    console.log(`Found ${counts.schools} schools and ${counts.activities} activities: not seeding.`);
    accountLines = await demoAccountLines(env.DATABASE_URL);
  }

  const dist = fileURLToPath(new URL('..', import.meta.url));
  const start = (name: string, main: string) =>
    spawn(process.execPath, [`${dist}${main}`], {
      stdio: 'inherit',
      env: { ...process.env, APP_NAME: name },
    });
  const children = [start('api', 'apps/api/src/main.js'), start('worker', 'apps/worker/src/main.js')];

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  // When either process ends, stop the other and exit with its code.
  let exitCode: number | null = null;
  const exited = new Promise<number>((resolve) => {
    for (const child of children) {
      child.on('exit', (code, signal) => {
        if (!stopping) {
          console.error(`A demo process exited (${signal ?? `code ${code}`}); stopping the other.`);
          exitCode ??= code || 1;
        }
        stop('SIGTERM');
        if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) resolve(exitCode ?? 0);
      });
    }
  });

  const base = `http://localhost:${env.PORT}`;
  try {
    await waitForHealth(`http://127.0.0.1:${env.PORT}/health`, children);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    stop('SIGTERM');
    await exited;
    return 1;
  }
  const seconds = process.uptime().toFixed(1);
  console.log(
    [
      '',
      `techmatch is running: open ${base}/ in a browser`,
      `(GraphQL at ${base}/graphql, health at ${base}/health)`,
      ...accountLines,
      `Admin: ${env.ADMIN_EMAIL} (ADMIN_PASSWORD)`,
      `ready in ${seconds} s`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  return exited;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
