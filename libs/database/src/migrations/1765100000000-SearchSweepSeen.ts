import type { MigrationInterface, QueryRunner } from 'typeorm';

// What the last search sweep saw: every transaction below this id had ended when it looked, so a row that such a
// transaction wrote was synced already; the next sweep's look-back (for late commits) skips those rows. Null
// means nothing is known (no sweep yet, or the last one stopped at its limit).
export class SearchSweepSeen1765100000000 implements MigrationInterface {
  name = 'SearchSweepSeen1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_sweep_state ADD COLUMN seen_xmin xid8`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_sweep_state DROP COLUMN seen_xmin`);
  }
}
