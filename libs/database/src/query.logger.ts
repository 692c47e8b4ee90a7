import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

// The fields of a PostgreSQL error that name what failed without quoting a value (its message and detail may).
const pgFields = (error: unknown) => {
  const { code, constraint, table, column } = (error ?? {}) as Record<string, unknown>;
  return { code, constraint, table, column };
};

/**
 * TypeORM's logger for both apps: a failed statement is logged with its error code and its SQL only. Parameters
 * (e-mail addresses, password hashes, messages) and PostgreSQL's messages, which may quote a value, never are.
 */
export class QueryLogger implements TypeOrmLogger {
  constructor(private readonly logger = new Logger('SQL')) {}

  logQuery(): void {}

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ msg: 'slow query', ms: time, query });
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.error({ msg: 'query failed', ...pgFields(error), query });
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(message);
  }
}
