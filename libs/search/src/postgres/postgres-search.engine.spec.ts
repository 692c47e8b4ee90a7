import type { DataSource } from 'typeorm';
import { validateSearchInput } from '../search-input';
import { PostgresSearchEngine } from './postgres-search.engine';

// Round trips are what a search costs on a fast database: a text search must take no more statements than it
// did before it ran on Tx (its opening with the planner setting, then the search; COMMIT after the answer).
function recordingDataSource() {
  const statements: string[] = [];
  const index = { generation: '1', total: 0 };
  let commit = () => undefined as void;
  const answer = (sql: string) => {
    statements.push(sql.replace(/\s+/g, ' ').trim());
    // A COMMIT that has not come back yet: the answer must not wait for it.
    if (sql === 'COMMIT') return new Promise<[]>((resolve) => (commit = () => resolve([])));
    const { generation, total } = index;
    if (sql.includes('FROM search_documents')) {
      return Promise.resolve([{ facets: null, total, hits: [], words: [], generation, vocabulary: '1' }]);
    }
    if (sql.includes('FROM search_words')) return Promise.resolve([{ vocabulary: '1', rows: null }]);
    if (sql.includes('search_index_state')) return Promise.resolve([{ generation, vocabulary: '1' }]);
    return Promise.resolve([]);
  };
  const runner = {
    connect: () => Promise.resolve(),
    release: () => Promise.resolve(),
    query: answer,
    manager: { query: answer },
  };
  const dataSource = { query: answer, createQueryRunner: () => runner } as unknown as DataSource;
  return { dataSource, statements, index, commit: () => commit() };
}

describe('PostgresSearchEngine round trips', () => {
  it('answers a text search after its typo look-up, one opening statement and the search', async () => {
    const { dataSource, statements, commit } = recordingDataSource();
    const engine = new PostgresSearchEngine(dataSource, { vocabularyCacheMs: 0 });
    const result = await engine.search(validateSearchInput({ query: 'waterstof' }));
    expect(result.total).toBe(0);
    expect(statements).toEqual([
      expect.stringContaining('FROM search_words'),
      "START TRANSACTION READ ONLY; SET LOCAL enable_seqscan = 'off'; SET LOCAL jit = 'off'",
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

describe('PostgresSearchEngine result cache', () => {
  const facetless = (input: Parameters<typeof validateSearchInput>[0]) => ({
    ...validateSearchInput(input),
    facets: false,
  });

  it('answers a search it answered at the current index generation with one small statement', async () => {
    const { dataSource, statements, index } = recordingDataSource();
    const engine = new PostgresSearchEngine(dataSource);
    index.total = 7;
    expect((await engine.search(facetless({ provinces: ['UTRECHT'] }))).total).toBe(7);
    index.total = 8; // what a new search would read; the generation says nothing changed
    statements.length = 0;
    expect((await engine.search(facetless({ provinces: ['UTRECHT'] }))).total).toBe(7);
    expect(statements).toEqual([
      expect.stringMatching(/^SELECT \(SELECT generation::text FROM search_index_state WHERE id\)/),
    ]);
  });

  it('searches again once the generation has moved on, and keeps the new result', async () => {
    const { dataSource, statements, index } = recordingDataSource();
    const engine = new PostgresSearchEngine(dataSource);
    index.total = 7;
    await engine.search(facetless({}));
    index.generation = '2';
    index.total = 8;
    expect((await engine.search(facetless({}))).total).toBe(8);
    statements.length = 0;
    expect((await engine.search(facetless({}))).total).toBe(8);
    expect(statements).toHaveLength(1);
  });

  it('keeps apart what differs and shares what only looks different', async () => {
    const { dataSource, statements } = recordingDataSource();
    const engine = new PostgresSearchEngine(dataSource, { vocabularyCacheMs: 0 });
    await engine.search(facetless({ query: 'Robotica', levels: ['HAVO', 'VWO'] }));
    statements.length = 0;
    // The same words folded, the same values in another order: the same search.
    await engine.search(facetless({ query: '  robotica ', levels: ['VWO', 'HAVO'] }));
    expect(statements).toHaveLength(1);
    const others: Array<Parameters<typeof validateSearchInput>[0]> = [
      { query: 'robotica', levels: ['VWO'] },
      { query: 'robotica', levels: ['HAVO', 'VWO'], page: 2 },
      { query: 'robotica', levels: ['HAVO', 'VWO'], near: { lat: 52, lon: 5 } },
    ];
    for (const other of others) {
      statements.length = 0;
      await engine.search(facetless(other));
      expect(statements.some((sql) => sql.includes('FROM search_documents'))).toBe(true);
    }
  });

  it('keeps nothing with resultCacheSize 0', async () => {
    const { dataSource, statements } = recordingDataSource();
    const engine = new PostgresSearchEngine(dataSource, { resultCacheSize: 0 });
    await engine.search(facetless({}));
    await engine.search(facetless({}));
    expect(statements.filter((sql) => sql.includes('FROM search_documents'))).toHaveLength(2);
  });
});
