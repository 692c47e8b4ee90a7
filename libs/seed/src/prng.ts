import { createHash } from 'node:crypto';
import type { Rng } from '@app/core';

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
