// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  amsterdamDayBoundary,
  chipsOf,
  dropCandidates,
  filtersOf,
  parseDay,
  searchInputOf,
  toParams,
  validateSearchParams,
  withoutCandidate,
  withoutChip,
} from './search-state';

describe('search URL ↔ filters', () => {
  it('reads a shared link into typed filters and writes the same link back', () => {
    const url = {
      tekst: 'gastles energi',
      provincie: 'noord-brabant,utrecht',
      niveau: 'havo',
      thema: 'ICT en programmeren,energie',
      gratis: true,
      vanaf: '2026-09-01',
      sortering: 'datum',
      pagina: 2,
      weergave: 'kaart',
    };
    const filters = filtersOf(url);
    expect(filters).toMatchObject({
      query: 'gastles energi',
      facets: {
        provinces: ['NOORD_BRABANT', 'UTRECHT'],
        levels: ['HAVO'],
        themes: ['energie', 'ICT en programmeren'],
        types: [],
      },
      freeOnly: true,
      startsAfter: '2026-09-01',
      startsBefore: null,
      sort: 'START_DATE',
      page: 2,
      view: 'map',
    });
    // Values come back in the page's fixed order, so equal searches have equal URLs.
    expect(toParams(filters)).toEqual({ ...url, thema: 'energie,ict en programmeren' });
    expect(filtersOf({ ...toParams(filters) })).toEqual(filters);
  });

  it('leaves defaults out: the plain search is a plain URL', () => {
    expect(validateSearchParams({})).toEqual({});
    expect(validateSearchParams({ pagina: 1, tekst: '  ', sortering: 'relevantie' })).toEqual({});
  });

  it('drops what it does not understand instead of failing', () => {
    expect(
      validateSearchParams({
        provincie: 'noord-brabant,atlantis',
        niveau: 42,
        pagina: -3,
        vanaf: '2026-02-30',
        tot: 'gisteren',
        sortering: 'willekeurig',
        weergave: 'tabel',
        onbekend: 'x',
      }),
    ).toEqual({ provincie: 'noord-brabant' });
  });

  it('accepts the enum names as well as the URL spelling, and reads a numeric text as text', () => {
    expect(filtersOf({ provincie: 'NOORD_BRABANT', niveau: 'VMBO_TL' }).facets).toMatchObject({
      provinces: ['NOORD_BRABANT'],
      levels: ['VMBO_TL'],
    });
    expect(filtersOf({ tekst: 2026 }).query).toBe('2026');
  });

  it('keeps a radius and the distance order only with "from my school"', () => {
    expect(validateSearchParams({ straal: 25, sortering: 'afstand' })).toEqual({});
    expect(validateSearchParams({ school: true, straal: 25, sortering: 'afstand' })).toEqual({
      school: true,
      straal: 25,
      sortering: 'afstand',
    });
    expect(validateSearchParams({ school: true, straal: 500 })).toEqual({ school: true });
  });

  it('swaps a period given backwards', () => {
    expect(filtersOf({ vanaf: '2026-12-01', tot: '2026-09-01' })).toMatchObject({
      startsAfter: '2026-09-01',
      startsBefore: '2026-12-01',
    });
  });

  it('accepts only real days in the api’s range', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(parseDay('2026-02-28', now)).toBe('2026-02-28');
    expect(parseDay('2026-02-29', now)).toBeNull();
    expect(parseDay('2014-12-31', now)).toBeNull();
    expect(parseDay('2037-01-01', now)).toBeNull();
    expect(parseDay('1-1-2026', now)).toBeNull();
  });
});

