import { Args } from '@nestjs/graphql';
import { IDEMPOTENCY_KEY_MAX_LENGTH } from '@app/database';

/**
 * The optional `idempotencyKey` argument of a create mutation. An argument rather than an `Idempotency-Key` header:
 * it is in the schema (typed, documented, generated into clients), and it belongs to one mutation even when a
 * document holds several.
 */
export const IdempotencyKey = () =>
  Args('idempotencyKey', {
    type: () => String,
    nullable: true,
    description:
      `A key the client makes for this one request (a UUID; at most ${IDEMPOTENCY_KEY_MAX_LENGTH} characters) and ` +
      'sends again when it retries: for 24 hours (IDEMPOTENCY_KEY_TTL) a call with the same key and the same input ' +
      'answers with what the first call made instead of making it twice. The same key with another input or for ' +
      'another operation is CONFLICT with reason IDEMPOTENCY_KEY_REUSED.',
  });
