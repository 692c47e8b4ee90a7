import type { MigrationInterface, QueryRunner } from 'typeorm';

// Finding a school by name or place, typo-tolerant and accent-blind. Each school keeps the lower-case, unaccented
// words of its name, place and municipality in a generated column (so every import, COPY or upsert keeps them
// right), and `school_words` holds every distinct such word once, with a trigram index: a query word is compared
// with some 7,000 short words instead of with the text of every school (word_similarity costs tens of
// microseconds per text, so a common word such as "basisschool" cost 3,000 comparisons), and the schools are then
// found by exact word (a GIN index on the words of each school). Statement triggers add the words of inserted and
// updated schools; a word no school uses any more stays and finds nothing. unaccent() is only STABLE (it reads its dictionary by search_path), so the
// generated column needs a wrapper that names the dictionary and is declared IMMUTABLE.
export class SchoolSearch1765000000000 implements MigrationInterface {
  name = 'SchoolSearch1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION unaccent_lower(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`);
    await q.query(`
      CREATE FUNCTION school_search_words(name text, city text, municipality text) RETURNS text[]
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT array_remove(
          regexp_split_to_array(unaccent_lower(name || ' ' || city || ' ' || municipality), '[^[:alnum:]]+'), ''
        ) $$`);
    await q.query(`
      ALTER TABLE schools ADD COLUMN search_words text[]
        GENERATED ALWAYS AS (school_search_words(name, city, municipality)) STORED`);
    await q.query(`CREATE INDEX schools_search_words_idx ON schools USING gin (search_words)`);
    await q.query(`CREATE TABLE school_words (word text PRIMARY KEY)`);
    await q.query(`CREATE INDEX school_words_trgm_idx ON school_words USING gin (word gin_trgm_ops)`);
    await q.query(`
      CREATE FUNCTION school_words_collect() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO school_words (word)
        SELECT DISTINCT unnest(search_words) FROM changed_schools
        ON CONFLICT DO NOTHING;
        -- GIN queues new entries in a pending list that every search reads row by row until a vacuum merges it,
        -- minutes later: merge it now, in bulk (an import adds thousands of entries at once).
        PERFORM gin_clean_pending_list('schools_search_words_idx'::regclass);
        PERFORM gin_clean_pending_list('school_words_trgm_idx'::regclass);
        RETURN NULL;
      END $$`);
    // One trigger per event: PostgreSQL allows a transition table only on a single-event trigger.
    for (const event of ['INSERT', 'UPDATE']) {
      await q.query(`
        CREATE TRIGGER schools_words_${event.toLowerCase()} AFTER ${event} ON schools
          REFERENCING NEW TABLE AS changed_schools
          FOR EACH STATEMENT EXECUTE FUNCTION school_words_collect()`);
    }
    await q.query(
      `INSERT INTO school_words (word) SELECT DISTINCT unnest(search_words) FROM schools ON CONFLICT DO NOTHING`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS schools_words_insert ON schools`);
    await q.query(`DROP TRIGGER IF EXISTS schools_words_update ON schools`);
    await q.query(`DROP FUNCTION IF EXISTS school_words_collect()`);
    await q.query(`DROP TABLE IF EXISTS school_words`);
    await q.query(`DROP INDEX IF EXISTS schools_search_words_idx`);
    await q.query(`ALTER TABLE schools DROP COLUMN IF EXISTS search_words`);
    await q.query(`DROP FUNCTION IF EXISTS school_search_words(text, text, text)`);
    await q.query(`DROP FUNCTION IF EXISTS unaccent_lower(text)`);
  }
}
