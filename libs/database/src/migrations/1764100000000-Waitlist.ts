import type { MigrationInterface, QueryRunner } from 'typeorm';

// The Jet-Net waiting list. The invariants live in the database, not only in code:
// - one active entry per (school, programme): partial unique index;
// - a school PLACED at most once per programme: partial unique index (PLACED is never left);
// - at most one PENDING offer per entry: partial unique index;
// - never more PENDING offers + PLACED schools at a (location, programme) than its slots: deferred constraint
//   triggers that lock the capacity row and count at commit, so that concurrent transactions serialise on it.
export class Waitlist1764100000000 implements MigrationInterface {
  name = 'Waitlist1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE waitlist_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        school_id uuid NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
        programme text NOT NULL CHECK (programme IN ('JET_NET', 'JET_NET_JUNIOR')),
        province text NOT NULL,
        status text NOT NULL DEFAULT 'WAITING'
          CHECK (status IN ('WAITING', 'OFFERED', 'PLACED', 'WITHDRAWN')),
        priority integer NOT NULL DEFAULT 0 CHECK (priority BETWEEN -100 AND 100),
        joined_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        placed_location_id uuid REFERENCES company_locations(id),
        placed_at timestamptz,
        withdrawn_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'PLACED') = (placed_location_id IS NOT NULL)),
        CHECK ((status = 'PLACED') = (placed_at IS NOT NULL))
      )`);
    await q.query(`
      CREATE UNIQUE INDEX waitlist_entries_active_key ON waitlist_entries (school_id, programme)
      WHERE status <> 'WITHDRAWN'`);
    await q.query(`
      CREATE UNIQUE INDEX waitlist_entries_placed_key ON waitlist_entries (school_id, programme)
      WHERE status = 'PLACED'`);
    // The order of the list: priority (high first), then the time of joining, then the id.
    await q.query(`
      CREATE INDEX waitlist_entries_order_idx ON waitlist_entries
      (programme, province, priority DESC, joined_at, id) WHERE status = 'WAITING'`);
    await q.query(`
      CREATE INDEX waitlist_entries_waiting_idx ON waitlist_entries
      (programme, priority DESC, joined_at, id) WHERE status = 'WAITING'`);
    await q.query(`
      CREATE INDEX waitlist_entries_placed_idx ON waitlist_entries (placed_location_id, programme)
      WHERE status = 'PLACED'`);
    await q.query(`
      CREATE INDEX waitlist_entries_placed_at_idx ON waitlist_entries (programme, province, placed_at)
      WHERE status = 'PLACED'`);

    await q.query(`
      CREATE TABLE partner_capacity (
        location_id uuid NOT NULL REFERENCES company_locations(id) ON DELETE CASCADE,
        programme text NOT NULL CHECK (programme IN ('JET_NET', 'JET_NET_JUNIOR')),
        slots integer NOT NULL CHECK (slots BETWEEN 0 AND 50),
        partner_distance_km double precision NOT NULL DEFAULT 40
          CHECK (partner_distance_km > 0 AND partner_distance_km <= 300),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (location_id, programme)
      )`);

    await q.query(`
      CREATE TABLE partner_offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entry_id uuid NOT NULL REFERENCES waitlist_entries(id) ON DELETE CASCADE,
        location_id uuid NOT NULL,
        programme text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING'
          CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'REVOKED')),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        expires_at timestamptz NOT NULL,
        decided_at timestamptz,
        reminded_at timestamptz,
        FOREIGN KEY (location_id, programme) REFERENCES partner_capacity(location_id, programme)
          ON DELETE CASCADE,
        CHECK (expires_at > created_at),
        CHECK ((status = 'PENDING') = (decided_at IS NULL))
      )`);
    await q.query(`
      CREATE UNIQUE INDEX partner_offers_one_pending_key ON partner_offers (entry_id)
      WHERE status = 'PENDING'`);
    await q.query(`
      CREATE INDEX partner_offers_pending_idx ON partner_offers (location_id, programme, created_at)
      WHERE status = 'PENDING'`);
    await q.query(`
      CREATE INDEX partner_offers_expiry_idx ON partner_offers (expires_at) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX partner_offers_entry_idx ON partner_offers (entry_id, location_id)`);
    // Who said no to a location (declined or let expire) is not offered it again soon.
    await q.query(`
      CREATE INDEX partner_offers_refused_idx ON partner_offers (location_id, entry_id, decided_at)
      WHERE status IN ('DECLINED', 'EXPIRED')`);

    await q.query(`
      CREATE TABLE waitlist_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entry_id uuid NOT NULL REFERENCES waitlist_entries(id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        kind text NOT NULL,
        actor_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        actor_role text NOT NULL,
        note text,
        offer_id uuid REFERENCES partner_offers(id) ON DELETE SET NULL,
        location_id uuid REFERENCES company_locations(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX waitlist_events_entry_idx ON waitlist_events (entry_id, at)`);
    // Offers, reminders and placements notify every teacher of a school.
    await q.query(
      `CREATE INDEX IF NOT EXISTS users_school_idx ON users (school_id) WHERE school_id IS NOT NULL`,
    );

    // Raises check_violation (23514) when the (location, programme) holds more commitments than slots.
    // Locking the capacity row first serialises every transaction that adds a commitment there; NO KEY UPDATE
    // so that foreign-key checks of concurrent inserts (KEY SHARE) do not deadlock with it.
    await q.query(`
      CREATE FUNCTION waitlist_assert_capacity(p_location uuid, p_programme text, p_new_placement boolean)
      RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        cap integer;
        placed integer;
        pending integer;
      BEGIN
        SELECT slots INTO cap FROM partner_capacity
          WHERE location_id = p_location AND programme = p_programme FOR NO KEY UPDATE;
        IF cap IS NULL THEN
          RAISE EXCEPTION 'no partner capacity for location % and programme %', p_location, p_programme
            USING ERRCODE = 'check_violation';
        END IF;
        SELECT count(*) INTO placed FROM waitlist_entries
          WHERE placed_location_id = p_location AND programme = p_programme AND status = 'PLACED';
        SELECT count(*) INTO pending FROM partner_offers
          WHERE location_id = p_location AND programme = p_programme AND status = 'PENDING';
        -- Slots lowered below the placed schools are allowed (a placed school is never removed),
        -- but then nothing new may be committed there.
        IF placed + pending > cap AND (pending > 0 OR p_new_placement) THEN
          RAISE EXCEPTION 'partner capacity exceeded at location % for %: % slots, % placed, % pending',
            p_location, p_programme, cap, placed, pending
            USING ERRCODE = 'check_violation';
        END IF;
      END $$`);
    await q.query(`
      CREATE FUNCTION waitlist_offer_capacity_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM waitlist_assert_capacity(NEW.location_id, NEW.programme, false);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION waitlist_placement_capacity_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM waitlist_assert_capacity(NEW.placed_location_id, NEW.programme, true);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION waitlist_slots_capacity_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM waitlist_assert_capacity(NEW.location_id, NEW.programme, false);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER partner_offers_capacity AFTER INSERT OR UPDATE OF status ON partner_offers
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.status = 'PENDING')
      EXECUTE FUNCTION waitlist_offer_capacity_trigger()`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER waitlist_entries_placed_insert_capacity AFTER INSERT ON waitlist_entries
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.status = 'PLACED')
      EXECUTE FUNCTION waitlist_placement_capacity_trigger()`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER waitlist_entries_placed_update_capacity AFTER UPDATE ON waitlist_entries
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
      WHEN (NEW.status = 'PLACED' AND OLD.status IS DISTINCT FROM 'PLACED')
      EXECUTE FUNCTION waitlist_placement_capacity_trigger()`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER partner_capacity_slots AFTER UPDATE OF slots ON partner_capacity
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.slots < OLD.slots)
      EXECUTE FUNCTION waitlist_slots_capacity_trigger()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS users_school_idx`);
    await q.query(`DROP TABLE IF EXISTS waitlist_events`);
    await q.query(`DROP TABLE IF EXISTS partner_offers`);
    await q.query(`DROP TABLE IF EXISTS partner_capacity`);
    await q.query(`DROP TABLE IF EXISTS waitlist_entries`);
    for (const fn of [
      'waitlist_slots_capacity_trigger()',
      'waitlist_placement_capacity_trigger()',
      'waitlist_offer_capacity_trigger()',
      'waitlist_assert_capacity(uuid, text, boolean)',
    ]) {
      await q.query(`DROP FUNCTION IF EXISTS ${fn}`);
    }
  }
}
