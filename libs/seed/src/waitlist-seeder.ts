import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { EducationLevel, Programme, Rng, boundingBox, haversineKm, type Province } from '@app/core';
import { Tx } from '@app/database';
import {
  DEFAULT_PARTNER_DISTANCE_KM,
  WAITLIST_PROGRAMMES,
  WaitlistEventKind,
  WaitlistStatus,
  ineligibility,
  type WaitlistProgramme,
} from '@app/waitlist';
import { GENERATED_ID_SQL, seededUuid } from './prng';

// Figures from domain.md: in 2015 Jet-Net had 175-182 partner schools at 116-120 company locations (about 1.5
// a location) and 91-100 schools waiting, some for years; Jet-Net Junior had 150 primary schools in 6 hubs.
const SLOT_WEIGHTS: Record<WaitlistProgramme, Record<'1' | '2' | '3', number>> = {
  [Programme.JET_NET]: { '1': 60, '2': 30, '3': 10 },
  [Programme.JET_NET_JUNIOR]: { '1': 40, '2': 40, '3': 20 },
};
const WAITING_SCHOOLS: Record<WaitlistProgramme, number> = {
  [Programme.JET_NET]: 100,
  [Programme.JET_NET_JUNIOR]: 40,
};
// A few locations have a slot nobody holds yet: the worker offers it as soon as it runs.
const FREE_SLOT_CHANCE = 0.08;
const PRIORITY_CHANCE = 0.05;
const DAY_MS = 86_400_000;

export interface SeedPartnerLocation {
  id: string;
  lat: number;
  lon: number;
  programme: WaitlistProgramme;
}

export interface SeedSchool {
  id: string;
  lat: number;
  lon: number;
  province: Province;
  levels: EducationLevel[];
}

export interface SeedEntry {
  id: string;
  schoolId: string;
  programme: WaitlistProgramme;
  province: Province;
  status: WaitlistStatus.WAITING | WaitlistStatus.PLACED;
  priority: number;
  joinedAt: Date;
  placedLocationId: string | null;
  placedAt: Date | null;
}

export interface WaitlistSeedPlan {
  capacity: Array<{ locationId: string; programme: WaitlistProgramme; slots: number }>;
  entries: SeedEntry[];
}

// Jet-Net's partner schools are havo/vwo schools; the list itself is open to vmbo schools too.
function partnerCandidate(programme: WaitlistProgramme, school: SeedSchool): boolean {
  if (ineligibility(programme, school.levels) !== null) return false;
  return (
    programme !== Programme.JET_NET ||
    school.levels.includes(EducationLevel.HAVO) ||
    school.levels.includes(EducationLevel.VWO)
  );
}

/**
 * The partner capacity and the waiting list of a seeded country, deterministic for a seed: each Jet-Net (Junior)
 * location gets 1-3 slots, most of them held by schools within its partner distance placed in the last three
 * years, and about a hundred schools wait, some for years.
 */
export function planWaitlistSeed(
  seed: number,
  locations: readonly SeedPartnerLocation[],
  schools: readonly SeedSchool[],
  now: Date,
): WaitlistSeedPlan {
  const rng = new Rng(seed).fork('waitlist');
  const plan: WaitlistSeedPlan = { capacity: [], entries: [] };
  const daysAgo = (days: number, from = now) => new Date(from.getTime() - days * DAY_MS);
  const entry = (school: SeedSchool, programme: WaitlistProgramme) => ({
    id: seededUuid(seed, 'waitlist-entry', plan.entries.length),
    schoolId: school.id,
    programme,
    province: school.province,
    priority: 0,
  });
  for (const programme of WAITLIST_PROGRAMMES) {
    const eligible = schools.filter((school) => partnerCandidate(programme, school));
    const placed = new Set<string>();
    for (const location of locations.filter((l) => l.programme === programme)) {
      const slots = Number(rng.weighted(SLOT_WEIGHTS[programme]));
      plan.capacity.push({ locationId: location.id, programme, slots });
      const box = boundingBox(location, DEFAULT_PARTNER_DISTANCE_KM);
      const nearby = eligible.filter(
        (school) =>
          !placed.has(school.id) &&
          school.lat >= box.minLat &&
          school.lat <= box.maxLat &&
          school.lon >= (box.minLon ?? -180) &&
          school.lon <= (box.maxLon ?? 180) &&
          haversineKm(location, school) <= DEFAULT_PARTNER_DISTANCE_KM,
      );
      const held = rng.chance(FREE_SLOT_CHANCE) ? slots - 1 : slots;
      for (const school of rng.sample(nearby, held)) {
        placed.add(school.id);
        const placedAt = daysAgo(rng.int(20, 3 * 365));
        plan.entries.push({
          ...entry(school, programme),
          status: WaitlistStatus.PLACED,
          joinedAt: daysAgo(rng.int(60, 3 * 365), placedAt),
          placedLocationId: location.id,
          placedAt,
        });
      }
    }
    const unplaced = schools.filter(
      (school) => !placed.has(school.id) && ineligibility(programme, school.levels) === null,
    );
    for (const school of rng.sample(unplaced, WAITING_SCHOOLS[programme])) {
      plan.entries.push({
        ...entry(school, programme),
        status: WaitlistStatus.WAITING,
        priority: rng.chance(PRIORITY_CHANCE) ? 10 : 0,
        joinedAt: daysAgo(rng.int(30, 4 * 365)),
        placedLocationId: null,
        placedAt: null,
      });
    }
  }
  return plan;
}

