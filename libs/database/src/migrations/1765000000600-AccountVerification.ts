import type { MigrationInterface, QueryRunner } from 'typeorm';

// Whether an account proved its e-mail address (by the mailed link) and, for a teacher, its link to the school (by
// the address's domain or an approval). New accounts start unproven. Accounts made before these checks existed
// keep working: they are marked proven here, because nobody could have proven anything before.
export class AccountVerification1765000000600 implements MigrationInterface {
  name = 'AccountVerification1765000000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN email_verified boolean NOT NULL DEFAULT true,
        ADD COLUMN school_verified boolean NOT NULL DEFAULT true`);
    await q.query(`
      ALTER TABLE users
        ALTER COLUMN email_verified SET DEFAULT false,
        ALTER COLUMN school_verified SET DEFAULT false`);
    // pendingTeachers looks up the teachers still waiting, per school.
    await q.query(`
      CREATE INDEX users_school_unverified_idx ON users (school_id) WHERE role = 'TEACHER' AND NOT school_verified`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS users_school_unverified_idx`);
    await q.query(
      `ALTER TABLE users DROP COLUMN IF EXISTS email_verified, DROP COLUMN IF EXISTS school_verified`,
    );
  }
}
