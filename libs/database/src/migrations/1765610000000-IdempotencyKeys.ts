import type { MigrationInterface, QueryRunner } from 'typeorm';

// The idempotency keys of create mutations: per user and key, the operation, a hash of its input and the id of
// what the first call made, written in that call's own transaction, so that a retry answers with the first result.
// result_id is null only inside the claiming transaction, never in a committed row.
export class IdempotencyKeys1765610000000 implements MigrationInterface {
  name = 'IdempotencyKeys1765610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        key text NOT NULL,
        operation text NOT NULL,
        input_hash text NOT NULL,
        result_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS idempotency_keys`);
  }
}
