import type { MigrationInterface, QueryRunner } from 'typeorm';

// Finding a school by name, place, postcode or vestigingscode, typo-tolerant and accent-blind: one lower-case,
// unaccented text per school, kept by PostgreSQL itself (a generated column, so every import, COPY or upsert keeps
// it right), with a trigram index for word_similarity. unaccent() is only STABLE (it reads its dictionary by
// search_path), so a generated column needs a wrapper that names the dictionary and is declared IMMUTABLE.
export class SchoolSearch1765000000000 implements MigrationInterface {
  name = 'SchoolSearch1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION unaccent_lower(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`);
    await q.query(`
      ALTER TABLE schools ADD COLUMN search_text text GENERATED ALWAYS AS (
        unaccent_lower(name || ' ' || city || ' ' || municipality || ' ' || coalesce(postcode, '') || ' ' || vestigingscode)
      ) STORED`);
    await q.query(`CREATE INDEX schools_search_text_idx ON schools USING gin (search_text gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS schools_search_text_idx`);
    await q.query(`ALTER TABLE schools DROP COLUMN IF EXISTS search_text`);
    await q.query(`DROP FUNCTION IF EXISTS unaccent_lower(text)`);
  }
}