export interface WaitlistSeedReport {
  /** True when a generated waiting list was present already and nothing was written. */
  skipped: boolean;
  locations: number;
  slots: number;
  placed: number;
  waiting: number;
}

const NOTE = 'Generated by the seed';

/** Writes the planned partner capacity and waiting list of the generated supply, with their audit trail. */
@Injectable()
export class WaitlistSeeder {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Deletes the generated waiting-list entries (their offers and events go with them); the capacity goes with
   * the generated locations. Run before the generated supply is deleted: a placement points at its location.
   */
  async reset(): Promise<number> {
    const deleted: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM waitlist_entries WHERE ${GENERATED_ID_SQL()}`,
    );
    return deleted[1];
  }

  /** Seeds capacity and the list for the generated Jet-Net locations, unless a generated list exists. */
  async seed(options: { seed: number; now?: Date }): Promise<WaitlistSeedReport> {
    return Tx.run(this.dataSource, async ({ manager }) => {
      const present: Array<{ n: number }> = await manager.query(
        `SELECT count(*)::int AS n FROM waitlist_entries WHERE ${GENERATED_ID_SQL()}`,
      );
      if (present[0].n > 0) return { skipped: true, locations: 0, slots: 0, placed: 0, waiting: 0 };
      const plan = planWaitlistSeed(
        options.seed,
        await this.partnerLocations(manager),
        await this.schools(manager),
        options.now ?? new Date(),
      );
      await this.write(manager, plan);
      const placed = plan.entries.filter((e) => e.status === WaitlistStatus.PLACED).length;
      return {
        skipped: false,
        locations: plan.capacity.length,
        slots: plan.capacity.reduce((sum, c) => sum + c.slots, 0),
        placed,
        waiting: plan.entries.length - placed,
      };
    });
  }

  // Generated locations of approved companies with a Jet-Net (Junior) activity, once per programme.
  private async partnerLocations(manager: EntityManager): Promise<SeedPartnerLocation[]> {
    return manager.query(
      `SELECT DISTINCT l.id, l.lat, l.lon, a.programme
         FROM company_locations l
         JOIN companies c ON c.id = l.company_id AND c.approved
         JOIN activities a ON a.location_id = l.id
        WHERE a.programme = ANY($1) AND ${GENERATED_ID_SQL('l.id')}
          AND NOT EXISTS (SELECT 1 FROM partner_capacity p WHERE p.location_id = l.id AND p.programme = a.programme)
        ORDER BY l.id, a.programme`,
      [WAITLIST_PROGRAMMES],
    );
  }

  // Schools without an entry of their own yet, in a stable order.
  private async schools(manager: EntityManager): Promise<SeedSchool[]> {
    return manager.query(
      `SELECT s.id, s.lat, s.lon, s.province, s.levels FROM schools s
        WHERE NOT EXISTS (SELECT 1 FROM waitlist_entries e WHERE e.school_id = s.id AND e.status <> 'WITHDRAWN')
        ORDER BY s.vestigingscode`,
    );
  }

  private async write(manager: EntityManager, plan: WaitlistSeedPlan): Promise<void> {
    const { capacity, entries } = plan;
    await manager.query(
      `INSERT INTO partner_capacity (location_id, programme, slots)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[])`,
      [capacity.map((c) => c.locationId), capacity.map((c) => c.programme), capacity.map((c) => c.slots)],
    );
    const column = <K extends keyof SeedEntry>(key: K) => entries.map((e) => e[key]);
    await manager.query(
      `INSERT INTO waitlist_entries
         (id, school_id, programme, province, status, priority, joined_at, placed_location_id, placed_at, updated_at)
       SELECT id, school_id, programme, province, status, priority, joined_at, placed_location_id, placed_at,
              coalesce(placed_at, joined_at)
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::int[], $7::timestamptz[],
                     $8::uuid[], $9::timestamptz[])
           AS t(id, school_id, programme, province, status, priority, joined_at, placed_location_id, placed_at)`,
      [
        column('id'),
        column('schoolId'),
        column('programme'),
        column('province'),
        column('status'),
        column('priority'),
        column('joinedAt'),
        column('placedLocationId'),
        column('placedAt'),
      ],
    );
    // The audit trail: when each school joined, and when it was placed with which partner.
    const placed = entries.filter((e) => e.placedAt !== null);
    await manager.query(
      `INSERT INTO waitlist_events (entry_id, at, kind, actor_role, note, location_id)
       SELECT entry_id, at, kind, 'SYSTEM', $5, location_id
         FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::uuid[]) AS t(entry_id, at, kind, location_id)`,
      [
        [...column('id'), ...placed.map((e) => e.id)],
        [...column('joinedAt'), ...placed.map((e) => e.placedAt)],
        [...entries.map(() => WaitlistEventKind.JOINED), ...placed.map(() => WaitlistEventKind.PLACED)],
        [...entries.map(() => null), ...placed.map((e) => e.placedLocationId)],
        NOTE,
      ],
    );
  }
}