describe('search input', () => {
  it('asks the api for exactly what the filters say', () => {
    const filters = filtersOf({
      tekst: ' gastles energi ',
      provincie: 'noord-brabant',
      niveau: 'havo',
      gratis: true,
      vanaf: '2026-07-01',
      tot: '2026-12-31',
      pagina: 3,
    });
    expect(searchInputOf(filters, null)).toEqual({
      query: 'gastles energi',
      provinces: ['NOORD_BRABANT'],
      levels: ['HAVO'],
      maxCostEuros: 0,
      // Days in Dutch time: summer time in July, winter time in December.
      startsAfter: '2026-06-30T22:00:00.000Z',
      startsBefore: '2026-12-31T22:59:59.999Z',
      page: 3,
      pageSize: 20,
    });
  });

  it('measures from the teacher’s school only when there is one', () => {
    const filters = filtersOf({ school: true, straal: 10, sortering: 'afstand' });
    expect(searchInputOf(filters, '01AB00')).toEqual({
      nearSchool: '01AB00',
      radiusKm: 10,
      sort: 'DISTANCE',
      page: 1,
      pageSize: 20,
    });
    expect(searchInputOf(filters, null)).toEqual({ page: 1, pageSize: 20 });
  });

  it('turns a day into the Netherlands’ midnight', () => {
    expect(amsterdamDayBoundary('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(amsterdamDayBoundary('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(amsterdamDayBoundary('2026-03-30')).toBe('2026-03-29T22:00:00.000Z');
    expect(amsterdamDayBoundary('2026-03-29', true)).toBe('2026-03-29T21:59:59.999Z');
    expect(amsterdamDayBoundary('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(amsterdamDayBoundary('2026-10-25', true)).toBe('2026-10-25T22:59:59.999Z');
    expect(amsterdamDayBoundary('2026-12-31', true)).toBe('2026-12-31T22:59:59.999Z');
  });
});

describe('filter chips', () => {
  const filters = filtersOf({
    tekst: 'robot',
    provincie: 'utrecht,zeeland',
    gratis: true,
    tot: '2026-12-01',
    school: true,
    straal: 25,
    pagina: 4,
  });

  it('shows one chip per filter in effect, in the order of the form', () => {
    expect(chipsOf(filters, true)).toEqual([
      { kind: 'query' },
      { kind: 'facet', field: 'provinces', value: 'UTRECHT' },
      { kind: 'facet', field: 'provinces', value: 'ZEELAND' },
      { kind: 'free' },
      { kind: 'startsBefore' },
      { kind: 'radius' },
    ]);
    // A visitor's URL may say "from my school"; without a school it does nothing, so there is no chip.
    expect(chipsOf(filters, false).map((chip) => chip.kind)).not.toContain('radius');
  });

  it('removes exactly one filter and goes back to the first page', () => {
    const next = withoutChip(filters, { kind: 'facet', field: 'provinces', value: 'UTRECHT' });
    expect(toParams(next)).toEqual({
      tekst: 'robot',
      provincie: 'zeeland',
      gratis: true,
      tot: '2026-12-01',
      school: true,
      straal: 25,
    });
    expect(toParams(withoutChip(filters, { kind: 'radius' }))).toMatchObject({ school: true });
    expect(toParams(withoutChip(filters, { kind: 'radius' }))).not.toHaveProperty('straal');
    expect(toParams(withoutChip(filters, { kind: 'fromSchool' }))).not.toHaveProperty('school');
    expect(withoutChip(filters, { kind: 'query' }).query).toBe('');
    expect(withoutChip(filters, { kind: 'free' }).freeOnly).toBe(false);
  });

  it('dropping from my school also drops the distance order', () => {
    const near = filtersOf({ school: true, sortering: 'afstand' });
    expect(withoutChip(near, { kind: 'fromSchool' }).sort).toBe('RELEVANCE');
  });
});

describe('filters a zero result could drop', () => {
  it('names each facet field as a whole and each other filter', () => {
    const filters = filtersOf({
      tekst: 'robot',
      provincie: 'utrecht,zeeland',
      niveau: 'havo',
      vanaf: '2026-09-01',
      school: true,
      straal: 5,
    });
    expect(dropCandidates(filters, true)).toEqual([
      { kind: 'query' },
      { kind: 'facet', field: 'provinces' },
      { kind: 'facet', field: 'levels' },
      { kind: 'dates' },
      { kind: 'radius' },
    ]);
    expect(withoutCandidate(filters, { kind: 'facet', field: 'provinces' }).facets.provinces).toEqual([]);
    expect(withoutCandidate(filters, { kind: 'radius' })).toMatchObject({ fromSchool: true, radiusKm: null });
  });
});
