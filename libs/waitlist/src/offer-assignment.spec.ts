import { Programme, Rng } from '@app/core';
import { assign, OpenSlots, type SlotOwner, type WaitingEntry } from './offer-assignment';

// The rule itself, slot by slot: each entry to the first slot in order with room that takes it.
function reference(
  slots: OpenSlots[],
  entries: WaitingEntry[],
  skipped: Set<string>,
  refused: Set<string>,
): Array<[string, string]> {
  const room = slots.map((slot) => slot.free);
  const picked: Array<[string, string]> = [];
  for (const entry of entries) {
    if (skipped.has(entry.id)) continue;
    const k = slots.findIndex((slot, i) => room[i] > 0 && slot.takes(entry, refused));
    if (k < 0) continue;
    room[k] -= 1;
    picked.push([entry.id, slots[k].cap.locationId]);
  }
  return picked;
}

describe('assign (offer walk)', () => {
  it('gives the same schools to the same locations as checking every slot, across the country', () => {
    const rng = new Rng('offer-assignment');
    const random = () => rng.next();
    // The Netherlands, roughly; a few locations with a partner distance far larger than the country.
    const point = () => ({ lat: 50.75 + random() * 2.8, lon: 3.4 + random() * 3.8 });
    for (let round = 0; round < 5; round += 1) {
      const owners: SlotOwner[] = Array.from({ length: 300 }, (_, i) => ({
        locationId: `loc-${i}`,
        programme: Programme.JET_NET,
        partnerDistanceKm: i % 97 === 0 ? 300 : 5 + random() * 60,
        ...point(),
      }));
      const slots = owners.map((owner) => new OpenSlots(owner, 1 + Math.floor(random() * 3)));
      const entries: WaitingEntry[] = Array.from({ length: 1500 }, (_, i) => ({
        id: `entry-${i}`,
        school_id: `school-${i}`,
        priority: 0,
        joined_at: String(i),
        ...point(),
      }));
      const skipped = new Set(entries.filter((_, i) => i % 13 === 0).map((e) => e.id));
      const refused = new Set(
        entries
          .filter((_, i) => i % 7 === 0)
          .map((e, i) => `${owners[i % owners.length].locationId}:${e.id}`),
      );
      const expected = reference(slots, entries, skipped, refused);
      const { picked, open } = assign(slots, entries, skipped, refused);
      expect(picked.map((p) => [p.entry.id, p.cap.locationId])).toEqual(expected);
      expect(expected.length).toBeGreaterThan(100);
      const total = slots.reduce((sum, slot) => sum + slot.free, 0);
      expect(open).toBe(expected.length < total);
    }
  });

  it('stops when every slot is taken, and leaves out whoever is too far', () => {
    const utrecht = { lat: 52.09, lon: 5.12 };
    const slot = new OpenSlots(
      { locationId: 'utrecht', programme: Programme.JET_NET, partnerDistanceKm: 40, ...utrecht },
      2,
    );
    const entry = (id: string, lat: number, lon: number): WaitingEntry => ({
      id,
      school_id: id,
      lat,
      lon,
      priority: 0,
      joined_at: id,
    });
    const entries = [
      entry('groningen', 53.22, 6.57), // about 180 km away
      entry('amersfoort', 52.16, 5.39), // about 20 km
      entry('hilversum', 52.22, 5.17), // about 15 km
      entry('zeist', 52.09, 5.23), // room is gone by now
    ];
    const { picked, open } = assign([slot], entries, new Set(), new Set());
    expect(picked.map((p) => p.entry.id)).toEqual(['amersfoort', 'hilversum']);
    expect(open).toBe(false);
  });
});
