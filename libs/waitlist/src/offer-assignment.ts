import { haversineKm, type Programme } from '@app/core';

/** What the offer walk needs to know of a locked capacity row. */
export interface SlotOwner {
  locationId: string;
  programme: Programme;
  partnerDistanceKm: number;
  lat: number;
  lon: number;
}

/** A WAITING entry as the offer walk reads it; `joined_at` as text to keep its microseconds for paging. */
export interface WaitingEntry {
  id: string;
  school_id: string;
  lat: number;
  lon: number;
  priority: number;
  joined_at: string;
}

/** The free slots of one locked capacity row during an offer walk, with its partner-distance box. */
export class OpenSlots<C extends SlotOwner = SlotOwner> {
  readonly minLat: number;
  readonly maxLat: number;
  readonly minLon: number;
  readonly maxLon: number;

  constructor(
    readonly cap: C,
    readonly free: number,
  ) {
    // A latitude/longitude box first (plain comparisons), the exact great-circle distance only inside it.
    const dLat = cap.partnerDistanceKm / 111.2;
    const dLon = cap.partnerDistanceKm / (111.2 * Math.max(0.01, Math.cos((cap.lat * Math.PI) / 180)));
    this.minLat = cap.lat - dLat;
    this.maxLat = cap.lat + dLat;
    this.minLon = cap.lon - dLon;
    this.maxLon = cap.lon + dLon;
  }

  takes(entry: WaitingEntry, refused: ReadonlySet<string>): boolean {
    return (
      entry.lat >= this.minLat &&
      entry.lat <= this.maxLat &&
      entry.lon >= this.minLon &&
      entry.lon <= this.maxLon &&
      haversineKm(this.cap, entry) <= this.cap.partnerDistanceKm &&
      !refused.has(`${this.cap.locationId}:${entry.id}`)
    );
  }
}

// Cells of the grid that narrows down the slots an entry may go to: about 28 by 27 km in the Netherlands.
const CELL_LAT = 0.25;
const CELL_LON = 0.4;
// A box wider than this many cells (a partner distance of hundreds of km) is a candidate everywhere.
const MAX_CELLS = 4096;
const cellKey = (i: number, j: number) => i * 100_003 + j;

/**
 * The slots whose box may hold a point, by grid cell, each list in slot order; slots with huge boxes are
 * candidates for every point. Only narrows down: `takes` still decides.
 */
class SlotGrid {
  private readonly cells = new Map<number, number[]>();
  private readonly everywhere: number[] = [];

  constructor(slots: ReadonlyArray<OpenSlots>) {
    slots.forEach((slot, k) => {
      const i0 = Math.floor(slot.minLat / CELL_LAT);
      const i1 = Math.floor(slot.maxLat / CELL_LAT);
      const j0 = Math.floor(slot.minLon / CELL_LON);
      const j1 = Math.floor(slot.maxLon / CELL_LON);
      if ((i1 - i0 + 1) * (j1 - j0 + 1) > MAX_CELLS) {
        this.everywhere.push(k);
        return;
      }
      for (let i = i0; i <= i1; i += 1) {
        for (let j = j0; j <= j1; j += 1) {
          const key = cellKey(i, j);
          const list = this.cells.get(key);
          if (list) list.push(k);
          else this.cells.set(key, [k]);
        }
      }
    });
  }

  /** Candidate slots for a point, in slot order. */
  candidates(lat: number, lon: number): readonly number[] {
    const local = this.cells.get(cellKey(Math.floor(lat / CELL_LAT), Math.floor(lon / CELL_LON))) ?? [];
    if (this.everywhere.length === 0) return local;
    return [...local, ...this.everywhere].sort((a, b) => a - b);
  }
}

/**
 * Gives each entry, in list order, to the first of `slots` (in request order) that still has room and can take
 * it. `open` is true when room is left that more entries might fill.
 */
export function assign<C extends SlotOwner>(
  slots: ReadonlyArray<OpenSlots<C>>,
  entries: readonly WaitingEntry[],
  skipped: ReadonlySet<string>,
  refused: ReadonlySet<string>,
): { picked: Array<{ entry: WaitingEntry; cap: C }>; open: boolean } {
  const room = slots.map((slot) => slot.free);
  let left = room.reduce((sum, n) => sum + n, 0);
  const grid = new SlotGrid(slots);
  const picked: Array<{ entry: WaitingEntry; cap: C }> = [];
  for (const entry of entries) {
    if (left === 0) break;
    if (skipped.has(entry.id)) continue;
    const k = grid
      .candidates(entry.lat, entry.lon)
      .find((i) => room[i] > 0 && slots[i].takes(entry, refused));
    if (k === undefined) continue;
    room[k] -= 1;
    left -= 1;
    picked.push({ entry, cap: slots[k].cap });
  }
  return { picked, open: left > 0 };
}
