import { Rng } from './prng';

const draws = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.next());

describe('Rng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    expect(draws(new Rng(42), 50)).toEqual(draws(new Rng(42), 50));
    expect(draws(new Rng(42), 50)).not.toEqual(draws(new Rng(43), 50));
  });

  it('gives the plain mulberry32 stream of a state with fromState', () => {
    // The first draws of mulberry32 from the state 42, as the benchmarks' query sets were drawn.
    expect(draws(Rng.fromState(42), 3)).toEqual([
      0.6011037519201636, 0.44829055899754167, 0.8524657934904099,
    ]);
    expect(draws(Rng.fromState(42), 3)).not.toEqual(draws(new Rng(42), 3));
  });

  it('draws floats in [0, 1) that spread over the interval', () => {
    const values = draws(new Rng(7), 10_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it('forks independent streams: drawing from one does not change another', () => {
    const a = new Rng(1);
    const untouched = draws(a.fork('names'), 10);
    const b = new Rng(1);
    draws(b, 1000);
    draws(b.fork('other'), 1000);
    expect(draws(b.fork('names'), 10)).toEqual(untouched);
    expect(draws(a.fork('names'), 10)).not.toEqual(draws(a.fork('places'), 10));
  });

  it('keeps int() within its bounds and reaches both ends', () => {
    const rng = new Rng(3);
    const seen = new Set(Array.from({ length: 2000 }, () => rng.int(10, 14)));
    expect([...seen].sort()).toEqual([10, 11, 12, 13, 14]);
  });

  it('picks weighted keys in proportion to their weight', () => {
    const rng = new Rng(5);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20_000; i += 1) counts[rng.weighted({ a: 70, b: 20, c: 10 })] += 1;
    expect(counts.a / 20_000).toBeCloseTo(0.7, 1);
    expect(counts.b / 20_000).toBeCloseTo(0.2, 1);
    expect(counts.c / 20_000).toBeCloseTo(0.1, 1);
  });

  it('samples distinct items', () => {
    const sample = new Rng(9).sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(sample).size).toBe(4);
    expect(new Rng(9).sample([1, 2], 5)).toHaveLength(2);
  });
});
