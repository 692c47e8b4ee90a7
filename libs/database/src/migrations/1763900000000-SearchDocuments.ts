import type { MigrationInterface, QueryRunner } from 'typeorm';

// The PostgreSQL search engine (libs/search): one denormalised row per searchable activity.
export class SearchDocuments1763900000000 implements MigrationInterface {
  name = 'SearchDocuments1763900000000';

  async up(q: QueryRunner): Promise<void> {
    // levenshtein() decides which vocabulary words are close enough to a misspelt query word.
    await q.query(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`);

    // Dutch stemming after unaccent, so that "bèta" and "beta" index and query alike.
    await q.query(`CREATE TEXT SEARCH CONFIGURATION dutch_unaccent (COPY = dutch)`);
    await q.query(`
      ALTER TEXT SEARCH CONFIGURATION dutch_unaccent
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem`);

    // Facet fields are bit masks (bit i = value i of FACET_VALUES in libs/search): filtering is one AND and
    // counting groups integers, about twice as fast as text arrays on 100,000 rows.
    await q.query(`
      CREATE TABLE search_documents (
        activity_id uuid PRIMARY KEY REFERENCES activities(id) ON DELETE CASCADE,
        document tsvector NOT NULL,
        province_bits integer NOT NULL,
        level_bits integer NOT NULL,
        type_bits integer NOT NULL,
        programme_bits integer NOT NULL,
        target_group_bits integer NOT NULL,
        theme_bits integer NOT NULL,
        delivery_bits integer NOT NULL,
        cost_euros numeric(9, 2) NOT NULL,
        starts_at timestamptz,
        average_rating double precision,
        review_count integer NOT NULL DEFAULT 0,
        published_at timestamptz,
        lat double precision NOT NULL,
        lon double precision NOT NULL,
        source_version timestamptz NOT NULL,
        indexed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX search_documents_document_idx ON search_documents USING gin (document)`);
    await q.query(
      `CREATE INDEX search_documents_earth_idx ON search_documents USING gist (ll_to_earth(lat, lon))`,
    );

    // The vocabulary of all indexed words (folded), for typo tolerance. C collation lets the primary key answer
    // "which words start with ..." as a range scan (prefixes, candidates with the same first letter).
    await q.query(`CREATE TABLE search_words (word text COLLATE "C" PRIMARY KEY)`);

    // How far the sweep job has looked at updated_at, per engine.
    await q.query(`
      CREATE TABLE search_sweep_state (
        engine text PRIMARY KEY,
        watermark timestamptz NOT NULL,
        swept_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS search_sweep_state`);
    await q.query(`DROP TABLE IF EXISTS search_words`);
    await q.query(`DROP TABLE IF EXISTS search_documents`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS dutch_unaccent`);
  }
}
