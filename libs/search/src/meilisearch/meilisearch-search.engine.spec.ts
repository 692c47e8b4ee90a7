import { jest } from '@jest/globals';
import type { MultiSearchQuery } from 'meilisearch';
import type { DataSource } from 'typeorm';
import { MARK_END, MARK_START } from '../highlight';
import { validateSearchInput } from '../search-input';
import { SearchSort, type SearchRequest } from '../search.types';
import { MeilisearchSearchEngine } from './meilisearch-search.engine';

// The request the adapter sends and how it reads the answer, against a stubbed client (no server here; the
// shared suite in test/integration/search-engines runs the real thing when MEILI_URL is set).

// The defaults a client gets for an empty input, so the tests follow them.
function request(overrides: Partial<SearchRequest> = {}): SearchRequest {
  return { ...validateSearchInput({}), pageSize: 20, ...overrides };
}

// The database gives the Dutch stems of short query words; here the word itself, or a stem from `stems`.
function stemmingDataSource(stems: Record<string, string> = {}): DataSource {
  return {
    query: (_sql: string, [words]: [string[]]) =>
      Promise.resolve(words.map((word) => ({ word, stem: stems[word] ?? word }))),
  } as unknown as DataSource;
}

function engineAnswering(results: unknown[], stems: Record<string, string> = {}) {
  const engine = new MeilisearchSearchEngine(stemmingDataSource(stems), {
    host: 'http://meili.invalid',
    index: 'acts',
  });
  const multiSearch = jest.fn<(params: { queries: MultiSearchQuery[] }) => Promise<unknown>>();
  multiSearch.mockResolvedValue({ results });
  (engine as unknown as { client: { multiSearch: typeof multiSearch } }).client.multiSearch = multiSearch;
  return { engine, multiSearch };
}

describe('MeilisearchSearchEngine.search', () => {
  it('sends one multi-search: the page with all filters, and each filtered field without its own filter', async () => {
    const { engine, multiSearch } = engineAnswering([
      { hits: [], totalHits: 0, facetDistribution: {} },
      { hits: [], totalHits: 0, facetDistribution: {} },
      { hits: [], totalHits: 0, facetDistribution: {} },
    ]);
    await engine.search(
      request({
        query: 'Gastles énergie & |',
        filters: { provinces: ['NOORD_BRABANT'], themes: ['lucht- en ruimtevaart'] },
        point: { lat: 51.7, lon: 5.5 },
        radiusKm: 25,
        startsAfter: new Date('2026-09-01T00:00:00Z'),
        maxCostEuros: 0,
        sort: SearchSort.DISTANCE,
        page: 2,
      }),
    );
    const [main, provinces, themes] = multiSearch.mock.calls[0][0].queries;
    const common = [
      '_geoRadius(51.7, 5.5, 25000)',
      `startsAt >= ${Date.parse('2026-09-01T00:00:00Z')}`,
      'costEuros <= 0',
    ];
    expect(main).toMatchObject({
      indexUid: 'acts',
      q: 'gastles energie',
      matchingStrategy: 'all',
      filter: [...common, 'provinces IN ["NOORD_BRABANT"]', 'themes IN ["lucht- en ruimtevaart"]'],
      sort: ['_geoPoint(51.7, 5.5):asc'],
      page: 2,
      hitsPerPage: 20,
      facets: ['levels', 'type', 'programme', 'targetGroups', 'delivery'],
    });
    expect(provinces).toMatchObject({
      filter: [...common, 'themes IN ["lucht- en ruimtevaart"]'],
      facets: ['provinces'],
      hitsPerPage: 0,
    });
    expect(themes).toMatchObject({
      filter: [...common, 'provinces IN ["NOORD_BRABANT"]'],
      facets: ['themes'],
    });
  });

  it('reads totals, disjunctive facets, distances and escaped highlights from the answer', async () => {
    const { engine } = engineAnswering([
      {
        totalHits: 7,
        hits: [
          {
            id: 'a1',
            _geo: { lat: 51.765, lng: 5.518 },
            _formatted: { title: `${MARK_START}Gastles${MARK_END} <b>`, description: 'over energie' },
          },
        ],
        facetDistribution: { levels: { HAVO: 5, VWO: 2 }, type: { GUEST_LESSON: 7 } },
      },
      { totalHits: 12, hits: [], facetDistribution: { provinces: { NOORD_BRABANT: 7, UTRECHT: 5 } } },
    ]);
    const result = await engine.search(
      request({
        query: 'gastles',
        filters: { provinces: ['NOORD_BRABANT'] },
        point: { lat: 51.765, lon: 5.518 },
      }),
    );
    expect(result.total).toBe(7);
    expect(result.engine).toBe('meilisearch');
    expect(result.hits).toEqual([
      { activityId: 'a1', distanceKm: 0, highlight: '<mark>Gastles</mark> &lt;b&gt; — over energie' },
    ]);
    expect(result.facets.find((f) => f.field === 'provinces')?.values).toEqual([
      { value: 'NOORD_BRABANT', count: 7 },
      { value: 'UTRECHT', count: 5 },
    ]);
    expect(result.facets.find((f) => f.field === 'levels')?.values).toEqual([
      { value: 'HAVO', count: 5 },
      { value: 'VWO', count: 2 },
    ]);
    expect(result.facets.find((f) => f.field === 'types')?.values).toEqual([
      { value: 'GUEST_LESSON', count: 7 },
    ]);
  });

  it('sends short words as their Dutch stem, long ones as typed, and no prefix for a last word of one letter', async () => {
    const { engine, multiSearch } = engineAnswering([{ hits: [], totalHits: 0 }], {
      boten: 'bot',
      bouwen: 'bouw',
    });
    await engine.search(request({ query: 'Boten bouwen programmeren', facets: false }));
    await engine.search(request({ query: 'boten b', facets: false }));
    const [[first], [second]] = multiSearch.mock.calls.map((call) => call[0].queries);
    expect(first.q).toBe('bot bouw programmeren');
    expect(second.q).toBe('bot b ');
  });

  it('marks whole words, as PostgreSQL does', async () => {
    const { engine } = engineAnswering([
      {
        totalHits: 1,
        hits: [{ id: 'a1', _formatted: { title: `${MARK_START}Robo${MARK_END}tica`, description: '' } }],
      },
    ]);
    const result = await engine.search(request({ query: 'robo', facets: false }));
    expect(result.hits[0].highlight).toBe('<mark>Robotica</mark>');
  });

  it('browses newest first without a query and asks for no facets when none are wanted', async () => {
    const { engine, multiSearch } = engineAnswering([{ hits: [], totalHits: 0 }]);
    await engine.search(request({ facets: false }));
    const queries = multiSearch.mock.calls[0][0].queries;
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatchObject({ q: '', sort: ['publishedAt:desc'], facets: [] });
  });
});
