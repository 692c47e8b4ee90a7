import type { EntityManager } from 'typeorm';
import type { EventActor, OfferStatus, WaitlistEventKind, WaitlistStatus } from './waitlist.domain';

/** Rows of a statement; TypeORM answers UPDATE and DELETE with `[rows, count]`, everything else with rows. */
export async function rowsOf<T>(manager: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const result = (await manager.query(sql, params)) as unknown;
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}

/**
 * Rows of a statement run as a named prepared statement on the transaction's connection: PostgreSQL plans it once
 * per connection instead of on every call (for the hot, large statements of the offer job).
 */
export async function preparedRows<T>(
  manager: EntityManager,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const runner = manager.queryRunner;
  if (!runner) return rowsOf<T>(manager, text, values);
  const client = (await runner.connect()) as {
    query: (config: { name: string; text: string; values: unknown[] }) => Promise<{ rows: T[] }>;
  };
  return (await client.query({ name, text, values })).rows;
}

/**
 * An enum value as an SQL string literal. SQL names statuses, kinds and roles only through this, so that renaming
 * an enum member fails to compile instead of at run time; a literal rather than a parameter keeps the partial
 * indexes (`WHERE status = 'PENDING'`) usable in prepared statements.
 */
export function literal(
  value: WaitlistStatus | OfferStatus | WaitlistEventKind | EventActor['role'],
): string {
  if (!/^[A-Z_]+$/.test(value)) throw new Error(`Not an enum value for SQL: ${value}`);
  return `'${value}'`;
}

/** Registers a step to run after the transaction commits (dropped on rollback). */
export type AfterCommit = (fn: () => Promise<unknown>) => void;
