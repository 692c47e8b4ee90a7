import { Rng } from '@app/core';
import { WeightedPicker, seededUuid } from './prng';

describe('WeightedPicker', () => {
  it('never picks a zero weight and favours heavy items', () => {
    const picker = new WeightedPicker(['zero', 'light', 'heavy'], (item) =>
      item === 'zero' ? 0 : item === 'light' ? 1 : 9,
    );
    const rng = new Rng(11);
    const picks = Array.from({ length: 5000 }, () => picker.pick(rng));
    expect(picks).not.toContain('zero');
    const heavy = picks.filter((pick) => pick === 'heavy').length / picks.length;
    expect(heavy).toBeGreaterThan(0.85);
    expect(heavy).toBeLessThan(0.95);
  });

  it('refuses a list without weight', () => {
    expect(() => new WeightedPicker([], () => 1)).toThrow();
    expect(() => new WeightedPicker(['a'], () => 0)).toThrow();
  });
});

describe('seededUuid', () => {
  it('is a stable version-5 UUID per seed, kind and index', () => {
    const id = seededUuid(42, 'company', 0);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(seededUuid(42, 'company', 0)).toBe(id);
    expect(seededUuid(43, 'company', 0)).not.toBe(id);
    expect(seededUuid(42, 'location', 0)).not.toBe(id);
    const many = new Set(Array.from({ length: 10_000 }, (_, i) => seededUuid(42, 'activity', i)));
    expect(many.size).toBe(10_000);
  });
});
