import { FACET_FIELDS, facetMask } from '../facets';
import type { ParsedQuery } from '../query-parser';
import type { SearchRequest, SearchResult } from '../search.types';

interface Entry {
  generation: string;
  result: SearchResult;
}

/**
 * The last searches' results, least recently used first out. Each is stored with the index generation it was read
 * at (search_index_state, raised in the transaction of every change to the index) and given out only while that
 * generation is still current: the engine reads the generation before it answers from here.
 */
export class SearchResultCache {
  private readonly entries = new Map<string, Entry>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, generation: string, result: SearchResult): void {
    if (this.capacity <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, { generation, result });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * Everything that decides a search's answer, normalised: the folded query words (as the engine parses them), the
 * filters as masks (order and repeats do not count), the point and the rest of the request. A search depends on no
 * caller but through its point, which is in the key.
 */
export function searchCacheKey(request: SearchRequest, parsed: ParsedQuery | null): string {
  return JSON.stringify([
    parsed?.text ?? null,
    FACET_FIELDS.map((field) => facetMask(field, request.filters[field] ?? [])),
    request.point ? [request.point.lat, request.point.lon] : null,
    request.radiusKm,
    request.startsAfter?.toISOString() ?? null,
    request.startsBefore?.toISOString() ?? null,
    request.maxCostEuros,
    request.sort,
    request.page,
    request.pageSize,
    request.facets,
  ]);
}

/** A copy whose lists a caller may change without changing the cached result. */
export function copyResult(result: SearchResult): SearchResult {
  return {
    ...result,
    hits: result.hits.map((hit) => ({ ...hit })),
    facets: result.facets.map((facet) => ({ ...facet, values: facet.values.map((v) => ({ ...v })) })),
    markWords: result.markWords === null ? null : [...result.markWords],
  };
}
