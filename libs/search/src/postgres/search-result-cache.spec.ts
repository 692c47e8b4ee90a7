import { SearchResultCache, copyResult } from './search-result-cache';

const result = (total: number) => ({
  total,
  page: 1,
  pageSize: 20,
  hits: [{ activityId: 'a', distanceKm: null, highlight: null }],
  facets: [{ field: 'levels' as const, values: [{ value: 'HAVO', count: total }] }],
  engine: 'postgres' as const,
  markWords: null,
});

describe('SearchResultCache', () => {
  it('drops the least recently used entry when full', () => {
    const cache = new SearchResultCache(2);
    cache.set('a', '1', result(1));
    cache.set('b', '1', result(2));
    expect(cache.get('a')?.result.total).toBe(1); // a is now the most recently used
    cache.set('c', '1', result(3));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.generation).toBe('1');
    expect(cache.get('c')?.result.total).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('gives copies that a caller may change', () => {
    const original = result(5);
    const copy = copyResult(original);
    copy.hits.pop();
    copy.facets[0].values[0].count = 0;
    expect(original.hits).toHaveLength(1);
    expect(original.facets[0].values[0].count).toBe(5);
  });
});
