import type { MigrationInterface, QueryRunner } from 'typeorm';

// Offers are made in batches: a transaction that may free a slot (more capacity, a decline, an expiry, a
// withdrawal) marks its capacity row with offers_requested_at, in the same transaction; the offer job claims many
// marked rows at once (FOR NO KEY UPDATE SKIP LOCKED), makes their offers set-based and clears the mark. The mark
// is the durable request: a lost job only delays it until the next job or reconcile.
export class WaitlistOfferRequests1764200000000 implements MigrationInterface {
  name = 'WaitlistOfferRequests1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE partner_capacity ADD COLUMN offers_requested_at timestamptz`);
    await q.query(`
      CREATE INDEX partner_capacity_offers_requested_idx
      ON partner_capacity (programme, offers_requested_at, location_id) WHERE offers_requested_at IS NOT NULL`);
    // Offer jobs queued before this migration carry no mark: mark every row with a free slot.
    await q.query(`
      UPDATE partner_capacity c SET offers_requested_at = now()
       WHERE c.slots > (SELECT count(*) FROM waitlist_entries e
                         WHERE e.placed_location_id = c.location_id AND e.programme = c.programme
                           AND e.status = 'PLACED')
                     + (SELECT count(*) FROM partner_offers o
                         WHERE o.location_id = c.location_id AND o.programme = c.programme
                           AND o.status = 'PENDING')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS partner_capacity_offers_requested_idx`);
    await q.query(`ALTER TABLE partner_capacity DROP COLUMN IF EXISTS offers_requested_at`);
  }
}
