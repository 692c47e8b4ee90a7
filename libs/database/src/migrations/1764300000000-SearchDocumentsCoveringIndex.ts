import type { MigrationInterface, QueryRunner } from 'typeorm';

// Searches without text read every document's facet masks and filter columns, but never its tsvector (~1 kB of
// the ~1.1 kB row): a covering index in the newest-first order holds exactly those columns in ~10 MB instead of
// the table's ~90 MB. It answers them with index-only scans, and the first page of "newest first" straight from
// its order. The reindex copies it from the catalog like the other indexes.
export class SearchDocumentsCoveringIndex1764300000000 implements MigrationInterface {
  name = 'SearchDocumentsCoveringIndex1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX search_documents_facets_idx ON search_documents (published_at DESC NULLS LAST, activity_id)
      INCLUDE (province_bits, level_bits, type_bits, programme_bits, target_group_bits, theme_bits,
               delivery_bits, cost_euros, starts_at, average_rating, review_count, lat, lon)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS search_documents_facets_idx`);
  }
}
