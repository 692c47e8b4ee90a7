import type { DataSource } from 'typeorm';
import { validateSearchInput } from '../search-input';
import { PostgresSearchEngine } from './postgres-search.engine';

// Round trips are what a search costs on a fast database: a text search must take no more statements than it
// did before it ran on Tx (its opening with the planner setting, then the search; COMMIT after the answer).
function recordingDataSource() {
  const statements: string[] = [];
  let commit = () => undefined as void;
  const answer = (sql: string) => {
    statements.push(sql.replace(/\s+/g, ' ').trim());
    // A COMMIT that has not come back yet: the answer must not wait for it.
    if (sql === 'COMMIT') return new Promise<[]>((resolve) => (commit = () => resolve([])));
    const search = sql.includes('FROM search_documents');
    return Promise.resolve(search ? [{ facets: [], total: 0, hits: [], words: [] }] : []);
  };
  const runner = {
    connect: () => Promise.resolve(),
    release: () => Promise.resolve(),
    query: answer,
    manager: { query: answer },
  };
  const dataSource = { query: answer, createQueryRunner: () => runner } as unknown as DataSource;
  return { dataSource, statements, commit: () => commit() };
}

describe('PostgresSearchEngine round trips', () => {
  it('answers a text search after its typo look-up, one opening statement and the search', async () => {
    const { dataSource, statements, commit } = recordingDataSource();
    const engine = new PostgresSearchEngine(dataSource, { vocabularyCacheMs: 0 });
    const result = await engine.search(validateSearchInput({ query: 'waterstof' }));
    expect(result.total).toBe(0);
    expect(statements).toEqual([
      expect.stringContaining('FROM search_words'),
      "START TRANSACTION READ ONLY; SET LOCAL enable_seqscan = 'off'",
      expect.stringContaining('FROM search_documents'),
      'COMMIT',
    ]);
    commit();
  });

  it('answers a search without text in one statement, outside any transaction', async () => {
    const { dataSource, statements } = recordingDataSource();
    await new PostgresSearchEngine(dataSource).search(validateSearchInput({}));
    expect(statements).toHaveLength(1);
    expect(statements[0]).not.toMatch(/TRANSACTION|BEGIN/);
  });
});
