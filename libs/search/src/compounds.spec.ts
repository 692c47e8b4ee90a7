import { MAX_COMPOUND_LENGTH, compoundParts, compoundWords, splitCompound } from './compounds';

describe('Dutch compounds', () => {
  it.each([
    ['stofzuigers', ['stof', 'zuigers']],
    ['robotstofzuigers', ['robot', 'stofzuigers']],
    ['warmtepomp', ['warmte', 'pomp']],
    ['energieopslag', ['energie', 'opslag']],
    ['netbeheerder', ['net', 'beheerder']],
    ['netbeheer', ['net', 'beheer']],
    ['3dprinten', ['3d', 'printen']],
    // Linking letters: -s- (bedrijf-s-bezoek), -e- and -en- (zonne, getijde-n).
    ['bedrijfsbezoek', ['bedrijf', 'bezoek']],
    ['zonnepanelen', ['zonne', 'panelen']],
    ['getijdenenergie', ['getijde', 'energie']],
  ])('splits %s', (word, parts) => {
    expect(splitCompound(word)).toEqual(parts);
  });

  it('indexes the parts of the parts and the dictionary words at the boundaries', () => {
    expect(compoundParts('robotstofzuigers')).toEqual(
      expect.arrayContaining(['robot', 'stofzuigers', 'stofzuiger', 'stof', 'zuigers']),
    );
    expect(compoundParts('netbeheerder')).toEqual(expect.arrayContaining(['net', 'beheerder', 'netbeheer']));
    expect(compoundParts('robotstofzuigers')).not.toContain('robotstofzuigers');
  });

  it.each([
    'robot',
    'robots',
    'programmeren',
    'leerlingen',
    'vandaag',
    'verkeer',
    'techniek',
    'gastles1',
    // Level and province words indexed with every activity: the upper grades are no construction.
    'bovenbouw',
    'zeeland',
  ])('leaves %s whole (no false parts such as bot in robot or meren in programmeren)', (word) => {
    expect(compoundParts(word)).toEqual([]);
  });

  it('never gives a part shorter than three letters, a stop word or a linking letter alone', () => {
    for (const word of [
      'robotstofzuigers',
      'waterzuiveringsinstallatie',
      'bedrijfsbezoeken',
      'meidenspeeddate',
    ]) {
      for (const part of compoundParts(word)) {
        expect(part.length).toBeGreaterThanOrEqual(3);
        expect(['s', 'e', 'en', 'de', 'het', 'van']).not.toContain(part);
      }
    }
  });

  it('does bounded work on bad input: long words, endless compounds, linking letters, other scripts', () => {
    const bad = [
      'a'.repeat(60),
      'warmtepomp'.repeat(6),
      'les'.repeat(MAX_COMPOUND_LENGTH / 3),
      'gastles'.repeat(5).slice(0, MAX_COMPOUND_LENGTH),
      'sesenenseseen',
      'ssssssssssssssss',
      'warmte🔥pomp',
      'warmteпомп',
      'стофзуйгер',
      '',
    ];
    for (const word of bad) {
      expect(() => compoundParts(word)).not.toThrow();
      expect(() => splitCompound(word)).not.toThrow();
      expect(compoundParts(word).length).toBeLessThanOrEqual(3 * 6);
    }
    expect(compoundParts('a'.repeat(60))).toEqual([]);
    expect(compoundParts('warmte🔥pomp')).toEqual([]);
  });

  it('collects the parts of every word of a text once', () => {
    expect(compoundWords(['webcast', 'over', 'robotstofzuigers', 'en', 'stofzuigers']).sort()).toEqual(
      [
        ...new Set([
          ...compoundParts('webcast'),
          ...compoundParts('robotstofzuigers'),
          ...compoundParts('stofzuigers'),
        ]),
      ].sort(),
    );
  });
});
