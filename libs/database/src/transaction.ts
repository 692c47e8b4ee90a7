import { Logger } from '@nestjs/common';
import { type DataSource, type EntityManager } from 'typeorm';

const logger = new Logger('Transaction');

/**
 * Runs `work` in one transaction and then, only after COMMIT, the callbacks it registered with `afterCommit`
 * (typically enqueueing jobs that must see the committed rows). A rollback drops them. A failing callback is
 * logged, not thrown: the data is committed, so the caller must not be told it failed; the reconcile and sweep
 * jobs pick up what a lost trigger missed.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager, afterCommit: (fn: () => Promise<unknown>) => void) => Promise<T>,
): Promise<T> {
  const { result, afterCommit } = await committed(dataSource, work);
  await afterCommit();
  return result;
}

/**
 * As `inTransaction`, but returns as soon as the transaction has committed, with its after-commit steps still to
 * run: a loop of transactions can start the next one while the previous one's jobs are being enqueued.
 */
export async function committed<T>(
  dataSource: DataSource,
  work: (manager: EntityManager, afterCommit: (fn: () => Promise<unknown>) => void) => Promise<T>,
): Promise<{ result: T; afterCommit: () => Promise<void> }> {
  const pending: Array<() => Promise<unknown>> = [];
  const result = await dataSource.transaction((manager) => work(manager, (fn) => pending.push(fn)));
  const afterCommit = async () => {
    for (const fn of pending) {
      try {
        await fn();
      } catch (error) {
        logger.error({ msg: 'after-commit step failed; the committed data stands', err: error });
      }
    }
  };
  return { result, afterCommit };
}

/** True when `error` is a PostgreSQL unique violation (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string }; code?: string } | undefined) ?? {};
  return driverError.code === '23505' || driverError.driverError?.code === '23505';
}
