import type { MigrationInterface, QueryRunner } from 'typeorm';

const MASKS = `province_bits, level_bits, type_bits, programme_bits, target_group_bits, theme_bits, delivery_bits`;
const KEY_MATCH = MASKS.split(', ')
  .map((column) => `c.${column} = o.${column}`)
  .join(' AND ');

// Documents per combination that an UPDATE adds (n > 0) or takes away (n < 0).
const DELTA = `SELECT ${MASKS}, sum(delta)::int AS n
                 FROM (SELECT ${MASKS}, 1 AS delta FROM new_rows UNION ALL SELECT ${MASKS}, -1 FROM old_rows) d
                GROUP BY ${MASKS} HAVING sum(delta) <> 0`;

// A search without text, radius, dates or cost counted its facets over every row of the covering index (80,000
// index tuples and three hash groupings: ~27 ms of CPU, the slowest tenth of the benchmark). The documents share
// far fewer combinations of facet masks (~28,500 on 100,000 activities), so the same grouping over the number of
// documents per combination gives the same counts. Statement triggers keep it exact in the transaction of every
// write to search_documents (upserts, deletes, cascades from activities); the reindex rebuilds it at its swap.
export class SearchFacetCounts1764500000000 implements MigrationInterface {
  name = 'SearchFacetCounts1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_facet_counts (
        province_bits integer NOT NULL,
        level_bits integer NOT NULL,
        type_bits integer NOT NULL,
        programme_bits integer NOT NULL,
        target_group_bits integer NOT NULL,
        theme_bits integer NOT NULL,
        delivery_bits integer NOT NULL,
        documents integer NOT NULL CHECK (documents >= 0),
        PRIMARY KEY (${MASKS})
      )`);
    // One writer at a time holds the counts until it commits (an upsert fires both its INSERT and its UPDATE
    // trigger, a sync also deletes: without the lock two writers could take the same rows in opposite orders).
    // Combinations that drop to zero are deleted; a negative count would break the CHECK, never go unnoticed.
    await q.query(`
      CREATE FUNCTION search_facet_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('search_facet_counts'));
        IF TG_OP = 'INSERT' THEN
          INSERT INTO search_facet_counts AS c (${MASKS}, documents)
          SELECT ${MASKS}, count(*) FROM new_rows GROUP BY ${MASKS} ORDER BY ${MASKS}
          ON CONFLICT (${MASKS}) DO UPDATE SET documents = c.documents + excluded.documents;
        ELSIF TG_OP = 'UPDATE' THEN
          -- Only the combinations whose count changes (most syncs change no mask). Decrements first and
          -- apart: an upsert checks the proposed row (a negative count) before it finds the conflict.
          UPDATE search_facet_counts c SET documents = c.documents + o.n
            FROM (${DELTA}) o
           WHERE ${KEY_MATCH} AND o.n < 0;
          INSERT INTO search_facet_counts AS c (${MASKS}, documents)
          SELECT ${MASKS}, n FROM (${DELTA}) o WHERE o.n > 0 ORDER BY ${MASKS}
          ON CONFLICT (${MASKS}) DO UPDATE SET documents = c.documents + excluded.documents;
          DELETE FROM search_facet_counts c USING (SELECT DISTINCT ${MASKS} FROM old_rows) o
           WHERE ${KEY_MATCH} AND c.documents = 0;
        ELSE
          UPDATE search_facet_counts c SET documents = c.documents - o.n
            FROM (SELECT ${MASKS}, count(*) AS n FROM old_rows GROUP BY ${MASKS}) o
           WHERE ${KEY_MATCH};
          DELETE FROM search_facet_counts c USING (SELECT DISTINCT ${MASKS} FROM old_rows) o
           WHERE ${KEY_MATCH} AND c.documents = 0;
        END IF;
        RETURN NULL;
      END $$`);
    // Transition tables allow one event per trigger. The reindex copies these to the table it builds.
    await q.query(`
      CREATE TRIGGER search_facet_counts_insert AFTER INSERT ON search_documents
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply()`);
    await q.query(`
      CREATE TRIGGER search_facet_counts_update AFTER UPDATE ON search_documents
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply()`);
    await q.query(`
      CREATE TRIGGER search_facet_counts_delete AFTER DELETE ON search_documents
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply()`);
    await q.query(`
      INSERT INTO search_facet_counts (${MASKS}, documents)
      SELECT ${MASKS}, count(*) FROM search_documents GROUP BY ${MASKS}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS search_facet_counts_delete ON search_documents`);
    await q.query(`DROP TRIGGER IF EXISTS search_facet_counts_update ON search_documents`);
    await q.query(`DROP TRIGGER IF EXISTS search_facet_counts_insert ON search_documents`);
    await q.query(`DROP FUNCTION IF EXISTS search_facet_counts_apply()`);
    await q.query(`DROP TABLE IF EXISTS search_facet_counts`);
  }
}
