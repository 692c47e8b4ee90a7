import type { MigrationInterface, QueryRunner } from 'typeorm';

// A coordinator works in some provinces for some programmes; the access layer keeps them to their provinces.
// Coordinators created before keep working everywhere: they get every province. Other roles keep empty lists.
export class CoordinatorRegions1765000000500 implements MigrationInterface {
  name = 'CoordinatorRegions1765000000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN provinces text[] NOT NULL DEFAULT '{}',
        ADD COLUMN programmes text[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE users SET provinces = ARRAY['GRONINGEN', 'FRYSLAN', 'DRENTHE', 'OVERIJSSEL', 'FLEVOLAND',
        'GELDERLAND', 'UTRECHT', 'NOORD_HOLLAND', 'ZUID_HOLLAND', 'ZEELAND', 'NOORD_BRABANT', 'LIMBURG']
       WHERE role = 'COORDINATOR'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN provinces, DROP COLUMN programmes`);
  }
}
