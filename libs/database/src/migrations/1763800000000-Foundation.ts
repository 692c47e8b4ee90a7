import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1763800000000 implements MigrationInterface {
  name = 'Foundation1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS cube`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS earthdistance`);

    await q.query(`
      CREATE TABLE schools (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vestigingscode varchar(6) NOT NULL UNIQUE CHECK (vestigingscode ~ '^[0-9A-Z]{4}[0-9]{2}$'),
        brin varchar(4) NOT NULL,
        name text NOT NULL,
        school_type text NOT NULL,
        sector text NOT NULL,
        street text,
        postcode varchar(6),
        city text NOT NULL,
        municipality text NOT NULL,
        province text NOT NULL,
        lat double precision NOT NULL,
        lon double precision NOT NULL,
        levels text[] NOT NULL DEFAULT '{}',
        pupils integer,
        denomination text,
        website text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX schools_province_idx ON schools (province)`);
    await q.query(`CREATE INDEX schools_earth_idx ON schools USING gist (ll_to_earth(lat, lon))`);

    await q.query(`
      CREATE TABLE companies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        approved boolean NOT NULL DEFAULT false,
        approved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX companies_name_key ON companies (lower(name))`);

    await q.query(`
      CREATE TABLE company_locations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        name text NOT NULL,
        street text,
        postcode varchar(6) NOT NULL,
        city text NOT NULL,
        municipality text,
        province text NOT NULL,
        lat double precision NOT NULL,
        lon double precision NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX company_locations_company_idx ON company_locations (company_id)`);
    await q.query(
      `CREATE INDEX company_locations_earth_idx ON company_locations USING gist (ll_to_earth(lat, lon))`,
    );

    await q.query(`
      CREATE TABLE activities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        location_id uuid NOT NULL REFERENCES company_locations(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(trim(title)) > 0),
        description text NOT NULL,
        type text NOT NULL,
        programme text NOT NULL,
        levels text[] NOT NULL CHECK (cardinality(levels) > 0),
        target_groups text[] NOT NULL DEFAULT '{}',
        themes text[] NOT NULL DEFAULT '{}',
        delivery text NOT NULL,
        provinces text[] NOT NULL DEFAULT '{}',
        max_travel_km double precision CHECK (max_travel_km IS NULL OR max_travel_km >= 0),
        duration_minutes integer CHECK (duration_minutes IS NULL OR duration_minutes > 0),
        max_participants integer CHECK (max_participants IS NULL OR max_participants > 0),
        cost_euros numeric(9, 2) NOT NULL DEFAULT 0 CHECK (cost_euros >= 0),
        starts_at timestamptz,
        ends_at timestamptz,
        status text NOT NULL DEFAULT 'DRAFT',
        average_rating double precision,
        review_count integer NOT NULL DEFAULT 0,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at >= starts_at)
      )`);
    await q.query(`CREATE INDEX activities_location_idx ON activities (location_id)`);
    await q.query(`CREATE INDEX activities_status_idx ON activities (status)`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        name text NOT NULL,
        role text NOT NULL,
        school_id uuid REFERENCES schools(id) ON DELETE SET NULL,
        company_id uuid REFERENCES companies(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role <> 'TEACHER' OR school_id IS NOT NULL),
        CHECK (role <> 'COMPANY' OR company_id IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        read_at timestamptz,
        emailed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'notifications',
      'users',
      'activities',
      'company_locations',
      'companies',
      'schools',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
