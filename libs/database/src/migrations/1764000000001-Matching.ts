import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Matching1764000000001 implements MigrationInterface {
  name = 'Matching1764000000001';

  async up(q: QueryRunner): Promise<void> {
    // sessions_used never exceeds sessions: the last guard against overdrawn capacity.
    await q.query(`
      CREATE TABLE school_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        school_id uuid NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        type text NOT NULL,
        levels text[] NOT NULL CHECK (cardinality(levels) > 0),
        themes text[] NOT NULL DEFAULT '{}',
        sessions integer NOT NULL CHECK (sessions BETWEEN 1 AND 500),
        sessions_used integer NOT NULL DEFAULT 0 CHECK (sessions_used >= 0 AND sessions_used <= sessions),
        period_start timestamptz NOT NULL,
        period_end timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'MATCHED', 'WITHDRAWN')),
        revision integer NOT NULL DEFAULT 1,
        withdrawn_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (period_end >= period_start)
      )`);
    await q.query(`CREATE INDEX school_requests_school_idx ON school_requests (school_id, created_at)`);
    await q.query(`CREATE INDEX school_requests_open_idx ON school_requests (status, created_at)`);

    await q.query(`
      CREATE TABLE supply_offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        location_id uuid NOT NULL REFERENCES company_locations(id) ON DELETE CASCADE,
        activity_id uuid REFERENCES activities(id) ON DELETE SET NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        type text NOT NULL,
        levels text[] NOT NULL CHECK (cardinality(levels) > 0),
        themes text[] NOT NULL DEFAULT '{}',
        sessions integer NOT NULL CHECK (sessions BETWEEN 1 AND 500),
        sessions_used integer NOT NULL DEFAULT 0 CHECK (sessions_used >= 0 AND sessions_used <= sessions),
        period_start timestamptz NOT NULL,
        period_end timestamptz NOT NULL,
        max_travel_km double precision NOT NULL CHECK (max_travel_km > 0 AND max_travel_km <= 400),
        reach_provinces text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'WITHDRAWN')),
        revision integer NOT NULL DEFAULT 1,
        withdrawn_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (period_end >= period_start)
      )`);
    await q.query(`CREATE INDEX supply_offers_location_idx ON supply_offers (location_id, created_at)`);
    await q.query(`CREATE INDEX supply_offers_open_idx ON supply_offers (status, created_at)`);
    await q.query(`CREATE INDEX supply_offers_reach_idx ON supply_offers USING gin (reach_provinces)`);

    await q.query(`
      CREATE TABLE match_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        province text NOT NULL,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
        demand_sessions integer NOT NULL DEFAULT 0,
        supply_sessions integer NOT NULL DEFAULT 0,
        matched_sessions integer NOT NULL DEFAULT 0,
        upper_bound integer,
        total_score double precision,
        candidate_pairs integer,
        request_count integer,
        supply_count integer,
        solver text,
        solve_ms integer,
        reference_date date,
        error text,
        attempts integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX match_runs_province_idx ON match_runs (province, created_at DESC)`);

    await q.query(`
      CREATE TABLE match_proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id uuid NOT NULL REFERENCES match_runs(id) ON DELETE CASCADE,
        ordinal integer NOT NULL,
        request_id uuid NOT NULL REFERENCES school_requests(id) ON DELETE CASCADE,
        supply_id uuid NOT NULL REFERENCES supply_offers(id) ON DELETE CASCADE,
        request_revision integer NOT NULL,
        supply_revision integer NOT NULL,
        sessions integer NOT NULL CHECK (sessions > 0),
        distance_km double precision NOT NULL,
        score double precision NOT NULL,
        reasons text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'ACCEPTED', 'REJECTED')),
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz,
        booking_id uuid REFERENCES bookings(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT match_proposals_pair_key UNIQUE (run_id, request_id, supply_id)
      )`);
    await q.query(`CREATE INDEX match_proposals_run_idx ON match_proposals (run_id, ordinal)`);
    await q.query(
      `CREATE INDEX match_proposals_rejected_idx ON match_proposals (request_id, supply_id) WHERE status = 'REJECTED'`,
    );
    await q.query(`
      ALTER TABLE bookings ADD CONSTRAINT bookings_proposal_fk
        FOREIGN KEY (proposal_id) REFERENCES match_proposals(id) ON DELETE SET NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bookings DROP CONSTRAINT IF EXISTS bookings_proposal_fk`);
    for (const table of ['match_proposals', 'match_runs', 'supply_offers', 'school_requests']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
