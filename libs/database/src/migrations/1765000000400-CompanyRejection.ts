import type { MigrationInterface, QueryRunner } from 'typeorm';

// The company approval queue: a coordinator may turn a company down with a reason the company reads, and the
// company corrects itself and asks again (which clears both columns). The checks keep the two columns together
// and out of approved companies, whatever writes them.
export class CompanyRejection1765000000400 implements MigrationInterface {
  name = 'CompanyRejection1765000000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE companies
        ADD COLUMN rejection_reason text,
        ADD COLUMN rejected_at timestamptz,
        ADD CONSTRAINT companies_rejection_check CHECK ((rejection_reason IS NULL) = (rejected_at IS NULL)),
        ADD CONSTRAINT companies_rejection_unapproved_check CHECK (NOT (approved AND rejection_reason IS NOT NULL))`);
    // The queue, newest first: the few companies that wait for a coordinator, not the thousands approved.
    await q.query(
      `CREATE INDEX companies_waiting_idx ON companies (created_at DESC, id DESC)
        WHERE NOT approved AND rejection_reason IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS companies_waiting_idx`);
    await q.query(`
      ALTER TABLE companies
        DROP CONSTRAINT companies_rejection_unapproved_check,
        DROP CONSTRAINT companies_rejection_check,
        DROP COLUMN rejected_at,
        DROP COLUMN rejection_reason`);
  }
}
