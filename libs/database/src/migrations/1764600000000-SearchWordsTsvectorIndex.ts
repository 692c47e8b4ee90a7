import type { MigrationInterface, QueryRunner } from 'typeorm';

// The PostgreSQL engine highlights hits in Node: it marks the words of a hit's text that are vocabulary words
// matching a query term (stemmed, unaccented, as prefix), and finds those words with one lookup per search in
// this index instead of re-parsing every description of the page with ts_headline.
export class SearchWordsTsvectorIndex1764600000000 implements MigrationInterface {
  name = 'SearchWordsTsvectorIndex1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX search_words_tsvector_idx ON search_words USING gin (to_tsvector('dutch_unaccent'::regconfig, word))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS search_words_tsvector_idx`);
  }
}
