import { BadInputException, NotFoundException, isUuid } from '@app/core';

const MAX_REASON = 2000;

/** A required reason for the history, trimmed. */
export function reasonOf(reason: string | null | undefined): string {
  const trimmed = (reason ?? '').trim();
  if (!trimmed) throw new BadInputException('Give a reason; it is kept in the history', { field: 'reason' });
  if (trimmed.length > MAX_REASON) {
    throw new BadInputException(`The reason is longer than ${MAX_REASON} characters`, { field: 'reason' });
  }
  return trimmed;
}

/** NOT_FOUND for an id that is no UUID (PostgreSQL would refuse it with an error). */
export function checkId(what: string, id: string): void {
  if (!isUuid(id)) throw new NotFoundException(what, id);
}

/** The row, or NOT_FOUND. */
export function found<T>(row: T | null | undefined, what: string, id: string): T {
  if (!row) throw new NotFoundException(what, id);
  return row;
}

/** Thrown inside a transaction whose locks turned out to be the wrong ones; `withRetry` runs the use case again. */
export class Retry extends Error {}

export async function withRetry<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof Retry) || attempt >= 5) throw error;
    }
  }
}
