import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Bookings1764000000000 implements MigrationInterface {
  name = 'Bookings1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bookings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        activity_id uuid NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
        school_id uuid NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
        requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'REQUESTED'
          CHECK (status IN ('REQUESTED', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'COMPLETED')),
        level text NOT NULL,
        group_size integer NOT NULL CHECK (group_size > 0),
        sessions integer NOT NULL DEFAULT 1 CHECK (sessions > 0),
        preferred_date timestamptz,
        message text CHECK (message IS NULL OR length(message) <= 2000),
        response_message text CHECK (response_message IS NULL OR length(response_message) <= 2000),
        cancel_reason text CHECK (cancel_reason IS NULL OR length(cancel_reason) <= 2000),
        cancelled_by_role text,
        proposal_id uuid,
        responded_at timestamptz,
        completed_at timestamptz,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX bookings_school_idx ON bookings (school_id, created_at DESC)`);
    await q.query(`CREATE INDEX bookings_activity_idx ON bookings (activity_id, created_at DESC)`);
    // A proposal of the matching becomes at most one booking.
    await q.query(
      `CREATE UNIQUE INDEX bookings_proposal_key ON bookings (proposal_id) WHERE proposal_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        activity_id uuid NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
        booking_id uuid NOT NULL REFERENCES bookings(id) ON DELETE CASCADE,
        school_id uuid NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment text CHECK (comment IS NULL OR length(comment) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT reviews_booking_key UNIQUE (booking_id)
      )`);
    await q.query(`CREATE INDEX reviews_activity_idx ON reviews (activity_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS reviews`);
    await q.query(`DROP TABLE IF EXISTS bookings`);
  }
}
