import type { MigrationInterface, QueryRunner } from 'typeorm';

// New pending offers are checked against their location's slots once per INSERT statement, not once per row at
// commit. An offer batch inserts hundreds of offers in one statement; the deferred row trigger then ran the
// capacity function once per offer at commit (a lock and two counts each), the largest part of the batch's time.
// The statement trigger locks the capacity rows the statement touched (in key order), then counts each once. The
// rows stay locked until the transaction ends, so no other transaction can add a commitment there before this one
// commits: the invariant holds as before. An UPDATE back to PENDING keeps the deferred row trigger.
export class WaitlistOfferCapacityPerStatement1764400000000 implements MigrationInterface {
  name = 'WaitlistOfferCapacityPerStatement1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION waitlist_offers_inserted_capacity_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        over record;
      BEGIN
        PERFORM 1 FROM partner_capacity c
          WHERE (c.location_id, c.programme) IN (SELECT location_id, programme FROM inserted WHERE status = 'PENDING')
          ORDER BY c.location_id, c.programme
          FOR NO KEY UPDATE OF c;
        SELECT t.location_id, t.programme, c.slots, p.placed, o.pending INTO over
          FROM (SELECT DISTINCT location_id, programme FROM inserted WHERE status = 'PENDING') t
          LEFT JOIN partner_capacity c ON c.location_id = t.location_id AND c.programme = t.programme
         CROSS JOIN LATERAL (SELECT count(*) AS placed FROM waitlist_entries e
                              WHERE e.placed_location_id = t.location_id AND e.programme = t.programme
                                AND e.status = 'PLACED') p
         CROSS JOIN LATERAL (SELECT count(*) AS pending FROM partner_offers o
                              WHERE o.location_id = t.location_id AND o.programme = t.programme
                                AND o.status = 'PENDING') o
         WHERE c.slots IS NULL OR p.placed + o.pending > c.slots
         LIMIT 1;
        IF NOT FOUND THEN
          RETURN NULL;
        END IF;
        IF over.slots IS NULL THEN
          RAISE EXCEPTION 'no partner capacity for location % and programme %', over.location_id, over.programme
            USING ERRCODE = 'check_violation';
        END IF;
        RAISE EXCEPTION 'partner capacity exceeded at location % for %: % slots, % placed, % pending',
          over.location_id, over.programme, over.slots, over.placed, over.pending
          USING ERRCODE = 'check_violation';
      END $$`);
    await q.query(`DROP TRIGGER partner_offers_capacity ON partner_offers`);
    await q.query(`
      CREATE TRIGGER partner_offers_insert_capacity AFTER INSERT ON partner_offers
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT
      EXECUTE FUNCTION waitlist_offers_inserted_capacity_trigger()`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER partner_offers_capacity AFTER UPDATE OF status ON partner_offers
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.status = 'PENDING')
      EXECUTE FUNCTION waitlist_offer_capacity_trigger()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS partner_offers_capacity ON partner_offers`);
    await q.query(`DROP TRIGGER IF EXISTS partner_offers_insert_capacity ON partner_offers`);
    await q.query(`DROP FUNCTION IF EXISTS waitlist_offers_inserted_capacity_trigger()`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER partner_offers_capacity AFTER INSERT OR UPDATE OF status ON partner_offers
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.status = 'PENDING')
      EXECUTE FUNCTION waitlist_offer_capacity_trigger()`);
  }
}
