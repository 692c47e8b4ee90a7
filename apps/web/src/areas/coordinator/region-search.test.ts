import { describe, expect, it } from 'vitest';
import { actForSchoolSearch, dashboardSearch, demandSupplySearch, matchingSearch } from './region-search';

const RUN = '0b6f0c1e-8d7a-4c59-9a53-2f1f4f0b9a11';

describe('URL state of the region pages', () => {
  it('keeps what is valid and drops the rest, so an old or edited link opens with defaults', () => {
    expect(dashboardSearch({ provincie: 'NOORD_BRABANT', schooljaar: '2026' })).toEqual({
      provincie: 'NOORD_BRABANT',
      schooljaar: 2026,
    });
    expect(dashboardSearch({ provincie: 'BRABANT', schooljaar: 'volgend jaar' })).toEqual({
      provincie: undefined,
      schooljaar: undefined,
    });
    expect(dashboardSearch({ schooljaar: 1999 }).schooljaar).toBeUndefined();
    expect(demandSupplySearch({ ingetrokken: 'true' }).ingetrokken).toBe(true);
    expect(demandSupplySearch({ ingetrokken: 'nee' }).ingetrokken).toBeUndefined();
    expect(matchingSearch({ provincie: 'UTRECHT', run: RUN })).toEqual({ provincie: 'UTRECHT', run: RUN });
    expect(matchingSearch({ run: "1' OR 1=1" }).run).toBeUndefined();
  });

  it('reads the acting-for-a-school steps from the URL', () => {
    expect(
      actForSchoolSearch({
        zoek: '  titus  ',
        school: '04ax00',
        actie: 'activiteit',
        activiteit: RUN,
        tekst: 'lab',
      }),
    ).toEqual({
      zoek: 'titus',
      provincie: undefined,
      school: '04AX00',
      actie: 'activiteit',
      activiteit: RUN,
      tekst: 'lab',
    });
    expect(actForSchoolSearch({ school: 'geen code', actie: 'iets', zoek: ' ' })).toEqual({
      zoek: undefined,
      provincie: undefined,
      school: undefined,
      actie: undefined,
      activiteit: undefined,
      tekst: undefined,
    });
    expect(actForSchoolSearch({ zoek: 'x'.repeat(300) }).zoek).toHaveLength(100);
  });
});
