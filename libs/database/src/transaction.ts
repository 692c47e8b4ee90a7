import { Logger } from '@nestjs/common';
import { type DataSource, type EntityManager } from 'typeorm';

const logger = new Logger('Transaction');

// The COMMITs that `answerBeforeCommit` left running, per DataSource: destroying a DataSource releases the
// connections still in use and ends them, so one of these failed ("query failed: COMMIT") when a script or an app
// shut down right after a search. `Tx.settled` waits for them.
const pendingCommits = new WeakMap<DataSource, Set<Promise<void>>>();

/** A step to run once the transaction has committed (typically enqueueing jobs that must see its rows). */
export type AfterCommitStep = () => Promise<unknown>;

/** How a transaction is opened; the defaults fit every writing use case. */
export interface TxOptions {
  /** `SET TRANSACTION READ ONLY`: searches and reports. */
  readOnly?: boolean;
  /** `SET LOCAL name = value` for this transaction only (planner settings of a search, lock timeouts). */
  settings?: Readonly<Record<string, string>>;
  /**
   * Return the result as soon as the work is done and let COMMIT finish in the background. Only for read-only
   * work: nothing to lose if the COMMIT never arrives, one round trip less for the caller.
   */
  answerBeforeCommit?: boolean;
}

/**
 * One database transaction: its EntityManager and the steps to run after it commits. Every use case that writes
 * opens exactly one with `Tx.run` and hands the `Tx` down to whatever writes with it; a rollback drops the
 * after-commit steps.
 */
export class Tx {
  private readonly steps: AfterCommitStep[] = [];

  private constructor(readonly manager: EntityManager) {}

  /** Runs `step` after COMMIT; a failing step is logged, not thrown (the data stands; sweeps catch up). */
  afterCommit(step: AfterCommitStep): void {
    this.steps.push(step);
  }

  /** Raw SQL on this transaction's connection. */
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T> {
    return this.manager.query<T>(sql, parameters);
  }

  /**
   * Runs `work` in one transaction and then, only after COMMIT, the steps it registered with `afterCommit`.
   */
  static async run<T>(
    dataSource: DataSource,
    work: (tx: Tx) => Promise<T>,
    options: TxOptions = {},
  ): Promise<T> {
    const { result, afterCommit } = await Tx.committed(dataSource, work, options);
    await afterCommit();
    return result;
  }

  /**
   * As `run`, but returns as soon as the transaction has committed, with its after-commit steps still to run: a
   * loop of transactions can start the next one while the previous one's jobs are being enqueued.
   */
  static async committed<T>(
    dataSource: DataSource,
    work: (tx: Tx) => Promise<T>,
    options: TxOptions = {},
  ): Promise<{ result: T; afterCommit: () => Promise<void> }> {
    const settings = Object.entries(options.settings ?? {}).map(([name, value]) => setLocal(name, value));
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    // Each path below releases the connection exactly once.
    const release = () => void runner.release();
    // A read-only transaction opens with its settings in one statement: one round trip instead of two or three
    // (a search pays for each). TypeORM does not track it, which reading needs not (its save and locks do).
    const own = !!options.readOnly;
    let result: T;
    let tx: Tx;
    try {
      if (own) {
        await runner.query(['START TRANSACTION READ ONLY', ...settings].join('; '));
      } else {
        await runner.startTransaction();
        if (settings.length > 0) await runner.query(settings.join('; '));
      }
      tx = new Tx(runner.manager);
      result = await work(tx);
    } catch (error) {
      try {
        if (own) await runner.query('ROLLBACK');
        else if (runner.isTransactionActive) await runner.rollbackTransaction();
      } finally {
        release();
      }
      throw error;
    }
    const commit = () => (own ? runner.query('COMMIT') : runner.commitTransaction());
    if (own && options.answerBeforeCommit) {
      const pending = pendingCommits.get(dataSource) ?? new Set<Promise<void>>();
      pendingCommits.set(dataSource, pending);
      const done: Promise<void> = commit().then(release, release);
      pending.add(done);
      void done.then(() => pending.delete(done));
    } else {
      try {
        await commit();
      } finally {
        release();
      }
    }
    return { result, afterCommit: () => tx.runAfterCommit() };
  }

  /** Waits for the COMMITs of read-only transactions that answered before them (before destroying `dataSource`). */
  static async settled(dataSource: DataSource): Promise<void> {
    await Promise.all([...(pendingCommits.get(dataSource) ?? new Set<Promise<void>>())]);
  }

  private async runAfterCommit(): Promise<void> {
    for (const step of this.steps) {
      try {
        await step();
      } catch (error) {
        logger.error({ msg: 'after-commit step failed; the committed data stands', err: error });
      }
    }
  }
}

// `SET LOCAL` with the value as a literal: statements of one round trip take no parameters. Names are ours.
function setLocal(name: string, value: string): string {
  if (!/^[a-z_][a-z0-9_.]*$/i.test(name)) throw new Error(`Not a setting name: ${name}`);
  return `SET LOCAL ${name} = '${value.replaceAll("'", "''")}'`;
}

/** True when `error` is a PostgreSQL unique violation (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string }; code?: string } | undefined) ?? {};
  return driverError.code === '23505' || driverError.driverError?.code === '23505';
}
