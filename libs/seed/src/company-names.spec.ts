import { CompanyNameGenerator, REAL_FIRM_NAMES, containsRealFirmName } from './company-names';
import { Rng } from '@app/core';

describe('CompanyNameGenerator', () => {
  it('invents many unique names, none of them a real firm', () => {
    const generator = new CompanyNameGenerator();
    const rng = new Rng(1);
    const names = Array.from({ length: 30_000 }, () => generator.next(rng).name);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    expect(names.filter(containsRealFirmName)).toEqual([]);
    // Numbers are only the last resort after many collisions.
    expect(names.filter((name) => /\d/.test(name)).length).toBeLessThan(names.length / 100);
  });

  it('is deterministic for the seed and avoids taken names', () => {
    const first = new CompanyNameGenerator().next(new Rng(5)).name;
    expect(new CompanyNameGenerator().next(new Rng(5)).name).toBe(first);
    expect(new CompanyNameGenerator(new Set([first.toLowerCase()])).next(new Rng(5)).name).not.toBe(first);
  });

  it('gives every name at least one theme and uses the right article', () => {
    const generator = new CompanyNameGenerator();
    const rng = new Rng(8);
    for (let i = 0; i < 2000; i += 1) {
      const { name, themes } = generator.next(rng);
      expect(themes.length).toBeGreaterThan(0);
      expect(name).not.toMatch(/^De \S+(licht|veld|zicht|punt)$/);
      expect(name).not.toMatch(/^Het \S+(werf|kaap|haven|dijk)$/);
    }
  });

  it('names hubs as a Wetenschapsknooppunt', () => {
    expect(new CompanyNameGenerator().hub(new Rng(2)).name).toMatch(/^Wetenschapsknooppunt [A-Z]/);
  });
});

describe('containsRealFirmName', () => {
  it('finds a real firm name as a word, in any case', () => {
    for (const name of REAL_FIRM_NAMES) expect(containsRealFirmName(`${name} Nederland`)).toBe(true);
    expect(containsRealFirmName('Noordkaap asml Techniek')).toBe(true);
    expect(containsRealFirmName('Tata Steel')).toBe(true);
  });

  it('does not match inside another word', () => {
    expect(containsRealFirmName('Shellfish Design')).toBe(false);
    expect(containsRealFirmName('Bamboestroom Bouw')).toBe(false);
    expect(containsRealFirmName('Polderlicht Solutions')).toBe(false);
  });
});
