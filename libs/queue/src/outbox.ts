import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JobsOptions, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { withTimeout } from '@app/core';
import { Tx } from '@app/database';
import { JOB_DEFINITIONS, QueueName, type JobName } from './jobs';

/** Rows moved to BullMQ per pass (one transaction, one `addBulk` per queue). */
const RELAY_BATCH = 200;
/** How long a pass waits for Redis before it leaves the rows for the next one (a slow Redis, not a gone one). */
const REDIS_TIMEOUT_MS = 5_000;
/** How often every instance looks for rows that no after-commit kick moved (Redis was away, a crash). */
export const RELAY_EVERY_MS = 2_000;
/** How long a mutation waits, after its commit, for its jobs to reach Redis before it answers anyway. */
export const KICK_WAIT_MS = 250;

/** How long a /metrics scrape waits for the backlog count. */
const BACKLOG_TIMEOUT_MS = 500;

/** What the relay reads of a queue's ioredis connection ('ready' while connected). */
interface RedisClientState {
  readonly status: string;
}

interface OutboxRow {
  id: string;
  job_id: string;
  name: JobName;
  payload: Record<string, unknown>;
  options: JobsOptions;
  /** How long ago the row was written, by the database's clock. */
  age_ms: string;
}

/**
 * BullMQ options of an outbox row: its job's presets, the row's own options, a job id of its own (a row moved
 * twice, after a crash between the add and the delete, is one job; a random id, so that a database restored from
 * a backup, whose sequence starts again, never meets the id of an old job), and what is left of its delay (a
 * reminder written for "in two days" still runs then, however long the row waited for Redis).
 */
export function jobOptions(row: Pick<OutboxRow, 'job_id' | 'name' | 'options' | 'age_ms'>): JobsOptions {
  const options: JobsOptions = { ...JOB_DEFINITIONS[row.name].options, ...row.options };
  // BullMQ's deduplication decides for itself what a second add means (keep the waiting one).
  if (!options.jobId && !options.deduplication) options.jobId = `outbox-${row.job_id}`;
  if (options.delay) options.delay = Math.max(0, options.delay - Number(row.age_ms));
  return options;
}

/**
 * Moves the job intents of `job_outbox` to BullMQ: right after the commit that wrote them (kicked by the
 * producer) and every RELAY_EVERY_MS on every api and worker instance, so that rows written while Redis was away
 * leave as soon as it is back. Rows are taken with SKIP LOCKED (instances never move the same row) and deleted in
 * the transaction that moved them; a crash between the two moves a row again under the same job id, which BullMQ
 * ignores, and every job is idempotent besides.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private running?: Promise<void>;
  private queued?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private failing = false;
  /** The ioredis connection of every queue, once it was first ready. */
  private readonly clients = new Map<QueueName, RedisClientState>();
  private readonly unwatch: Array<() => void> = [];

  /**
   * Whether Redis is away: a queue's connection is not ready (ioredis says so at once when the socket closes), or
   * the last pass could not reach it. Then no request waits for its jobs, and no pass tries until it is back.
   */
  get redisAway(): boolean {
    return this.failing || !this.connected();
  }

  private connected(): boolean {
    if (this.clients.size < Object.values(QueueName).length) return false;
    for (const client of this.clients.values()) if (client.status !== 'ready') return false;
    return true;
  }

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
  ) {}

  onApplicationBootstrap(): void {
    for (const name of Object.values(QueueName)) {
      const queue = this.queue(name);
      // A queue without an 'error' listener prints every failed reconnect to the console; one log line per outage.
      const onError = (error: Error) => {
        if (this.failing) return;
        this.failing = true;
        this.logger.warn({ msg: 'job outbox waits for Redis', queue: name, err: error });
      };
      // Kept until the queue closes, after this relay: closing may report errors too.
      queue.on('error', onError);
      const backend = queue.getBackend();
      // Back again: move what waited at once, not at the next period.
      const onReady = () => void this.kick();
      backend.on('ready', onReady);
      this.unwatch.push(() => backend.off('ready', onReady));
      // Resolves once the connection was first ready (never while Redis is away at start; then it counts as away).
      backend.client.then(
        (client) => {
          this.clients.set(name, client);
          void this.kick();
        },
        () => undefined,
      );
    }
    this.timer = setInterval(() => void this.kick(), RELAY_EVERY_MS);
    this.timer.unref();
    void this.kick();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    for (const stop of this.unwatch.splice(0)) stop();
    await this.queued;
    await this.running;
  }

  /**
   * Starts a pass (or, while one runs, one more after it, so that rows committed meanwhile are seen). The promise
   * ends with that pass; it never rejects.
   */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.queued) return this.queued;
    if (!this.running) {
      this.running = this.drain().finally(() => (this.running = undefined));
      return this.running;
    }
    this.queued = this.running.then(() => {
      this.queued = undefined;
      return this.kick();
    });
    return this.queued;
  }

  /** Rows waiting to be moved (for /metrics); rejects when the database does not answer within 500 ms. */
  async backlog(): Promise<number> {
    const [row] = await withTimeout(
      this.dataSource.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM job_outbox`),
      BACKLOG_TIMEOUT_MS,
      'The job outbox',
    );
    return Number(row.n);
  }

  private async drain(): Promise<void> {
    // A connection that is not ready would only queue the commands until Redis is back: leave the rows to the
    // pass that the connection's 'ready' starts.
    if (!this.connected()) {
      if (!this.failing) this.logger.warn({ msg: 'job outbox waits for Redis' });
      this.failing = true;
      return;
    }
    try {
      while (!this.stopped && (await this.pass()) === RELAY_BATCH);
      if (this.failing) this.logger.log({ msg: 'job outbox relayed again' });
      this.failing = false;
    } catch (error) {
      // Redis (or the database) is away: the rows stay, the next pass tries again. Log the first failure only.
      if (!this.failing) this.logger.warn({ msg: 'job outbox waits for Redis', err: error });
      this.failing = true;
    }
  }

  /** Moves one batch; returns how many rows it moved. */
  private pass(): Promise<number> {
    return Tx.run(this.dataSource, async (tx) => {
      const rows = await tx.query<OutboxRow[]>(
        `SELECT id::text, job_id::text, name, payload, options,
                (extract(epoch FROM now() - created_at) * 1000)::bigint::text AS age_ms
           FROM job_outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [RELAY_BATCH],
      );
      if (rows.length === 0) return 0;
      const byQueue = new Map<QueueName, OutboxRow[]>();
      for (const row of rows) {
        const queue = JOB_DEFINITIONS[row.name]?.queue;
        if (!queue) {
          this.logger.error({ msg: 'job outbox row of an unknown job dropped', id: row.id, name: row.name });
          continue;
        }
        byQueue.set(queue, [...(byQueue.get(queue) ?? []), row]);
      }
      await withTimeout(
        Promise.all(
          [...byQueue].map(([queue, batch]) =>
            this.queue(queue).addBulk(
              batch.map((row) => ({
                name: row.name,
                data: row.payload,
                opts: jobOptions(row),
              })),
            ),
          ),
        ),
        REDIS_TIMEOUT_MS,
        'Redis',
      );
      await tx.query(`DELETE FROM job_outbox WHERE id = ANY($1::bigint[])`, [rows.map((row) => row.id)]);
      return rows.length;
    });
  }

  private queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}
