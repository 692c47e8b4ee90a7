import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Programme } from '@app/core';
import type { Tx } from '@app/database';
import { PartnerOfferEntity } from '../entities/partner-offer.entity';
import { OfferStatus, SYSTEM, WaitlistEventKind, WaitlistStatus } from '../waitlist.domain';
import { literal, preparedRows, rowsOf } from '../sql';

const PENDING = literal(OfferStatus.PENDING);

/** An offer as the expiry and the answers read it; `due` when its time is up. */
export interface OfferRow {
  id: string;
  entryId: string;
  locationId: string;
  programme: Programme;
  status: OfferStatus;
  expiresAt: Date;
  due: boolean;
}

/** An offer to make: the entry, the capacity row's location and programme, and the place in words. */
export interface NewOffer {
  entryId: string;
  locationId: string;
  programme: Programme;
  place: string;
}

/** The SQL of `partner_offers`. */
@Injectable()
export class PartnerOfferRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(offerId: string): Promise<PartnerOfferEntity | null> {
    return this.dataSource.getRepository(PartnerOfferEntity).findOne({ where: { id: offerId } });
  }

  pendingOf(entryId: string, tx?: Tx): Promise<PartnerOfferEntity | null> {
    return (tx?.manager ?? this.dataSource.manager)
      .getRepository(PartnerOfferEntity)
      .findOne({ where: { entryId, status: OfferStatus.PENDING } });
  }

  pendingFor(entryIds: readonly string[]): Promise<PartnerOfferEntity[]> {
    return this.dataSource
      .getRepository(PartnerOfferEntity)
      .find({ where: { entryId: In([...entryIds]), status: OfferStatus.PENDING } });
  }

  async read(tx: Tx, offerId: string, lock: boolean): Promise<OfferRow | null> {
    const rows = await tx.query<OfferRow[]>(
      `SELECT id, entry_id AS "entryId", location_id AS "locationId", programme, status,
              expires_at AS "expiresAt", expires_at <= now() AS due
         FROM partner_offers WHERE id = $1 ${lock ? 'FOR NO KEY UPDATE' : ''}`,
      [offerId],
    );
    return rows[0] ?? null;
  }

  /** Decides a PENDING offer; null when it was not pending. */
  async decide(
    tx: Tx,
    offerId: string,
    to: Exclude<OfferStatus, OfferStatus.PENDING>,
  ): Promise<{ entryId: string; locationId: string; programme: Programme } | null> {
    const rows = await rowsOf<{ entryId: string; locationId: string; programme: Programme }>(
      tx,
      `UPDATE partner_offers SET status = $2, decided_at = now()
        WHERE id = $1 AND status = ${PENDING}
       RETURNING entry_id AS "entryId", location_id AS "locationId", programme`,
      [offerId, to],
    );
    return rows[0] ?? null;
  }

  /** The newest `limit` pending offers of a location; of offers made together, those of the last in line. */
  newestPending(
    tx: Tx,
    locationId: string,
    programme: Programme,
    limit: number,
  ): Promise<Array<{ id: string; entryId: string }>> {
    return tx.query(
      `SELECT o.id, o.entry_id AS "entryId" FROM partner_offers o JOIN waitlist_entries e ON e.id = o.entry_id
        WHERE o.location_id = $1 AND o.programme = $2 AND o.status = ${PENDING}
        ORDER BY o.created_at DESC, e.priority, e.joined_at DESC, e.id DESC LIMIT $3`,
      [locationId, programme, limit],
    );
  }

  /**
   * Makes the offers in one statement: inserts them, marks their entries OFFERED and writes their history. The
   * caller holds the capacity rows and the entries.
   */
  create(
    tx: Tx,
    offers: NewOffer[],
    ttlMs: number,
  ): Promise<Array<{ id: string; entry_id: string; expires_at: Date }>> {
    return preparedRows(
      tx,
      'waitlist_make_offers',
      `WITH picked AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[])
                  WITH ORDINALITY AS p(entry_id, location_id, programme, place, n)),
       made AS (
         INSERT INTO partner_offers (entry_id, location_id, programme, status, created_at, expires_at)
         SELECT entry_id, location_id, programme, ${PENDING}, clock_timestamp(),
                clock_timestamp() + make_interval(secs => $5::float8 / 1000)
           FROM picked ORDER BY n
         RETURNING id, entry_id, location_id, expires_at),
       marked AS (
         UPDATE waitlist_entries e SET status = ${literal(WaitlistStatus.OFFERED)}, updated_at = now()
          WHERE e.id = ANY ($1::uuid[])
         RETURNING e.id),
       logged AS (
         INSERT INTO waitlist_events (entry_id, kind, actor_role, note, offer_id, location_id)
         SELECT m.entry_id, ${literal(WaitlistEventKind.OFFERED)}, ${literal(SYSTEM.role)},
                'Partner place offered by ' || p.place || ', open until '
                  || to_char(m.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                m.id, m.location_id
           FROM made m JOIN picked p ON p.entry_id = m.entry_id)
       SELECT m.id, m.entry_id, m.expires_at FROM made m`,
      [
        offers.map((offer) => offer.entryId),
        offers.map((offer) => offer.locationId),
        offers.map((offer) => offer.programme),
        offers.map((offer) => offer.place),
        ttlMs,
      ],
    );
  }

  /** Marks as reminded the offers of `offerIds` still pending, not reminded and not yet expired. */
  remind(
    tx: Tx,
    offerIds: string[],
  ): Promise<
    Array<{
      id: string;
      entryId: string;
      locationId: string;
      programme: Programme;
      expiresAt: Date;
      schoolId: string;
    }>
  > {
    return rowsOf(
      tx,
      `UPDATE partner_offers o SET reminded_at = now()
         FROM waitlist_entries e
        WHERE o.id = ANY($1::uuid[]) AND e.id = o.entry_id
          AND o.status = ${PENDING} AND o.reminded_at IS NULL AND o.expires_at > now()
       RETURNING o.id, o.entry_id AS "entryId", o.location_id AS "locationId", o.programme,
                 o.expires_at AS "expiresAt", e.school_id AS "schoolId"`,
      [offerIds],
    );
  }

  /** Pending offers whose time is up, the longest overdue first. */
  async overdue(): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM partner_offers WHERE status = ${PENDING} AND expires_at <= now() ORDER BY expires_at`,
    );
    return rows.map((row) => row.id);
  }

  /** Pending offers without a reminder that are due one (their TTL is at least `beforeMs`). */
  async dueReminders(beforeMs: number): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM partner_offers
        WHERE status = ${PENDING} AND reminded_at IS NULL AND expires_at > now()
          AND expires_at - created_at >= make_interval(secs => $1::double precision / 1000)
          AND expires_at - make_interval(secs => $1::double precision / 1000) <= now()`,
      [beforeMs],
    );
    return rows.map((row) => row.id);
  }

  /** When the last of the pending ones of `offerIds` expires; null when none is pending. */
  async lastExpiry(offerIds: string[]): Promise<Date | null> {
    const [{ last }] = await this.dataSource.query<Array<{ last: Date | null }>>(
      `SELECT max(expires_at) AS last FROM partner_offers WHERE id = ANY($1::uuid[]) AND status = ${PENDING}`,
      [offerIds],
    );
    return last;
  }
}
