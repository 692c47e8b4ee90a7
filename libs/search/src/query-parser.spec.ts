import { maxTypos, parseQuery } from './query-parser';

describe('parseQuery', () => {
  it('folds case and accents and splits on anything but letters and digits', () => {
    expect(parseQuery('Bèta-Techniek 3D-printen')?.terms.map((t) => t.word)).toEqual([
      'beta',
      'techniek',
      '3d',
      'printen',
    ]);
  });

  it('drops Dutch stop words and duplicates, keeps the order', () => {
    expect(parseQuery('de gastles over energie en de energie')?.text).toBe('gastles energie');
  });

  it('makes only the last word a prefix', () => {
    expect(parseQuery('gastles robo')?.terms.map((t) => t.prefix)).toEqual([false, true]);
    expect(parseQuery('a')?.terms[0].prefix).toBe(false);
  });

  it('adds synonyms from the reviewed list', () => {
    expect(parseQuery('gastcollege')?.terms[0].synonyms).toEqual(
      expect.arrayContaining(['gastles', 'gastlessen']),
    );
    expect(parseQuery('meiden')?.terms[0].synonyms).toEqual(['meisjes']);
    expect(parseQuery('ai')?.terms[0].synonyms).toEqual(['kunstmatige intelligentie']);
  });

  it('gives a multi-word synonym written out the synonyms of the whole', () => {
    for (const typed of [
      'kunstmatige intelligentie',
      'Kunstmatige Intelligentie',
      'gastles kunstmatige intelligentie',
    ]) {
      const terms = parseQuery(typed)?.terms ?? [];
      expect(terms.slice(-2).map((t) => t.synonyms)).toEqual([['ai'], ['ai']]);
    }
    // Not when the words are apart, in another order, or one is only begun (as Meilisearch: whole words).
    for (const typed of [
      'kunstmatige drone intelligentie',
      'intelligentie kunstmatige',
      'kunst intelligentie',
      'kunstmatige intel',
    ]) {
      expect(parseQuery(typed)?.terms.flatMap((t) => t.synonyms)).toEqual([]);
    }
  });

  it.each([`' " & | ! : * \\ ( ) <->`, '   ', '🚀🤖', 'de het een', ''])(
    'leaves nothing searchable in %j',
    (raw) => {
      expect(parseQuery(raw)).toBeNull();
    },
  );

  it('keeps no syntax, only words', () => {
    expect(parseQuery("robot:* & !energie | (water) <-> 'x'")?.text).toBe('robot energie water x');
    expect(parseQuery("'; DROP TABLE activities; --")?.text).toBe('drop table activities');
  });

  it('caps the number of words', () => {
    const many = Array.from({ length: 30 }, (_, i) => `woord${String.fromCharCode(97 + (i % 26))}${i}`);
    expect(parseQuery(many.join(' '))?.terms).toHaveLength(10);
  });

  it('allows typos as Meilisearch does', () => {
    expect([maxTypos('robo'), maxTypos('energi'), maxTypos('progameren'), maxTypos('co2uitstoot')]).toEqual([
      0, 1, 2, 0,
    ]);
  });

  it('splits a compound into its parts and joins neighbouring words', () => {
    const [stof] = parseQuery('stofzuigers')?.terms ?? [];
    expect(stof.parts).toEqual(['stof', 'zuigers']);
    const apart = parseQuery('warmte pomp')?.terms ?? [];
    expect(apart.map((t) => t.joins)).toEqual([
      [{ word: 'warmtepomp', prefix: true }],
      [{ word: 'warmtepomp', prefix: true }],
    ]);
    expect(parseQuery('warmte-pomp')?.terms.map((t) => t.joins[0]?.word)).toEqual([
      'warmtepomp',
      'warmtepomp',
    ]);
    expect(parseQuery('3d printen gastles')?.terms[1].joins.map((j) => j.word)).toEqual([
      '3dprinten',
      'printengastles',
    ]);
    expect(parseQuery('robot')?.terms[0]).toMatchObject({ parts: null, joins: [] });
  });

  it("ignores the apostrophe of a plural: auto's is auto", () => {
    expect(parseQuery("auto's")?.text).toBe('auto');
    expect(parseQuery('cd’s en dvd’s')?.text).toBe('cd dvd');
  });

  it.each([
    's e en',
    'ssss eeee',
    'x'.repeat(60),
    'warmte🔥pomp',
    'стофзуйгер warmteпомп',
    'gastles'.repeat(20),
  ])('parses bad input without an error: %j', (raw) => {
    expect(() => parseQuery(raw)).not.toThrow();
  });
});
