import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Programme } from '@app/core';
import type { Tx } from '@app/database';
import { PartnerCapacityEntity } from '../entities/partner-capacity.entity';
import { OfferStatus, WaitlistStatus } from '../waitlist.domain';
import { literal, preparedRows, rowsOf } from '../sql';

/** A capacity row locked for the rest of the transaction, with what offers need to know of its location. */
export interface LockedCapacity {
  locationId: string;
  programme: Programme;
  slots: number;
  partnerDistanceKm: number;
  lat: number;
  lon: number;
  locationName: string;
  city: string;
  companyId: string;
  companyName: string;
  /** Offers are requested here and not yet made (see `PartnerCapacityRepository.request`). */
  offersRequested: boolean;
}

/** What is in use at a location: placed schools and pending offers, and the slots left (below 0 when overbooked). */
export interface Usage {
  placed: number;
  pending: number;
  free: number;
}

// The one place that counts what a capacity row `c` has in use, as `u.placed` and `u.pending`, and so its free
// slots: slots − placed − pending (below zero after the slots were lowered under what is in use).
const USAGE = `CROSS JOIN LATERAL (SELECT
    (SELECT count(*) FROM waitlist_entries e
      WHERE e.placed_location_id = c.location_id AND e.programme = c.programme
        AND e.status = ${literal(WaitlistStatus.PLACED)})::int AS placed,
    (SELECT count(*) FROM partner_offers o
      WHERE o.location_id = c.location_id AND o.programme = c.programme
        AND o.status = ${literal(OfferStatus.PENDING)})::int AS pending) u`;
const FREE = `c.slots - u.placed - u.pending`;
const USAGE_COLUMNS = `u.placed, u.pending, ${FREE} AS free`;

// A capacity row with its location and company, as `LockedCapacity`; the caller adds WHERE and the lock.
const SELECT_CAPACITY = `SELECT c.location_id AS "locationId", c.programme, c.slots,
  c.partner_distance_km AS "partnerDistanceKm", l.lat, l.lon, l.name AS "locationName", l.city,
  l.company_id AS "companyId", co.name AS "companyName", c.offers_requested_at IS NOT NULL AS "offersRequested"
  FROM partner_capacity c
  JOIN company_locations l ON l.id = c.location_id
  JOIN companies co ON co.id = l.company_id`;

const pairs = (caps: ReadonlyArray<{ locationId: string; programme: Programme }>) => [
  caps.map((cap) => cap.locationId),
  caps.map((cap) => cap.programme),
];

/**
 * The SQL of `partner_capacity`: locks, what is in use, and the offer requests. Lock order, everywhere: the
 * capacity row of (location, programme), then the entry, then the offer.
 */
