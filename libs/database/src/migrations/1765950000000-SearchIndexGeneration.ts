import type { MigrationInterface, QueryRunner } from 'typeorm';

// The PostgreSQL engine keeps search results in memory (libs/search), valid only for the index they were read
// from. `generation` names that index: statement triggers raise it in the transaction of every write to the
// documents or the vocabulary that changed a row (the reindex raises it at its swap), so a search that reads it
// after the commit knows at once that a result read before is old. `vocabulary` is raised only when words come
// or go: the typo corrections the engine keeps stay valid through the many edits that bring no new word. One
// row, updated by writers that the facet-count lock serialises already.
export class SearchIndexGeneration1765950000000 implements MigrationInterface {
  name = 'SearchIndexGeneration1765950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_index_state (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        generation bigint NOT NULL,
        vocabulary bigint NOT NULL
      )`);
    await q.query(`INSERT INTO search_index_state (id, generation, vocabulary) VALUES (true, 1, 1)`);
    // Only when the statement changed rows: the engine's upsert skips unchanged documents, and the sweep's
    // statements mostly change nothing.
    await q.query(`
      CREATE FUNCTION search_index_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM changed_rows) THEN
          RETURN NULL;
        END IF;
        IF TG_TABLE_NAME = 'search_words' THEN
          UPDATE search_index_state SET generation = generation + 1, vocabulary = vocabulary + 1 WHERE id;
        ELSE
          UPDATE search_index_state SET generation = generation + 1 WHERE id;
        END IF;
        RETURN NULL;
      END $$`);
    // Named after the facet-count triggers, so they fire after them (same table, same event: by name): a writer
    // takes the facet-count lock before this row's.
    for (const table of ['search_documents', 'search_words']) {
      await q.query(`
        CREATE TRIGGER search_index_generation_insert AFTER INSERT ON ${table}
        REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_generation_bump()`);
      await q.query(`
        CREATE TRIGGER search_index_generation_update AFTER UPDATE ON ${table}
        REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_generation_bump()`);
      await q.query(`
        CREATE TRIGGER search_index_generation_delete AFTER DELETE ON ${table}
        REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_index_generation_bump()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['search_documents', 'search_words']) {
      for (const event of ['insert', 'update', 'delete']) {
        await q.query(`DROP TRIGGER IF EXISTS search_index_generation_${event} ON ${table}`);
      }
    }
    await q.query(`DROP FUNCTION IF EXISTS search_index_generation_bump()`);
    await q.query(`DROP TABLE IF EXISTS search_index_state`);
  }
}
