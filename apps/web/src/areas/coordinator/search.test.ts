import { describe, expect, it } from 'vitest';
import {
  approvedOf,
  parseCompaniesSearch,
  parseReachSearch,
  parseWaitlistSearch,
  reachCsvHref,
  schoolYearLabel,
  schoolYearOf,
} from './search';

const ENTRY = '3f2b8c1e-0a4d-4e5f-9a6b-7c8d9e0f1a2b';

describe('the waiting list URL', () => {
  it('keeps a known programme, province, "alle" and an entry id', () => {
    expect(
      parseWaitlistSearch({
        programma: 'JET_NET_JUNIOR',
        provincie: 'LIMBURG',
        toon: 'alle',
        inschrijving: ENTRY,
      }),
    ).toEqual({ programma: 'JET_NET_JUNIOR', provincie: 'LIMBURG', toon: 'alle', inschrijving: ENTRY });
  });

  it('drops defaults and anything the api does not know, so an edited link still opens the list', () => {
    expect(parseWaitlistSearch({ programma: 'JET_NET' })).toEqual({});
    expect(
      parseWaitlistSearch({ programma: 'VHTO', provincie: 'Brabant', toon: 'ja', inschrijving: '1; drop' }),
    ).toEqual({});
  });
});

describe('the companies URL', () => {
  it('defaults to the approval queue and maps each state to the approved argument', () => {
    expect(parseCompaniesSearch({})).toEqual({});
    expect(parseCompaniesSearch({ stand: 'wachtend' })).toEqual({});
    expect(
      parseCompaniesSearch({ stand: 'goedgekeurd', zoek: '  Techniek  ', provincie: 'UTRECHT' }),
    ).toEqual({
      stand: 'goedgekeurd',
      zoek: 'Techniek',
      provincie: 'UTRECHT',
    });
    expect([approvedOf('wachtend'), approvedOf('goedgekeurd'), approvedOf('alle')]).toEqual([
      false,
      true,
      undefined,
    ]);
  });

  it('cuts a name query at the api limit of 100 characters', () => {
    expect(parseCompaniesSearch({ zoek: 'x'.repeat(150) }).zoek).toHaveLength(100);
  });
});

describe('the reach URL', () => {
  const now = new Date('2026-03-15T12:00:00Z'); // in school year 2025/26

  it('keeps a school year from 2015 up to next year, but not the current one (the default)', () => {
    expect(parseReachSearch({ jaar: 2024 }, now)).toEqual({ jaar: 2024 });
    expect(parseReachSearch({ jaar: '2026' }, now)).toEqual({ jaar: 2026 });
    expect(parseReachSearch({ jaar: 2025 }, now)).toEqual({});
    expect(parseReachSearch({ jaar: 2014 }, now)).toEqual({});
    expect(parseReachSearch({ jaar: 2027 }, now)).toEqual({});
    expect(parseReachSearch({ jaar: 2024.5 }, now)).toEqual({});
  });

  it('keeps every programme, a province and a page after the first', () => {
    expect(parseReachSearch({ programma: 'INDEPENDENT', provincie: 'ZEELAND', pagina: 3 }, now)).toEqual({
      programma: 'INDEPENDENT',
      provincie: 'ZEELAND',
      pagina: 3,
    });
    expect(parseReachSearch({ pagina: 1 }, now)).toEqual({});
    expect(parseReachSearch({ pagina: -2 }, now)).toEqual({});
  });

  it('links the CSV download with the same choices', () => {
    expect(reachCsvHref(2025)).toBe('/reports/reach.csv?schoolYear=2025');
    expect(reachCsvHref(2024, 'JET_NET', 'NOORD_BRABANT')).toBe(
      '/reports/reach.csv?schoolYear=2024&programme=JET_NET&province=NOORD_BRABANT',
    );
  });
});

describe('school years', () => {
  it('start on 1 August in the Netherlands, whatever the clock of the browser says', () => {
    // 31 July 23:30 in UTC is 1 August 01:30 in Amsterdam.
    expect(schoolYearOf(new Date('2025-07-31T23:30:00Z'))).toBe(2025);
    expect(schoolYearOf(new Date('2025-07-31T21:30:00Z'))).toBe(2024);
    expect(schoolYearOf(new Date('2026-01-10T12:00:00Z'))).toBe(2025);
  });

  it('are named 2025/26', () => {
    expect(schoolYearLabel(2025)).toBe('2025/26');
    expect(schoolYearLabel(2099)).toBe('2099/00');
  });
});

describe('the provinces the URL accepts', () => {
  it('are exactly the provinces of the labels', async () => {
    const { PROVINCES } = await import('../../components/labels');
    for (const { value } of PROVINCES) {
      expect(parseWaitlistSearch({ provincie: value }).provincie).toBe(value);
    }
    expect(PROVINCES).toHaveLength(12);
  });
});
