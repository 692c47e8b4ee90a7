import { BadInputException } from '@app/core';
import { validateSearchInput, type SearchInput } from './search-input';
import { SearchSort } from './search.types';

function fieldOf(input: SearchInput): string | undefined {
  try {
    validateSearchInput(input);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(BadInputException);
    return (error as BadInputException).details?.field as string;
  }
}

describe('validateSearchInput', () => {
  it('applies defaults: page 1 of 20, relevance, no filters', () => {
    expect(validateSearchInput({})).toEqual({
      query: null,
      filters: {},
      point: null,
      radiusKm: null,
      startsAfter: null,
      startsBefore: null,
      maxCostEuros: null,
      sort: SearchSort.RELEVANCE,
      page: 1,
      pageSize: 20,
      facets: true,
    });
  });

  it.each<[string, SearchInput, string]>([
    ['pageSize above 100', { pageSize: 101 }, 'pageSize'],
    ['pageSize 0', { pageSize: 0 }, 'pageSize'],
    ['a negative page', { page: -1 }, 'page'],
    ['page 0', { page: 0 }, 'page'],
    ['a page beyond the result window', { page: 501, pageSize: 20 }, 'page'],
    ['a negative radius', { near: { lat: 52, lon: 5 }, radiusKm: -5 }, 'radiusKm'],
    ['a huge radius', { near: { lat: 52, lon: 5 }, radiusKm: 5000 }, 'radiusKm'],
    ['a radius of 0', { near: { lat: 52, lon: 5 }, radiusKm: 0 }, 'radiusKm'],
    ['a radius without a point', { radiusKm: 10 }, 'radiusKm'],
    ['near and nearSchool together', { near: { lat: 52, lon: 5 }, nearSchool: '00AA00' }, 'nearSchool'],
    ['a latitude off the earth', { near: { lat: 91, lon: 5 } }, 'near'],
    [
      'startsBefore before startsAfter',
      { startsAfter: new Date('2026-10-01'), startsBefore: new Date('2026-09-01') },
      'startsBefore',
    ],
    ['a query longer than 200 characters', { query: 'x'.repeat(201) }, 'query'],
    ['a negative cost', { maxCostEuros: -1 }, 'maxCostEuros'],
    ['sorting by distance without a point', { sort: SearchSort.DISTANCE }, 'sort'],
    ['an unknown theme', { themes: ['sterrenkunde'] }, 'themes'],
    ['an unknown province', { provinces: ['BRABANT'] }, 'provinces'],
  ])('rejects %s', (_, input, field) => {
    expect(fieldOf(input)).toBe(field);
  });

  it('accepts the edges', () => {
    expect(fieldOf({ pageSize: 100, page: 100 })).toBeUndefined();
    expect(fieldOf({ nearSchool: '00AA00', radiusKm: 300, sort: SearchSort.DISTANCE })).toBeUndefined();
    expect(fieldOf({ query: 'x'.repeat(200) })).toBeUndefined();
    const day = new Date('2026-10-01');
    expect(fieldOf({ startsAfter: day, startsBefore: day, maxCostEuros: 0 })).toBeUndefined();
  });

  it('normalises themes and removes duplicate filter values', () => {
    const request = validateSearchInput({
      themes: ['Energie', 'energie'],
      provinces: ['UTRECHT', 'UTRECHT'],
    });
    expect(request.filters).toEqual({ themes: ['energie'], provinces: ['UTRECHT'] });
  });
});