@Injectable()
export class PartnerCapacityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async locationExists(locationId: string): Promise<boolean> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM company_locations WHERE id = $1`,
      [locationId],
    );
    return rows.length > 0;
  }

  /** Locks the capacity row of (location, programme) for the rest of the transaction; null when none. */
  async lock(tx: Tx, locationId: string, programme: Programme): Promise<LockedCapacity | null> {
    const rows = await preparedRows<LockedCapacity>(
      tx,
      'waitlist_lock_capacity',
      `${SELECT_CAPACITY} WHERE c.location_id = $1 AND c.programme = $2 FOR NO KEY UPDATE OF c`,
      [locationId, programme],
    );
    return rows[0] ?? null;
  }

  /** What is in use at an existing capacity row. */
  async usage(locationId: string, programme: Programme, tx?: Tx): Promise<Usage> {
    const [usage] = await (tx ?? this.dataSource).query<Usage[]>(
      `SELECT ${USAGE_COLUMNS} FROM partner_capacity c ${USAGE} WHERE c.location_id = $1 AND c.programme = $2`,
      [locationId, programme],
    );
    return usage ?? { placed: 0, pending: 0, free: 0 };
  }

  find(locationId: string, programme: Programme, tx?: Tx): Promise<PartnerCapacityEntity | null> {
    return (tx?.manager ?? this.dataSource.manager)
      .getRepository(PartnerCapacityEntity)
      .findOne({ where: { locationId, programme } });
  }

  /** Creates the row with no slots when there is none (then `lock` it before `setSlots`). */
  async ensure(tx: Tx, locationId: string, programme: Programme, partnerDistanceKm: number): Promise<void> {
    await tx.query(
      `INSERT INTO partner_capacity (location_id, programme, slots, partner_distance_km)
       VALUES ($1, $2, 0, $3) ON CONFLICT (location_id, programme) DO NOTHING`,
      [locationId, programme, partnerDistanceKm],
    );
  }

  async setSlots(
    tx: Tx,
    locationId: string,
    programme: Programme,
    slots: number,
    partnerDistanceKm: number | null,
  ): Promise<void> {
    await tx.query(
      `UPDATE partner_capacity
          SET slots = $3, partner_distance_km = coalesce($4, partner_distance_km), updated_at = now()
        WHERE location_id = $1 AND programme = $2`,
      [locationId, programme, slots, partnerDistanceKm],
    );
  }

  /** Marks (location, programme) as having a slot that may be free; the caller holds the row. */
  async request(tx: Tx, locationId: string, programme: Programme): Promise<void> {
    await tx.query(
      `UPDATE partner_capacity SET offers_requested_at = coalesce(offers_requested_at, now())
        WHERE location_id = $1 AND programme = $2`,
      [locationId, programme],
    );
  }

  /** Marks again, as the newest requests, rows claimed but left for the next batch. */
  async requestAgain(tx: Tx, caps: LockedCapacity[]): Promise<void> {
    if (caps.length === 0) return;
    await tx.query(
      `UPDATE partner_capacity c SET offers_requested_at = now()
         FROM unnest($1::uuid[], $2::text[]) AS t(location_id, programme)
        WHERE c.location_id = t.location_id AND c.programme = t.programme`,
      pairs(caps),
    );
  }

  /** Requested rows nobody else holds, oldest request first, locked; of one programme or (null) of all. */
  claimRequested(tx: Tx, limit: number, programme: Programme | null): Promise<LockedCapacity[]> {
    return preparedRows<LockedCapacity>(
      tx,
      'waitlist_claim_requests',
      `${SELECT_CAPACITY}
        WHERE c.offers_requested_at IS NOT NULL AND ($2::text IS NULL OR c.programme = $2)
        ORDER BY c.offers_requested_at, c.location_id, c.programme
        LIMIT $1
          FOR NO KEY UPDATE OF c SKIP LOCKED`,
      [limit, programme],
    );
  }

  /**
   * Clears the requests of claimed rows and counts, now that they are locked, what each has in use, together with
   * the entries that declined its location or let an offer of it expire within `cooldownDays`.
   */
  takeRequests(
    tx: Tx,
    caps: LockedCapacity[],
    cooldownDays: number,
  ): Promise<Array<Usage & { location_id: string; programme: Programme; refused: string[] }>> {
    return preparedRows(
      tx,
      'waitlist_take_requests',
      `WITH taken AS (
         UPDATE partner_capacity c SET offers_requested_at = NULL
           FROM unnest($1::uuid[], $2::text[]) AS t(location_id, programme)
          WHERE c.location_id = t.location_id AND c.programme = t.programme
         RETURNING c.location_id, c.programme, c.slots)
       SELECT c.location_id, c.programme, ${USAGE_COLUMNS},
              ARRAY(SELECT o.entry_id FROM partner_offers o
                     WHERE o.location_id = c.location_id
                       AND o.status IN (${literal(OfferStatus.DECLINED)}, ${literal(OfferStatus.EXPIRED)})
                       AND o.decided_at > now() - make_interval(days => $3)) AS refused
         FROM taken c ${USAGE}`,
      [...pairs(caps), cooldownDays],
    );
  }

  /** Requests offers for every row with free slots that nobody else holds; returns their locations. */
  async requestAllFree(): Promise<string[]> {
    const rows = await rowsOf<{ location_id: string }>(
      this.dataSource,
      `UPDATE partner_capacity SET offers_requested_at = coalesce(offers_requested_at, now())
        WHERE (location_id, programme) IN (
                SELECT c.location_id, c.programme FROM partner_capacity c ${USAGE}
                 WHERE ${FREE} > 0
                   FOR NO KEY UPDATE OF c SKIP LOCKED)
       RETURNING location_id`,
    );
    return rows.map((row) => row.location_id);
  }
}
