import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EducationLevel, Programme, Province } from '@app/core';
import type { Tx } from '@app/database';
import { WaitlistEntryEntity } from '../entities/waitlist-entry.entity';
import { OfferStatus, WaitlistStatus } from '../waitlist.domain';
import type { WaitingEntry } from '../offer-assignment';
import { literal, preparedRows, rowsOf } from '../sql';

const WAITING = literal(WaitlistStatus.WAITING);
const OFFERED = literal(WaitlistStatus.OFFERED);
const PLACED = literal(WaitlistStatus.PLACED);
const WITHDRAWN = literal(WaitlistStatus.WITHDRAWN);
const PENDING = literal(OfferStatus.PENDING);

const ENTRY_COLUMNS = `id, school_id AS "schoolId", programme, province, status, priority, joined_at AS "joinedAt",
  placed_location_id AS "placedLocationId", placed_at AS "placedAt", withdrawn_at AS "withdrawnAt",
  updated_at AS "updatedAt"`;

// An OFFERED entry without a pending offer: transactions never leave one, the reconcile repairs any.
const STRAY = `e.status = ${OFFERED}
  AND NOT EXISTS (SELECT 1 FROM partner_offers o WHERE o.entry_id = e.id AND o.status = ${PENDING})`;

/** Where the offer walk resumes (after the last entry read) and the box its slots cover. */
export interface WaitingPage {
  after: WaitingEntry | undefined;
  box: { minLat: number; maxLat: number; minLon: number; maxLon: number };
  limit: number;
}

