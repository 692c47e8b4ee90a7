import { haversineKm } from '@app/core';
import type { CandidatePair, SolverInstance } from './instance';
import { pairScore } from './score';

const CELL_LAT = 0.1;
const CELL_LON = 0.15;
const KM_PER_DEG_LAT = 110.5;
// Slightly under the true 111.2 km per degree, so the search box never misses a school at the edge.
const KM_PER_DEG_LON_EQUATOR = 111.0;

const cellKey = (ix: number, iy: number) => (ix + 20000) * 100000 + (iy + 20000);

// Sets of short strings as bit masks: levels (10) and themes (13) fit in 31 bits.
class BitDictionary {
  private readonly bits = new Map<string, number>();

  maskOf(values: readonly string[]): number {
    let mask = 0;
    for (const value of values) {
      const key = value.toLowerCase();
      let bit = this.bits.get(key);
      if (bit === undefined) {
        bit = this.bits.size;
        if (bit > 30) throw new RangeError('more than 31 distinct levels or themes');
        this.bits.set(key, bit);
      }
      mask |= 1 << bit;
    }
    return mask;
  }
}

function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count += 1;
  return count;
}

/**
 * Every eligible (request, supply) pair, ordered by request and then supply index: the same type, levels
 * that overlap, periods that overlap, themes that overlap (or the request names none), the school within
 * the supply's travel distance (haversine), and not rejected before. A grid over the schools keeps this
 * near-linear instead of comparing every request with every supply.
 */
export function candidatePairs(instance: SolverInstance): CandidatePair[] {
  const { requests, supplies } = instance;
  const levels = new BitDictionary();
  const themes = new BitDictionary();
  const requestLevels = requests.map((r) => levels.maskOf(r.levels));
  const requestThemes = requests.map((r) => themes.maskOf(r.themes));
  const grids = new Map<string, Map<number, number[]>>();
  requests.forEach((request, index) => {
    if (request.sessions <= 0) return;
    let grid = grids.get(request.type);
    if (!grid) grids.set(request.type, (grid = new Map()));
    const key = cellKey(Math.floor(request.lat / CELL_LAT), Math.floor(request.lon / CELL_LON));
    const cell = grid.get(key);
    if (cell) cell.push(index);
    else grid.set(key, [index]);
  });

  const pairs: CandidatePair[] = [];
  supplies.forEach((supply, s) => {
    const grid = grids.get(supply.type);
    if (!grid || supply.sessions <= 0 || !(supply.maxTravelKm > 0)) return;
    const supplyLevels = levels.maskOf(supply.levels);
    const supplyThemes = themes.maskOf(supply.themes);
    const latSpan = supply.maxTravelKm / KM_PER_DEG_LAT;
    const poleward = Math.min(89, Math.abs(supply.lat) + latSpan);
    const lonSpan = supply.maxTravelKm / (KM_PER_DEG_LON_EQUATOR * Math.cos((poleward * Math.PI) / 180));
    const x0 = Math.floor((supply.lat - latSpan) / CELL_LAT);
    const x1 = Math.floor((supply.lat + latSpan) / CELL_LAT);
    const y0 = Math.floor((supply.lon - lonSpan) / CELL_LON);
    const y1 = Math.floor((supply.lon + lonSpan) / CELL_LON);
    for (let ix = x0; ix <= x1; ix += 1) {
      for (let iy = y0; iy <= y1; iy += 1) {
        const cell = grid.get(cellKey(ix, iy));
        if (!cell) continue;
        for (const r of cell) {
          const request = requests[r];
          if ((requestLevels[r] & supplyLevels) === 0) continue;
          if (request.periodStart > supply.periodEnd || supply.periodStart > request.periodEnd) continue;
          const shared = requestThemes[r] & supplyThemes;
          if (requestThemes[r] !== 0 && shared === 0) continue;
          if (instance.excludedPairs?.has(`${request.id}|${supply.id}`)) continue;
          const distanceKm = haversineKm(request, supply);
          if (distanceKm > supply.maxTravelKm) continue;
          const sharedThemes = popcount(shared);
          pairs.push({
            request: r,
            supply: s,
            distanceKm,
            score: pairScore({
              requestThemes: popcount(requestThemes[r]),
              sharedThemes,
              distanceKm,
              maxTravelKm: supply.maxTravelKm,
              hadActivityThisYear: request.hadActivityThisYear,
              waitingDays: request.waitingDays,
            }),
            themeOverlap: sharedThemes > 0 ? sharedList(request.themes, supply.themes) : [],
          });
        }
      }
    }
  });
  pairs.sort((a, b) => a.request - b.request || a.supply - b.supply);
  return pairs;
}

function sharedList(requestThemes: readonly string[], supplyThemes: readonly string[]): string[] {
  const offered = new Set(supplyThemes.map((theme) => theme.toLowerCase()));
  return requestThemes.filter((theme) => offered.has(theme.toLowerCase()));
}
