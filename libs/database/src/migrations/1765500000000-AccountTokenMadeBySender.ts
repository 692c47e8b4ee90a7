import type { MigrationInterface, QueryRunner } from 'typeorm';

// The token of an account link is made by the worker when it sends the mail, not by the api: the mail job passes
// through the job outbox (PostgreSQL) and Redis, and neither may hold a live token. Until then the row has no hash,
// so no token matches it.
export class AccountTokenMadeBySender1765500000000 implements MigrationInterface {
  name = 'AccountTokenMadeBySender1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account_tokens ALTER COLUMN token_hash DROP NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    // A row never mailed has no token that could be used: spend it so that it is not mistaken for an open one.
    await q.query(
      `UPDATE account_tokens SET token_hash = 'never-mailed:' || id, used_at = coalesce(used_at, now())
        WHERE token_hash IS NULL`,
    );
    await q.query(`ALTER TABLE account_tokens ALTER COLUMN token_hash SET NOT NULL`);
  }
}
