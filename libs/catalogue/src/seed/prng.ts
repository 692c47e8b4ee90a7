import { createHash } from 'node:crypto';

// 32-bit FNV-1a: turns a seed and a label into the state of an independent stream.
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A small seeded pseudo-random generator (mulberry32) with the helpers the seed needs. Not for secrets.
 * `fork(label)` derives an independent stream, so that adding draws to one part of the seed does not shift
 * every value generated after it.
 */
export class Rng {
  private state: number;

  constructor(readonly seed: number | string) {
    this.state = hash32(`techmatch:${seed}`);
  }

  /**
   * The plain mulberry32 stream from the 32-bit `state`, without hashing a seed: the fixed inputs of the
   * benchmarks and solver checks were drawn from it, and stay the same.
   */
  static fromState(state: number): Rng {
    const rng = new Rng(`state:${state}`);
    rng.state = state >>> 0;
    return rng;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  fork(label: string): Rng {
    return new Rng(`${this.seed}/${label}`);
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** One key of `weights`, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
    const entries = Object.entries(weights) as Array<[K, number]>;
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return entries[entries.length - 1][0];
  }

  /** `count` distinct items in random order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i += 1) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }
}

/**
 * Picks from a large weighted list in O(log n) per draw (cumulative weights, binary search).
 */
export class WeightedPicker<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    private readonly items: readonly T[],
    weight: (item: T) => number,
  ) {
    let sum = 0;
    for (const item of items) {
      sum += Math.max(0, weight(item));
      this.cumulative.push(sum);
    }
    if (items.length === 0 || sum <= 0) throw new Error('WeightedPicker needs items with a positive weight');
    this.total = sum;
  }

  pick(rng: Rng): T {
    const roll = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] > roll) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}

// RFC 4122 DNS namespace; any fixed namespace works, this one is well known.
const NAMESPACE = Buffer.from('6ba7b8109dad11d180b400c04fd430c8', 'hex');

/**
 * A name-based (version 5) UUID for a generated row: the same seed, kind and index give the same id. The
 * database's own `gen_random_uuid()` only makes version 4, so version 5 marks generated supply.
 */
export function seededUuid(seed: number | string, kind: string, index: number): string {
  const bytes = createHash('sha1')
    .update(NAMESPACE)
    .update(`techmatch-seed:${seed}:${kind}:${index}`)
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** SQL condition that is true for rows whose `id` column was made by `seededUuid`. */
export const GENERATED_ID_SQL = (column = 'id') => `substr(${column}::text, 15, 1) = '5'`;
