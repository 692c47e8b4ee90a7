import type { MigrationInterface, QueryRunner } from 'typeorm';

// One-time tokens that prove control of an account's e-mail address: password reset links now, e-mail
// verification links later (a second `purpose`). Only the SHA-256 of a token is stored, so that a copy of the
// database (a backup, a replica) holds no usable link. A token is spent by setting used_at and replaced by
// setting expires_at to now; rows stay for the audit trail.
export class AccountTokens1765000000200 implements MigrationInterface {
  name = 'AccountTokens1765000000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE account_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        mailed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Replacing a user's open tokens of a purpose looks them up by user.
    await q.query(`
      CREATE INDEX account_tokens_open_idx ON account_tokens (user_id, purpose) WHERE used_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS account_tokens`);
  }
}
