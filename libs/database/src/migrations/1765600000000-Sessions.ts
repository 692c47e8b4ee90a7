import type { MigrationInterface, QueryRunner } from 'typeorm';

// Sessions with rotating refresh tokens. A session is one chain (family) of refresh tokens that starts at a log-in;
// each refresh replaces the chain's current token with a new one. Only the SHA-256 of a token is stored. A token
// presented again after it was replaced means that someone else holds a copy: the whole session is revoked.
// Access tokens name their session (`sid`), so revoking a session ends its access tokens at once too.
export class Sessions1765600000000 implements MigrationInterface {
  name = 'Sessions1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_reason text
      )`);
    // Log out everywhere and password changes revoke a user's open sessions.
    await q.query(`CREATE INDEX sessions_open_idx ON sessions (user_id) WHERE revoked_at IS NULL`);
    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        replaced_at timestamptz
      )`);
    await q.query(`CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS refresh_tokens`);
    await q.query(`DROP TABLE IF EXISTS sessions`);
  }
}
