import type { MigrationInterface, QueryRunner } from 'typeorm';

// The GiST index on ll_to_earth(lat, lon) of `schools` cost most of a registry import (about 20 ms of every
// 1,000 rows written) and served one query, the provinces a supply offer reaches, which a latitude/longitude
// box answers from a scan of the few thousand school rows just as fast.
export class SchoolsWithoutEarthIndex1764150000000 implements MigrationInterface {
  name = 'SchoolsWithoutEarthIndex1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS schools_earth_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX schools_earth_idx ON schools USING gist (ll_to_earth(lat, lon))`);
  }
}
