import { jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { ActivityEntity, CompanyEntity, CompanyLocationEntity, SchoolEntity } from '@app/catalogue';
import { Tx, dataSourceOptions } from '@app/database';
import { PostgresSearchEngine, validateSearchInput, type SearchInput, type SearchResult } from '@app/search';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { createSearchFixture, type Fixture } from '../utils/search-fixture';

// The PostgreSQL engine answers a search it answered before from memory while the index generation is the same.
// A change to the index must show in the very next search, also in another api instance (another engine, with a
// cache of its own): here `writer` changes the index as the jobs and use cases do, and `reader`, which has just
// cached the old answer, searches at once, without waiting or polling.
describe('search result cache', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let fixture: Fixture;
  let writer: PostgresSearchEngine;
  let reader: PostgresSearchEngine;

  const search = (engine: PostgresSearchEngine, input: SearchInput) =>
    engine.search({ ...validateSearchInput(input), facets: true });
  const keysOf = (result: SearchResult) =>
    result.hits.map((hit) => fixture.keyOf.get(hit.activityId) ?? hit.activityId).sort();
  const countOf = (result: SearchResult, field: string, value: string) =>
    result.facets.find((facet) => facet.field === field)?.values.find((v) => v.value === value)?.count ?? 0;
  // Statements that searched the documents (and not just read the generation).
  const searchesIn = (spy: { mock: { calls: unknown[][] } }) =>
    spy.mock.calls.filter(([sql]) => String(sql).includes('FROM search_documents')).length;
  // As the api: search, and search again so that the answer comes from the cache.
  const cached = async (input: SearchInput) => {
    const first = await search(reader, input);
    const spy = jest.spyOn(ds, 'query');
    // A text search runs in a transaction of its own, on a query runner of its own.
    const transactions = jest.spyOn(ds, 'createQueryRunner');
    try {
      expect(await search(reader, input)).toEqual(first);
      expect(searchesIn(spy)).toBe(0);
      expect(spy).toHaveBeenCalledTimes(1); // the generation
      expect(transactions).toHaveBeenCalledTimes(1); // the generation's (DataSource.query takes one too)
    } finally {
      spy.mockRestore();
      transactions.mockRestore();
    }
    return first;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = new DataSource(
      dataSourceOptions(db.url, {
        entities: [SchoolEntity, CompanyEntity, CompanyLocationEntity, ActivityEntity],
        extra: { max: 4 },
      }),
    );
    await ds.initialize();
    fixture = await createSearchFixture(ds);
    writer = new PostgresSearchEngine(ds);
    reader = new PostgresSearchEngine(ds);
    await writer.reindex();
  });

  afterAll(async () => {
    await reader?.close();
    await writer?.close();
    await ds?.destroy();
    await db?.drop();
  });

  it('answers a repeated search from memory, and the same as a search without it', async () => {
    const input = { query: 'gastles', levels: ['HAVO'] } as SearchInput;
    const answer = await cached(input);
    expect(answer.total).toBeGreaterThan(0);
    const uncached = new PostgresSearchEngine(ds, { resultCacheSize: 0 });
    expect(await search(uncached, input)).toEqual(answer);
  });

  it('finds an edited activity by its new words at once', async () => {
    const id = fixture.ids.drones;
    expect(keysOf(await cached({ query: 'tulpenvelden' }))).toEqual([]);
    await ds.query(
      `UPDATE activities SET title = 'Gastles drones boven de tulpenvelden', updated_at = now() WHERE id = $1`,
      [id],
    );
    await writer.sync([id]); // the index job of the edit
    expect(keysOf(await search(reader, { query: 'tulpenvelden' }))).toEqual(['drones']);
  });

  it('finds a misspelling of a word that a publication brings into the vocabulary at once', async () => {
    // The typo corrections are cached too: "kaasmakrij" had none before the publication.
    expect(keysOf(await cached({ query: 'kaasmakrij' }))).toEqual([]);
    const id = fixture.ids.concept;
    await ds.query(
      `UPDATE activities SET status = 'PUBLISHED', published_at = now(), title = 'Gastles in de kaasmakerij',
              updated_at = now() WHERE id = $1`,
      [id],
    );
    await writer.sync([id]);
    expect(keysOf(await search(reader, { query: 'kaasmakrij' }))).toEqual(['concept']);
  });

  it('keeps its typo corrections through an edit that brings no new word, and searches anew', async () => {
    const id = fixture.ids.energietransitie;
    const before = await cached({ query: 'ingenieuur' });
    expect(keysOf(before)).toContain('energietransitie');
    // Words the vocabulary has: the documents change, the vocabulary does not.
    await ds.query(
      `UPDATE activities SET description = description || ' Windmolens.', updated_at = now() WHERE id = $1`,
      [id],
    );
    expect(await writer.sync([id])).toEqual({ upserted: 1, removed: 0 });
    const spy = jest.spyOn(ds, 'query');
    try {
      expect(keysOf(await search(reader, { query: 'ingenieuur' }))).toContain('energietransitie');
      expect(spy.mock.calls.filter(([sql]) => String(sql).includes('levenshtein'))).toHaveLength(0);
      // ... while the documents were searched anew (the edit changed the index): no stale cached answer.
      expect(searchesIn(spy)).toBeGreaterThan(0);
    } finally {
      spy.mockRestore();
    }
  });

  it('drops an unpublished activity, from hits, total and facets, as soon as its transaction commits', async () => {
    const id = fixture.ids.zonneboot;
    const before = await cached({ provinces: ['NOORD_BRABANT'] });
    expect(keysOf(before)).toContain('zonneboot');
    // As the unpublish use case: the status and the index in one transaction.
    await Tx.run(ds, async (tx) => {
      await tx.query(`UPDATE activities SET status = 'ARCHIVED', updated_at = now() WHERE id = $1`, [id]);
      await writer.dropUnsearchable(tx, { activityIds: [id] });
    });
    const after = await search(reader, { provinces: ['NOORD_BRABANT'] });
    expect(keysOf(after)).not.toContain('zonneboot');
    expect(after.total).toBe(before.total - 1);
    expect(countOf(after, 'themes', 'energie')).toBe(countOf(before, 'themes', 'energie') - 1);
  });

  it('shows a republished activity and its facet counts at once', async () => {
    const id = fixture.ids.zonneboot;
    const before = await cached({ provinces: ['NOORD_BRABANT'] });
    expect(keysOf(before)).not.toContain('zonneboot');
    await ds.query(`UPDATE activities SET status = 'PUBLISHED', updated_at = now() WHERE id = $1`, [id]);
    await writer.sync([id]); // the index job of the publication
    const after = await search(reader, { provinces: ['NOORD_BRABANT'] });
    expect(keysOf(after)).toContain('zonneboot');
    expect(after.total).toBe(before.total + 1);
  });

  it('answers from the new index at once after a reindex', async () => {
    const before = await cached({ query: 'zeppelin' });
    expect(before.total).toBe(0);
    // A change that no job synced: only the reindex brings it in.
    await ds.query(
      `UPDATE activities SET title = 'Gastles zeppelin bouwen', updated_at = now() WHERE id = $1`,
      [fixture.ids.drones],
    );
    await writer.reindex();
    expect(keysOf(await search(reader, { query: 'zeppelin' }))).toEqual(['drones']);
  });

  it('leaves the generation alone when a sync changes nothing (the sweep)', async () => {
    const generation = async () =>
      (await ds.query<Array<{ g: string }>>(`SELECT generation::text AS g FROM search_index_state`))[0].g;
    const before = await generation();
    await writer.sync(Object.values(fixture.ids));
    expect(await generation()).toBe(before);
    await cached({ query: 'gastles' });
  });
});
