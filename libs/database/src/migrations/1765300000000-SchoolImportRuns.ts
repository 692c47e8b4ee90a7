import type { MigrationInterface, QueryRunner } from 'typeorm';

// An admin starts an import of the DUO school registry from the web app; the worker runs it and writes its
// progress here, where the admin's page polls it. At most one run is queued or running at a time (the partial
// unique index), so two admins cannot start the same import twice.
export class SchoolImportRuns1765300000000 implements MigrationInterface {
  name = 'SchoolImportRuns1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE school_import_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source text NOT NULL CHECK (source IN ('DATA_FILE', 'DUO_DOWNLOAD')),
        location text NOT NULL,
        state text NOT NULL DEFAULT 'QUEUED' CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
        rows_total integer CHECK (rows_total >= 0),
        rows_read integer NOT NULL DEFAULT 0 CHECK (rows_read >= 0),
        inserted integer NOT NULL DEFAULT 0,
        updated integer NOT NULL DEFAULT 0,
        unchanged integer NOT NULL DEFAULT 0,
        rejected integer NOT NULL DEFAULT 0,
        rejections jsonb NOT NULL DEFAULT '[]',
        error text,
        attempts integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        CHECK ((state IN ('DONE', 'FAILED')) = (finished_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX school_import_runs_one_active ON school_import_runs ((true))
        WHERE state IN ('QUEUED', 'RUNNING')`,
    );
    await q.query(`CREATE INDEX school_import_runs_created_idx ON school_import_runs (created_at DESC, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE school_import_runs`);
  }
}
