import { DomainError } from '@app/core';
import { parseSchoolQuery, schoolSearchLimit } from './school-search-query';

const reasonOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof DomainError ? error.reason : error;
  }
  return undefined;
};

describe('parseSchoolQuery', () => {
  it('splits on anything but letters and digits, keeping accents for the database to fold', () => {
    expect(parseSchoolQuery('  Het Hooghuis (Oss)  ').words).toEqual(['het', 'hooghuis', 'oss']);
    expect(parseSchoolQuery('Skoalle De Dúnwizer').words).toEqual(['skoalle', 'de', 'dúnwizer']);
  });

  it('joins a postcode typed with a space and tells codes, BRINs, postcodes and areas apart', () => {
    expect(parseSchoolQuery('5341 gd')).toMatchObject({
      words: [],
      postcodes: ['5341GD'],
      areas: [],
    });
    expect(parseSchoolQuery('hooghuis 5342')).toMatchObject({
      words: ['hooghuis'],
      areas: ['5342'],
      brins: [],
    });
    expect(parseSchoolQuery('19xh00')).toMatchObject({ words: [], codes: ['19XH00'], brins: [] });
    expect(parseSchoolQuery('19xh')).toMatchObject({ codes: [], brins: ['19XH'] });
  });

  it('drops one-letter words beside longer ones, and repeated words', () => {
    expect(parseSchoolQuery("'t Startblok startblok").words).toEqual(['startblok']);
    expect(parseSchoolQuery('a b').words).toEqual(['a', 'b']);
  });

  it('refuses empty, one-character and over-long queries', () => {
    expect(reasonOf(() => parseSchoolQuery(' ... '))).toBe('SCHOOL_QUERY_EMPTY');
    expect(reasonOf(() => parseSchoolQuery('a'))).toBe('SCHOOL_QUERY_TOO_SHORT');
    expect(reasonOf(() => parseSchoolQuery('a'.repeat(101)))).toBe('SCHOOL_QUERY_TOO_LONG');
    expect(reasonOf(() => parseSchoolQuery('a'.repeat(100)))).toBeUndefined();
  });
});

describe('schoolSearchLimit', () => {
  it('is 10 by default and 1 to 50 when asked', () => {
    expect(schoolSearchLimit(undefined)).toBe(10);
    expect(schoolSearchLimit(null)).toBe(10);
    expect(schoolSearchLimit(50)).toBe(50);
    for (const bad of [0, 51, -1, 2.5]) {
      expect(reasonOf(() => schoolSearchLimit(bad))).toBe('SCHOOL_SEARCH_FIRST_OUT_OF_RANGE');
    }
  });
});
