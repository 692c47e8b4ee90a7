import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QueueName, redisConnection } from '@app/queue';
import { freePort } from './own-redis';

// The built api and worker (dist/apps/...), started as processes of their own, as deployed: a benchmark's client
// never shares their event loops. Each benchmark gives them a queue prefix of its own and deletes its keys at the
// end.

export interface RunningProcess {
  stop: () => Promise<void>;
  /** CPU time the process has used so far, in seconds (Linux: from /proc). */
  cpuSeconds: () => number;
}

// utime + stime of a process, in clock ticks of 10 ms (USER_HZ 100 on Linux).
function cpuSecondsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The api's stdout is left out (its request logs would interleave with the figures); the worker's warnings show.
function start(
  app: 'api' | 'worker',
  env: NodeJS.ProcessEnv,
): RunningProcess & { exitCode: () => number | null } {
  const main = fileURLToPath(new URL(`../apps/${app}/src/main.js`, import.meta.url));
  if (!existsSync(main)) throw new Error(`${main} is missing: run npm run build first`);
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', app === 'api' ? 'ignore' : 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Never leave a process running behind a benchmark that failed.
  process.once('exit', () => child.kill('SIGTERM'));
  return {
    exitCode: () => child.exitCode,
    cpuSeconds: () => cpuSecondsOf(child.pid),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The demo seed as a person runs it (`--reset`), in a process of its own; its output shows. Returns seconds. */
export async function seed(env: NodeJS.ProcessEnv): Promise<number> {
  const script = fileURLToPath(new URL('../scripts/seed.js', import.meta.url));
  const started = performance.now();
  const child = spawn(process.execPath, [script, '--reset'], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`the seed exited with code ${code}`);
  return (performance.now() - started) / 1000;
}

/** Starts the api on a free port and waits until /health answers. */
export async function startApi(env: NodeJS.ProcessEnv): Promise<RunningProcess & { url: string }> {
  const port = await freePort();
  const api = start('api', { ...env, PORT: String(port) });
  for (let attempt = 0; ; attempt += 1) {
    if (api.exitCode() !== null) throw new Error(`the api exited with code ${api.exitCode()}`);
    const up = await fetch(`http://127.0.0.1:${port}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    // Three minutes: a Nest boot on a machine shared with a test run can take more than one.
    if (attempt > 1800) throw new Error('the api did not become healthy within three minutes');
    await sleep(100);
  }
  return { url: `http://127.0.0.1:${port}/graphql`, stop: api.stop, cpuSeconds: api.cpuSeconds };
}

/** Starts the worker and waits until it listens on the queues of `env.QUEUE_PREFIX` (all start together). */
export async function startWorker(
  env: NodeJS.ProcessEnv & { REDIS_URL: string; QUEUE_PREFIX: string },
): Promise<RunningProcess> {
  const worker = start('worker', env);
  const probe = new Queue(QueueName.Search, {
    connection: redisConnection(env.REDIS_URL),
    prefix: env.QUEUE_PREFIX,
  });
  try {
    for (let attempt = 0; (await probe.getWorkers()).length === 0; attempt += 1) {
      if (worker.exitCode() !== null) throw new Error(`the worker exited with code ${worker.exitCode()}`);
      if (attempt > 1800) throw new Error('the worker did not start within three minutes');
      await sleep(100);
    }
  } finally {
    await probe.close();
  }
  return { stop: worker.stop, cpuSeconds: worker.cpuSeconds };
}

/** Deletes every Redis key under the queue prefix: a benchmark's jobs, schedulers and worker records. */
export async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
}
