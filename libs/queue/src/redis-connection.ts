import type { ConnectionOptions } from 'bullmq';

/** BullMQ connection options from a `redis://user:pass@host:port/db` URL. */
export function redisConnection(url: string, forWorker = false): ConnectionOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    // Workers block on Redis and must retry forever; producers should fail fast instead.
    maxRetriesPerRequest: forWorker ? null : 3,
    // While Redis is away, try again every 0.5 to 2 s: BullMQ's own backoff grows to 20 s, so the jobs that waited
    // in the outbox (and the workers) would sit idle for up to 20 s after Redis is back.
    retryStrategy: (attempt: number) => Math.min(500 * attempt, 2000),
  };
}
