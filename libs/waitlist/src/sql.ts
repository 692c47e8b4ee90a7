import type { Tx } from '@app/database';
import type { EventActor, OfferStatus, WaitlistEventKind, WaitlistStatus } from './waitlist.domain';

/** What runs SQL: a transaction, or the data source for a read outside one. */
export type Db = Pick<Tx, 'query'>;

/** Rows of a statement; TypeORM answers UPDATE and DELETE with `[rows, count]`, everything else with rows. */
export async function rowsOf<T>(db: Db, sql: string, params: unknown[] = []): Promise<T[]> {
  const result = await db.query<unknown>(sql, params);
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
export async function preparedRows<T>(tx: Tx, name: string, text: string, values: unknown[]): Promise<T[]> {
  const runner = tx.manager.queryRunner;
  if (!runner) return rowsOf<T>(tx, text, values);
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
