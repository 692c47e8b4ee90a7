import type { MigrationInterface, QueryRunner } from 'typeorm';

// A sign-up with an address that has an account is answered as a new account would be, with a real session that
// belongs to no account: `pending_sign_up` holds what that sign-up claimed (its would-be users row, by column
// name, and a company contact's company), so that the session answers as a new unconfirmed account's does without
// telling anyone the address is taken. A session has exactly one of user_id and pending_sign_up. It can never
// become an account (the address's owner got the mail) and ends like any other session.
export class PendingSignUpSessions1765900000000 implements MigrationInterface {
  name = 'PendingSignUpSessions1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions ALTER COLUMN user_id DROP NOT NULL`);
    await q.query(`ALTER TABLE sessions ADD COLUMN pending_sign_up jsonb`);
    await q.query(`
      ALTER TABLE sessions ADD CONSTRAINT sessions_owner_check
        CHECK ((user_id IS NULL) <> (pending_sign_up IS NULL))`);
    // Log out everywhere finds a pending sign-up's session by the id its tokens carry; the sweep of ended ones goes
    // by age.
    await q.query(`
      CREATE INDEX sessions_pending_sign_up_idx ON sessions ((pending_sign_up->>'id'))
        WHERE user_id IS NULL`);
    await q.query(`CREATE INDEX sessions_pending_created_idx ON sessions (created_at) WHERE user_id IS NULL`);
    // Every log-in looks for a pending sign-up of its address, newest first.
    await q.query(`
      CREATE INDEX sessions_pending_email_idx ON sessions (lower(pending_sign_up->>'email'), created_at DESC)
        WHERE user_id IS NULL`);
    // Every log-in also clears its account's ended sessions, most of them revoked: the open-session index (WHERE
    // revoked_at IS NULL) does not reach them.
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM sessions WHERE user_id IS NULL`);
    await q.query(`DROP INDEX IF EXISTS sessions_user_idx`);
    await q.query(`DROP INDEX IF EXISTS sessions_pending_email_idx`);
    await q.query(`DROP INDEX IF EXISTS sessions_pending_created_idx`);
    await q.query(`DROP INDEX IF EXISTS sessions_pending_sign_up_idx`);
    await q.query(`ALTER TABLE sessions DROP CONSTRAINT IF EXISTS sessions_owner_check`);
    await q.query(`ALTER TABLE sessions DROP COLUMN IF EXISTS pending_sign_up`);
    await q.query(`ALTER TABLE sessions ALTER COLUMN user_id SET NOT NULL`);
  }
}
