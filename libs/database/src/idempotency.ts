import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EnvironmentVariables, durationToMs } from '@app/config';
import { BadInputException, DomainError } from '@app/core';
import type { Tx } from './transaction';

/** The longest idempotency key taken; a UUID is 36 characters. */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 200;

/** One call of a create mutation that may be retried: who, with which key, what, with which input. */
export interface IdempotentCall {
  userId: string;
  /** The client's key; without one the call is not idempotent. */
  key?: string | null;
  /** The mutation, so that one key cannot answer for another operation. */
  operation: string;
  /** The input as the service received it; only its hash is stored. */
  input: unknown;
}

// JSON with the keys of every object sorted: the same input gives the same hash whatever order its fields came in.
function canonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map(canonical);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, canonical(v)]),
  );
}

/** The SHA-256 of an input, in canonical JSON (an absent field and `undefined` are the same). */
export function inputHash(input: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(input)) ?? 'null')
    .digest('hex');
}

/**
 * Idempotency keys of the create mutations. A service calls `claim` first thing in its transaction and `settle`
 * with the id of what it made: a retry with the same key gets the id of the first result (and the service answers
 * with that record), the same key with another input or operation is CONFLICT with reason
 * IDEMPOTENCY_KEY_REUSED. Because the claim is a row in the mutation's own transaction, a retry that arrives while
 * the first call still runs waits for it, and one after a rollback runs again; a key lasts IDEMPOTENCY_KEY_TTL.
 */
@Injectable()
export class IdempotencyKeys {
  private readonly ttlMs: number;

  constructor(env: EnvironmentVariables) {
    this.ttlMs = durationToMs(env.IDEMPOTENCY_KEY_TTL);
  }

  /** The id of the first result when `call` repeats an earlier one; null when this call is to do the work. */
  async claim(tx: Tx, call: IdempotentCall): Promise<string | null> {
    const key = call.key;
    if (key === undefined || key === null) return null;
    if (key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
      throw new BadInputException(`An idempotency key has 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters`, {
        field: 'idempotencyKey',
      });
    }
    const hash = inputHash(call.input);
    // A key whose time is up is taken over as if it were new. The INSERT waits for a transaction that claimed the
    // same key and has not finished: after its COMMIT this finds its row, after its ROLLBACK this claims the key.
    const claimed = await tx.query<unknown[]>(
      `INSERT INTO idempotency_keys (user_id, key, operation, input_hash, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))
       ON CONFLICT (user_id, key) DO UPDATE
         SET operation = EXCLUDED.operation, input_hash = EXCLUDED.input_hash, result_id = NULL,
             created_at = now(), expires_at = EXCLUDED.expires_at
         WHERE idempotency_keys.expires_at <= now()
       RETURNING 1`,
      [call.userId, key, call.operation, hash, this.ttlMs / 1000],
    );
    if (claimed.length > 0) return null;
    const [first] = await tx.query<
      Array<{ operation: string; input_hash: string; result_id: string | null }>
    >(`SELECT operation, input_hash, result_id FROM idempotency_keys WHERE user_id = $1 AND key = $2`, [
      call.userId,
      key,
    ]);
    if (!first || first.operation !== call.operation || first.input_hash !== hash || !first.result_id) {
      throw new DomainError(
        'IDEMPOTENCY_KEY_REUSED',
        'This idempotency key was used for another request; send a new key for a new request',
        { field: 'idempotencyKey' },
      );
    }
    return first.result_id;
  }

  /**
   * Records what the call made, in the same transaction as `claim`; nothing without a key. The user's keys whose
   * time is up go in the same statement, so that the table holds about a day of keys.
   */
  async settle(tx: Tx, call: IdempotentCall, resultId: string): Promise<void> {
    if (call.key === undefined || call.key === null) return;
    await tx.query(
      `WITH stale AS (DELETE FROM idempotency_keys WHERE user_id = $1 AND key <> $2 AND expires_at <= now())
       UPDATE idempotency_keys SET result_id = $3 WHERE user_id = $1 AND key = $2`,
      [call.userId, call.key, resultId],
    );
  }
}
