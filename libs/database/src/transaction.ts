import { type DataSource, type EntityManager } from 'typeorm';

/**
 * Runs `work` in one transaction and then, only after COMMIT, the callbacks it registered with `afterCommit`
 * (typically enqueueing jobs that must see the committed rows). A rollback drops them.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager, afterCommit: (fn: () => Promise<unknown>) => void) => Promise<T>,
): Promise<T> {
  const pending: Array<() => Promise<unknown>> = [];
  const result = await dataSource.transaction((manager) => work(manager, (fn) => pending.push(fn)));
  for (const fn of pending) await fn();
  return result;
}

/** True when `error` is a PostgreSQL unique violation (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string }; code?: string } | undefined) ?? {};
  return driverError.code === '23505' || driverError.driverError?.code === '23505';
}
