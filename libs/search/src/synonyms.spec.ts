import { SYNONYM_GROUPS, meilisearchSynonyms, synonymsOf } from './synonyms';

describe('the synonym list', () => {
  it('holds the domain groups the issue names', () => {
    expect(synonymsOf('ICT')).toEqual(expect.arrayContaining(['informatica', 'programmeren']));
    expect(synonymsOf('gastles')).toContain('gastcollege');
    expect(synonymsOf('bedrijfsbezoek')).toContain('excursie');
    expect(synonymsOf('meisjes')).toContain('meiden');
    expect(synonymsOf('onbekend')).toEqual([]);
  });

  it('is symmetric and the same for Meilisearch', () => {
    const meili = meilisearchSynonyms();
    for (const group of SYNONYM_GROUPS) {
      for (const term of group) {
        expect([...meili[term]].sort()).toEqual(group.filter((other) => other !== term).sort());
      }
    }
  });
});