/** The SQL of `waitlist_entries`, and what the list reads of schools. */
@Injectable()
export class WaitlistRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(entryId: string): Promise<WaitlistEntryEntity | null> {
    return this.dataSource.getRepository(WaitlistEntryEntity).findOne({ where: { id: entryId } });
  }

  async lock(tx: Tx, entryId: string): Promise<WaitlistEntryEntity | null> {
    const rows = await tx.query<WaitlistEntryEntity[]>(
      `SELECT ${ENTRY_COLUMNS} FROM waitlist_entries WHERE id = $1 FOR NO KEY UPDATE`,
      [entryId],
    );
    return rows[0] ?? null;
  }

  /** Locks entries in id order (so that two transactions never wait for each other). */
  async lockMany(tx: Tx, entryIds: string[]): Promise<void> {
    await tx.query(
      `SELECT 1 FROM waitlist_entries WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`,
      [[...entryIds].sort()],
    );
  }

  /** What joining needs to know of a school, and what a placement tells the company; null when none. */
  async school(
    schoolId: string,
    tx?: Tx,
  ): Promise<{ levels: EducationLevel[]; province: Province; name: string; city: string } | null> {
    const rows = await (tx ?? this.dataSource).query<
      Array<{ levels: EducationLevel[]; province: Province; name: string; city: string }>
    >(`SELECT levels, province, name, city FROM schools WHERE id = $1`, [schoolId]);
    return rows[0] ?? null;
  }

  /** A new WAITING entry; null when the school has an active entry in the programme already. */
  async insertWaiting(
    tx: Tx,
    schoolId: string,
    programme: Programme,
    province: Province,
  ): Promise<WaitlistEntryEntity | null> {
    const rows = await tx.query<WaitlistEntryEntity[]>(
      `INSERT INTO waitlist_entries (school_id, programme, province, status)
       VALUES ($1, $2, $3, ${WAITING})
       ON CONFLICT (school_id, programme) WHERE status <> ${WITHDRAWN} DO NOTHING
       RETURNING ${ENTRY_COLUMNS}`,
      [schoolId, programme, province],
    );
    return rows[0] ?? null;
  }

  async findActive(tx: Tx, schoolId: string, programme: Programme): Promise<WaitlistEntryEntity | null> {
    const rows = await tx.query<WaitlistEntryEntity[]>(
      `SELECT ${ENTRY_COLUMNS} FROM waitlist_entries
        WHERE school_id = $1 AND programme = $2 AND status <> ${WITHDRAWN}`,
      [schoolId, programme],
    );
    return rows[0] ?? null;
  }

  async withdraw(tx: Tx, entryId: string): Promise<WaitlistEntryEntity> {
    const [entry] = await rowsOf<WaitlistEntryEntity>(
      tx,
      `UPDATE waitlist_entries SET status = ${WITHDRAWN}, withdrawn_at = now(), updated_at = now()
        WHERE id = $1 RETURNING ${ENTRY_COLUMNS}`,
      [entryId],
    );
    return entry;
  }

  async place(tx: Tx, entryId: string, locationId: string): Promise<WaitlistEntryEntity> {
    const [entry] = await rowsOf<WaitlistEntryEntity>(
      tx,
      `UPDATE waitlist_entries
          SET status = ${PLACED}, placed_location_id = $2, placed_at = now(), updated_at = now()
        WHERE id = $1 RETURNING ${ENTRY_COLUMNS}`,
      [entryId, locationId],
    );
    return entry;
  }

  async setPriority(tx: Tx, entryId: string, priority: number): Promise<WaitlistEntryEntity> {
    const [entry] = await rowsOf<WaitlistEntryEntity>(
      tx,
      `UPDATE waitlist_entries SET priority = $2, updated_at = now() WHERE id = $1 RETURNING ${ENTRY_COLUMNS}`,
      [entryId, priority],
    );
    return entry;
  }

  /** An OFFERED entry back to WAITING, its place kept (joined_at is untouched); null when it was not offered. */
  async backToWaiting(tx: Tx, entryId: string): Promise<{ schoolId: string } | null> {
    const [entry] = await rowsOf<{ schoolId: string }>(
      tx,
      `UPDATE waitlist_entries SET status = ${WAITING}, updated_at = now()
        WHERE id = $1 AND status = ${OFFERED}
       RETURNING school_id AS "schoolId"`,
      [entryId],
    );
    return entry ?? null;
  }

  /** Entries of a programme in list order, with the 1-based place of each WAITING one. */
  list(
    programme: Programme,
    provinces: Province[] | null,
    statuses: WaitlistStatus[],
  ): Promise<Array<WaitlistEntryEntity & { position: string | null }>> {
    return this.dataSource.query(
      `SELECT ${ENTRY_COLUMNS},
              CASE WHEN status = ${WAITING} THEN row_number() OVER (
                PARTITION BY programme, province, status = ${WAITING}
                ORDER BY priority DESC, joined_at, id) END AS position
         FROM waitlist_entries
        WHERE programme = $1 AND ($2::text[] IS NULL OR province = ANY($2)) AND status = ANY($3::text[])
        ORDER BY province, status = ${PLACED}, status = ${WITHDRAWN}, priority DESC, joined_at, id`,
      [programme, provinces, statuses],
    );
  }

  /** A school's entries: active first, then the most recent. */
  forSchool(schoolId: string): Promise<WaitlistEntryEntity[]> {
    return this.dataSource.query(
      `SELECT ${ENTRY_COLUMNS} FROM waitlist_entries WHERE school_id = $1
        ORDER BY status = ${WITHDRAWN}, joined_at DESC`,
      [schoolId],
    );
  }

  /** 1-based position among the WAITING entries of the same programme and province; absent when not waiting. */
  async positions(entryIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.dataSource.query<Array<{ id: string; position: number }>>(
      `SELECT e.id,
              (SELECT count(*) FROM waitlist_entries o
                WHERE o.programme = e.programme AND o.province = e.province AND o.status = ${WAITING}
                  AND (o.priority > e.priority
                       OR (o.priority = e.priority AND (o.joined_at, o.id) < (e.joined_at, e.id))))::int + 1
                AS position
         FROM waitlist_entries e
        WHERE e.id = ANY($1::uuid[]) AND e.status = ${WAITING}`,
      [[...entryIds]],
    );
    return new Map(rows.map((row) => [row.id, row.position]));
  }

  /** Placements of the last twelve months per `programme:province` key. */
  async placementsLastYear(keys: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.dataSource.query<Array<{ key: string; placements: number }>>(
      `SELECT programme || ':' || province AS key, count(*)::int AS placements
         FROM waitlist_entries
        WHERE status = ${PLACED} AND placed_at > now() - interval '12 months'
          AND programme || ':' || province = ANY($1::text[])
        GROUP BY 1`,
      [[...keys]],
    );
    return new Map(rows.map((row) => [row.key, row.placements]));
  }

  /** The next WAITING entries of a programme in list order (priority high first, then joining time, then id). */
  waitingPage(tx: Tx, programme: Programme, page: WaitingPage): Promise<WaitingEntry[]> {
    return preparedRows<WaitingEntry>(
      tx,
      'waitlist_waiting_page',
      `SELECT e.id, e.school_id, s.lat, s.lon, e.priority, e.joined_at::text AS joined_at
         FROM waitlist_entries e
         JOIN schools s ON s.id = e.school_id
        WHERE e.programme = $1 AND e.status = ${WAITING}
          AND ($2::int IS NULL OR e.priority < $2
               OR (e.priority = $2 AND (e.joined_at, e.id) > ($3::timestamptz, $4::uuid)))
          AND s.lat BETWEEN $5::float8 AND $6::float8 AND s.lon BETWEEN $7::float8 AND $8::float8
        ORDER BY e.priority DESC, e.joined_at, e.id
        LIMIT $9`,
      [
        programme,
        page.after?.priority ?? null,
        page.after?.joined_at ?? null,
        page.after?.id ?? null,
        page.box.minLat,
        page.box.maxLat,
        page.box.minLon,
        page.box.maxLon,
        page.limit,
      ],
    );
  }

  /** Locks those of `entryIds` that are still WAITING and nobody else holds; returns their ids. */
  async lockWaiting(tx: Tx, entryIds: string[]): Promise<string[]> {
    const rows = await preparedRows<{ id: string }>(
      tx,
      'waitlist_lock_entries',
      `SELECT id FROM waitlist_entries WHERE id = ANY ($1::uuid[]) AND status = ${WAITING}
        ORDER BY id FOR NO KEY UPDATE SKIP LOCKED`,
      [entryIds],
    );
    return rows.map((row) => row.id);
  }

  /** OFFERED entries without a pending offer. */
  async stray(): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT e.id FROM waitlist_entries e WHERE ${STRAY}`,
    );
    return rows.map((row) => row.id);
  }

  /** A stray entry back to WAITING; false when it is no longer stray. */
  async repairStray(tx: Tx, entryId: string): Promise<boolean> {
    const rows = await rowsOf<{ id: string }>(
      tx,
      `UPDATE waitlist_entries e SET status = ${WAITING}, updated_at = now()
        WHERE e.id = $1 AND ${STRAY}
       RETURNING e.id`,
      [entryId],
    );
    return rows.length > 0;
  }
}
