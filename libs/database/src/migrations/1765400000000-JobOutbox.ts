import type { MigrationInterface, QueryRunner } from 'typeorm';

// The intent of every job a request makes, written in the request's own transaction; a relay moves the rows to
// BullMQ when Redis is there (libs/queue/src/outbox.ts). Nothing a mutation committed waits on Redis or is lost
// when Redis is gone.
export class JobOutbox1765400000000 implements MigrationInterface {
  name = 'JobOutbox1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE job_outbox (
        id bigserial PRIMARY KEY,
        -- The BullMQ job id of the row: moved twice (a relay crash between the add and the delete) it is one job.
        -- Random rather than the id, whose sequence starts again in a database restored from a backup.
        job_id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        payload jsonb NOT NULL,
        options jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE job_outbox`);
  }
}
