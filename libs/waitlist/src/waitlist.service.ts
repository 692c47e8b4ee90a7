import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  BadInputException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
  Role,
  isCoordinator,
  type Actor,
  type EducationLevel,
  Programme,
  type Province,
  isUuid,
} from '@app/core';
import { inTransaction } from '@app/database';
import { PartnerCapacityEntity } from './entities/partner-capacity.entity';
import { PartnerOfferEntity } from './entities/partner-offer.entity';
import { WaitlistEntryEntity } from './entities/waitlist-entry.entity';
import { WaitlistEventEntity } from './entities/waitlist-event.entity';
import { PartnerOfferService, type AfterCommit, type LockedCapacity } from './partner-offer.service';
import {
  DEFAULT_PARTNER_DISTANCE_KM,
  MAX_SLOTS,
  OfferStatus,
  PRIORITY_RANGE,
  WaitlistEventKind,
  WaitlistStatus,
  eventActor,
  ineligibility,
  isWaitlistProgramme,
  type EventActor,
} from './waitlist.domain';
import { rowsOf } from './sql';

/** A capacity row with what is in use: placed schools plus pending offers. */
export interface CapacityView {
  capacity: PartnerCapacityEntity;
  placed: number;
  pending: number;
}

/** An entry with its 1-based place among the WAITING entries of its programme and province. */
export interface RankedEntry {
  entry: WaitlistEntryEntity;
  position: number | null;
}

const MAX_REASON = 2000;

// Thrown inside a transaction whose locks turned out to be the wrong ones; the use case runs again.
class Retry extends Error {}

const ENTRY_COLUMNS = `id, school_id AS "schoolId", programme, province, status, priority, joined_at AS "joinedAt",
  placed_location_id AS "placedLocationId", placed_at AS "placedAt", withdrawn_at AS "withdrawnAt",
  updated_at AS "updatedAt"`;

function reasonOf(reason: string | null | undefined): string {
  const trimmed = (reason ?? '').trim();
  if (!trimmed) throw new BadInputException('Give a reason; it is kept in the history', { field: 'reason' });
  if (trimmed.length > MAX_REASON) {
    throw new BadInputException(`The reason is longer than ${MAX_REASON} characters`, { field: 'reason' });
  }
  return trimmed;
}

function checkId(what: string, id: string): void {
  if (!isUuid(id)) throw new NotFoundException(what, id);
}

/** The waiting-list use cases: joining, leaving, answering offers, capacity, and the coordinators' tools. */
@Injectable()
export class WaitlistService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offers: PartnerOfferService,
  ) {}

  private async withRetry<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await work();
      } catch (error) {
        if (!(error instanceof Retry) || attempt >= 5) throw error;
      }
    }
  }

  private async lockEntry(manager: EntityManager, entryId: string): Promise<WaitlistEntryEntity | null> {
    const rows = await manager.query<WaitlistEntryEntity[]>(
      `SELECT ${ENTRY_COLUMNS} FROM waitlist_entries WHERE id = $1 FOR NO KEY UPDATE`,
      [entryId],
    );
    return rows[0] ?? null;
  }

  private pendingOfferOf(manager: EntityManager, entryId: string): Promise<PartnerOfferEntity | null> {
    return manager
      .getRepository(PartnerOfferEntity)
      .findOne({ where: { entryId, status: OfferStatus.PENDING } });
  }

  private assertSchoolSide(actor: Actor, entry: WaitlistEntryEntity): void {
    if (isCoordinator(actor)) return;
    if (actor.role !== Role.TEACHER || actor.schoolId !== entry.schoolId) {
      throw new ForbiddenException('This waiting-list entry belongs to another school');
    }
  }

  private async findEntry(entryId: string): Promise<WaitlistEntryEntity> {
    checkId('Waiting-list entry', entryId);
    const entry = await this.dataSource
      .getRepository(WaitlistEntryEntity)
      .findOne({ where: { id: entryId } });
    if (!entry) throw new NotFoundException('Waiting-list entry', entryId);
    return entry;
  }

  /**
   * Puts a school on the waiting list of a programme; idempotent, also under concurrency (a second call returns
   * the active entry). A teacher joins for the own school; a coordinator names the school.
   */
  async join(actor: Actor, programme: Programme, schoolId?: string | null): Promise<WaitlistEntryEntity> {
    if (!isWaitlistProgramme(programme)) {
      throw new BadInputException(`${programme} keeps no waiting list; only JET_NET and JET_NET_JUNIOR do`, {
        field: 'programme',
      });
    }
    let forSchool: string;
    if (isCoordinator(actor)) {
      if (!schoolId) throw new BadInputException('Name the school to put on the list', { field: 'schoolId' });
      forSchool = schoolId;
    } else if (actor.role === Role.TEACHER && actor.schoolId) {
      if (schoolId && schoolId !== actor.schoolId) {
        throw new ForbiddenException('A teacher can put only the own school on a waiting list');
      }
      forSchool = actor.schoolId;
    } else {
      throw new ForbiddenException(
        'Only a teacher (for the own school) or a coordinator can join a waiting list',
      );
    }
    checkId('School', forSchool);
    const schools = await this.dataSource.query<Array<{ levels: EducationLevel[]; province: Province }>>(
      `SELECT levels, province FROM schools WHERE id = $1`,
      [forSchool],
    );
    if (schools.length === 0) throw new NotFoundException('School', forSchool);
    const why = ineligibility(programme, schools[0].levels);
    if (why) throw new BadInputException(why, { field: 'programme' });
    return this.withRetry(() =>
      inTransaction(this.dataSource, async (manager) => {
        const inserted = await manager.query<WaitlistEntryEntity[]>(
          `INSERT INTO waitlist_entries (school_id, programme, province, status)
           VALUES ($1, $2, $3, 'WAITING')
           ON CONFLICT (school_id, programme) WHERE status <> 'WITHDRAWN' DO NOTHING
           RETURNING ${ENTRY_COLUMNS}`,
          [forSchool, programme, schools[0].province],
        );
        if (inserted[0]) {
          await this.offers.addEvents(manager, [
            {
              entryId: inserted[0].id,
              kind: WaitlistEventKind.JOINED,
              actor: eventActor(actor),
              note: isCoordinator(actor) ? 'Put on the list by a coordinator' : null,
            },
          ]);
          return inserted[0];
        }
        const active = await manager.query<WaitlistEntryEntity[]>(
          `SELECT ${ENTRY_COLUMNS} FROM waitlist_entries
            WHERE school_id = $1 AND programme = $2 AND status <> 'WITHDRAWN'`,
          [forSchool, programme],
        );
        // The active entry was withdrawn between our insert and this read: try again.
        if (!active[0]) throw new Retry();
        return active[0];
      }),
    );
  }

  /** Takes a school off the list; a pending offer is revoked and its slot goes to the next school. */
  async withdraw(actor: Actor, entryId: string, reason?: string | null): Promise<WaitlistEntryEntity> {
    const seen = await this.findEntry(entryId);
    this.assertSchoolSide(actor, seen);
    const note = reason?.trim() ? reasonOf(reason) : null;
    return this.withRetry(async () => {
      const pendingSeen = await this.pendingOfferOf(this.dataSource.manager, entryId);
      return inTransaction(this.dataSource, async (manager, afterCommit) => {
        if (pendingSeen)
          await this.offers.lockCapacity(manager, pendingSeen.locationId, pendingSeen.programme);
        const entry = await this.lockEntry(manager, entryId);
        if (!entry) throw new NotFoundException('Waiting-list entry', entryId);
        if (entry.status === WaitlistStatus.WITHDRAWN) return entry;
        if (entry.status === WaitlistStatus.PLACED) {
          throw new ConflictException(
            'This school is placed with a partner; a coordinator ends a partnership, not the waiting list',
          );
        }
        const pending = await this.pendingOfferOf(manager, entryId);
        if ((pending?.id ?? null) !== (pendingSeen?.id ?? null)) throw new Retry();
        const by = eventActor(actor);
        if (pending) {
          await this.offers.closeOffer(
            manager,
            afterCommit,
            pending.id,
            OfferStatus.REVOKED,
            by,
            'The school left the waiting list',
            { refill: true, notify: false },
          );
        }
        const [updated] = await rowsOf<WaitlistEntryEntity>(
          manager,
          `UPDATE waitlist_entries SET status = 'WITHDRAWN', withdrawn_at = now(), updated_at = now()
            WHERE id = $1 RETURNING ${ENTRY_COLUMNS}`,
          [entryId],
        );
        await this.offers.addEvents(manager, [
          { entryId, kind: WaitlistEventKind.WITHDRAWN, actor: by, note },
        ]);
        return updated;
      });
    });
  }

  /** The school answers a pending offer: accept places it with that partner; decline keeps its place. */
  async respond(actor: Actor, offerId: string, accept: boolean): Promise<WaitlistEntryEntity> {
    checkId('Offer', offerId);
    const seen = await this.dataSource.getRepository(PartnerOfferEntity).findOne({ where: { id: offerId } });
    if (!seen) throw new NotFoundException('Offer', offerId);
    this.assertSchoolSide(actor, await this.findEntry(seen.entryId));
    return inTransaction(this.dataSource, async (manager, afterCommit) => {
      const cap = await this.offers.lockCapacity(manager, seen.locationId, seen.programme);
      const entry = await this.lockEntry(manager, seen.entryId);
      const [offer] = await manager.query<Array<{ status: OfferStatus; due: boolean }>>(
        `SELECT status, expires_at <= now() AS due FROM partner_offers WHERE id = $1 FOR NO KEY UPDATE`,
        [offerId],
      );
      if (!cap || !entry || !offer) throw new NotFoundException('Offer', offerId);
      // The offer job skips capacity rows held by others; a request it skipped for this one is picked up now.
      if (cap.offersRequested) afterCommit(() => this.offers.enqueueOfferFreeSlots(cap.programme));
      if (offer.status === OfferStatus.EXPIRED || (offer.status === OfferStatus.PENDING && offer.due)) {
        throw new ConflictException('This offer has expired; the school keeps its place on the list');
      }
      if (offer.status !== OfferStatus.PENDING) {
        throw new ConflictException(`This offer is ${offer.status.toLowerCase()} already`);
      }
      const by = eventActor(actor);
      if (!accept) {
        await this.offers.closeOffer(
          manager,
          afterCommit,
          offerId,
          OfferStatus.DECLINED,
          by,
          'The school declined the offer',
          { refill: true, notify: false },
        );
        return (await this.lockEntry(manager, entry.id))!;
      }
      await manager.query(`UPDATE partner_offers SET status = 'ACCEPTED', decided_at = now() WHERE id = $1`, [
        offerId,
      ]);
      await this.offers.addEvents(manager, [
        {
          entryId: entry.id,
          kind: WaitlistEventKind.OFFER_ACCEPTED,
          actor: by,
          note: 'The school accepted the offer',
          offerId,
          locationId: cap.locationId,
        },
      ]);
      return this.markPlaced(manager, afterCommit, entry, cap, by, 'Placed by accepting the offer');
    });
  }

  private async markPlaced(
    manager: EntityManager,
    afterCommit: AfterCommit,
    entry: WaitlistEntryEntity,
    cap: LockedCapacity,
    by: EventActor,
    note: string,
  ): Promise<WaitlistEntryEntity> {
    const [placed] = await rowsOf<WaitlistEntryEntity>(
      manager,
      `UPDATE waitlist_entries
          SET status = 'PLACED', placed_location_id = $2, placed_at = now(), updated_at = now()
        WHERE id = $1 RETURNING ${ENTRY_COLUMNS}`,
      [entry.id, cap.locationId],
    );
    await this.offers.addEvents(manager, [
      { entryId: entry.id, kind: WaitlistEventKind.PLACED, actor: by, note, locationId: cap.locationId },
    ]);
    const [school] = await manager.query<Array<{ name: string; city: string }>>(
      `SELECT name, city FROM schools WHERE id = $1`,
      [entry.schoolId],
    );
    const partner = `${cap.companyName} (${cap.locationName}, ${cap.city})`;
    const programmeName = entry.programme === Programme.JET_NET_JUNIOR ? 'Jet-Net Junior' : 'Jet-Net';
    await this.offers.notifySchools(manager, afterCommit, [
      {
        schoolId: entry.schoolId,
        kind: 'WAITLIST_PLACED',
        subject: `Geplaatst: ${programmeName}-partner ${cap.companyName}`,
        body: `Uw school is geplaatst bij ${partner} als ${programmeName}-partner.`,
      },
    ]);
    await this.offers.notifyCompany(
      manager,
      afterCommit,
      cap.companyId,
      'WAITLIST_PLACED',
      `Nieuwe ${programmeName}-partnerschool: ${school.name}`,
      `${school.name} (${school.city}) is geplaatst als ${programmeName}-partnerschool van ${partner}.`,
    );
    return placed;
  }

  /** Coordinator: sets the priority of an active entry (high first); the reason goes into the history. */
  async prioritize(
    actor: Actor,
    entryId: string,
    priority: number,
    reason: string,
  ): Promise<WaitlistEntryEntity> {
    if (!isCoordinator(actor)) throw new ForbiddenException('Only a coordinator can change priorities');
    const why = reasonOf(reason);
    if (!Number.isInteger(priority) || priority < PRIORITY_RANGE.min || priority > PRIORITY_RANGE.max) {
      throw new BadInputException(
        `The priority is a whole number from ${PRIORITY_RANGE.min} to ${PRIORITY_RANGE.max}`,
        { field: 'priority' },
      );
    }
    checkId('Waiting-list entry', entryId);
    return inTransaction(this.dataSource, async (manager) => {
      const entry = await this.lockEntry(manager, entryId);
      if (!entry) throw new NotFoundException('Waiting-list entry', entryId);
      if (entry.status !== WaitlistStatus.WAITING && entry.status !== WaitlistStatus.OFFERED) {
        throw new ConflictException(
          `This entry is ${entry.status.toLowerCase()}; its priority no longer counts`,
        );
      }
      if (entry.priority === priority) return entry;
      const [updated] = await rowsOf<WaitlistEntryEntity>(
        manager,
        `UPDATE waitlist_entries SET priority = $2, updated_at = now() WHERE id = $1 RETURNING ${ENTRY_COLUMNS}`,
        [entryId, priority],
      );
      await this.offers.addEvents(manager, [
        {
          entryId,
          kind: WaitlistEventKind.PRIORITY_CHANGED,
          actor: eventActor(actor),
          note: `Priority ${entry.priority} → ${priority}: ${why}`,
        },
      ]);
      return updated;
    });
  }

  /**
   * Coordinator: places an entry with a location by hand. Uses the entry's own pending offer when it is for that
   * location; otherwise needs a free slot there (CONFLICT when full) and revokes a pending offer elsewhere.
   */
  async place(
    actor: Actor,
    entryId: string,
    locationId: string,
    reason: string,
  ): Promise<WaitlistEntryEntity> {
    if (!isCoordinator(actor)) throw new ForbiddenException('Only a coordinator can place schools by hand');
    const why = reasonOf(reason);
    const seen = await this.findEntry(entryId);
    checkId('Company location', locationId);
    const location = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM company_locations WHERE id = $1`,
      [locationId],
    );
    if (location.length === 0) throw new NotFoundException('Company location', locationId);
    return this.withRetry(async () => {
      const pendingSeen = await this.pendingOfferOf(this.dataSource.manager, entryId);
      return inTransaction(this.dataSource, async (manager, afterCommit) => {
        // Both capacity rows in one order, so that two placements never wait for each other.
        const lockOrder = [
          ...new Set([locationId, pendingSeen?.locationId].filter((id): id is string => !!id)),
        ];
        lockOrder.sort();
        let target: LockedCapacity | null = null;
        for (const id of lockOrder) {
          const cap = await this.offers.lockCapacity(manager, id, seen.programme);
          if (id === locationId) target = cap;
          // As in respond: a request the offer job skipped while this transaction held the row.
          if (cap?.offersRequested) afterCommit(() => this.offers.enqueueOfferFreeSlots(cap.programme));
        }
        if (!target) {
          throw new ConflictException('This location takes no partner schools in this programme', {
            field: 'locationId',
          });
        }
        const entry = await this.lockEntry(manager, entryId);
        if (!entry) throw new NotFoundException('Waiting-list entry', entryId);
        if (entry.status === WaitlistStatus.PLACED)
          throw new ConflictException('This school is placed already');
        if (entry.status === WaitlistStatus.WITHDRAWN) {
          throw new ConflictException('This school has left the waiting list');
        }
        const pending = await this.pendingOfferOf(manager, entryId);
        if ((pending?.id ?? null) !== (pendingSeen?.id ?? null)) throw new Retry();
        const by = eventActor(actor);
        if (pending && pending.locationId === locationId) {
          await manager.query(
            `UPDATE partner_offers SET status = 'ACCEPTED', decided_at = now() WHERE id = $1`,
            [pending.id],
          );
          await this.offers.addEvents(manager, [
            {
              entryId,
              kind: WaitlistEventKind.OFFER_ACCEPTED,
              actor: by,
              note: `Accepted for the school by a coordinator: ${why}`,
              offerId: pending.id,
              locationId,
            },
          ]);
        } else {
          const { placed, pending: held } = await this.offers.usage(manager, locationId, entry.programme);
          if (placed + held >= target.slots) {
            throw new ConflictException(
              `This location is full: ${target.slots} slots, ${placed} placed, ${held} offered`,
              { field: 'locationId' },
            );
          }
          if (pending) {
            await this.offers.closeOffer(
              manager,
              afterCommit,
              pending.id,
              OfferStatus.REVOKED,
              by,
              'The school was placed elsewhere by a coordinator',
              { refill: true, notify: false },
            );
          }
        }
        return this.markPlaced(manager, afterCommit, entry, target, by, why);
      });
    });
  }

  /**
   * Company (own location) or coordinator: how many partner schools a location takes in a programme (0 to 50).
   * More free slots are offered by a job after commit; fewer revoke pending offers, newest first. A placed school
   * is never removed: slots below the placed count are kept, and nothing new is offered until there is room.
   */
  async setCapacity(
    actor: Actor,
    locationId: string,
    programme: Programme,
    slots: number,
    partnerDistanceKm?: number | null,
  ): Promise<CapacityView> {
    if (!Number.isInteger(slots) || slots < 0 || slots > MAX_SLOTS) {
      throw new BadInputException(`Slots is a whole number from 0 to ${MAX_SLOTS}`, { field: 'slots' });
    }
    if (!isWaitlistProgramme(programme)) {
      throw new BadInputException(`${programme} has no partner places; only JET_NET and JET_NET_JUNIOR do`, {
        field: 'programme',
      });
    }
    if (
      partnerDistanceKm !== null &&
      partnerDistanceKm !== undefined &&
      (!Number.isFinite(partnerDistanceKm) || partnerDistanceKm < 1 || partnerDistanceKm > 300)
    ) {
      throw new BadInputException('The partner distance is from 1 to 300 km', { field: 'partnerDistanceKm' });
    }
    checkId('Company location', locationId);
    const [location] = await this.dataSource.query<Array<{ company_id: string; approved: boolean }>>(
      `SELECT l.company_id, c.approved FROM company_locations l JOIN companies c ON c.id = l.company_id
        WHERE l.id = $1`,
      [locationId],
    );
    if (!location) throw new NotFoundException('Company location', locationId);
    if (!isCoordinator(actor)) {
      if (actor.role !== Role.COMPANY || actor.companyId !== location.company_id) {
        throw new ForbiddenException('This location belongs to another company');
      }
      if (!location.approved) {
        throw new ForbiddenException(
          'The company must be approved by a coordinator before it takes partners',
        );
      }
    }
    const view = await inTransaction(this.dataSource, async (manager, afterCommit) => {
      await manager.query(
        `INSERT INTO partner_capacity (location_id, programme, slots, partner_distance_km)
         VALUES ($1, $2, 0, $3) ON CONFLICT (location_id, programme) DO NOTHING`,
        [locationId, programme, partnerDistanceKm ?? DEFAULT_PARTNER_DISTANCE_KM],
      );
      await this.offers.lockCapacity(manager, locationId, programme);
      await manager.query(
        `UPDATE partner_capacity
            SET slots = $3, partner_distance_km = coalesce($4, partner_distance_km), updated_at = now()
          WHERE location_id = $1 AND programme = $2`,
        [locationId, programme, slots, partnerDistanceKm ?? null],
      );
      const usage = await this.offers.usage(manager, locationId, programme);
      const placed = usage.placed;
      let pending = usage.pending;
      const excess = Math.min(pending, placed + pending - slots);
      if (excess > 0) {
        // Newest first; offers made together go from the last in line.
        const newest = await manager.query<Array<{ id: string; entry_id: string }>>(
          `SELECT o.id, o.entry_id FROM partner_offers o JOIN waitlist_entries e ON e.id = o.entry_id
            WHERE o.location_id = $1 AND o.programme = $2 AND o.status = 'PENDING'
            ORDER BY o.created_at DESC, e.priority, e.joined_at DESC, e.id DESC LIMIT $3`,
          [locationId, programme, excess],
        );
        const entryIds = newest.map((offer) => offer.entry_id).sort();
        await manager.query(
          `SELECT 1 FROM waitlist_entries WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`,
          [entryIds],
        );
        for (const offer of newest) {
          const closed = await this.offers.closeOffer(
            manager,
            afterCommit,
            offer.id,
            OfferStatus.REVOKED,
            eventActor(actor),
            'The company lowered its capacity',
            { refill: false, notify: true },
          );
          if (closed) pending -= 1;
        }
      }
      if (slots > placed + pending) {
        await this.offers.requestOffers(manager, locationId, programme);
        afterCommit(() => this.offers.enqueueOfferFreeSlots(programme));
      }
      const capacity = await manager
        .getRepository(PartnerCapacityEntity)
        .findOneOrFail({ where: { locationId, programme } });
      return { capacity, placed, pending };
    });
    return view;
  }

  /** Coordinator: the list of a programme, in order, optionally for one province and some statuses. */
  async list(
    actor: Actor,
    programme: Programme,
    province?: Province | null,
    statuses: WaitlistStatus[] = [WaitlistStatus.WAITING, WaitlistStatus.OFFERED],
  ): Promise<RankedEntry[]> {
    if (!isCoordinator(actor)) throw new ForbiddenException('Only coordinators see the waiting lists');
    const rows = await this.dataSource.query<Array<WaitlistEntryEntity & { position: string | null }>>(
      `SELECT ${ENTRY_COLUMNS},
              CASE WHEN status = 'WAITING' THEN row_number() OVER (
                PARTITION BY programme, province, status = 'WAITING'
                ORDER BY priority DESC, joined_at, id) END AS position
         FROM waitlist_entries
        WHERE programme = $1 AND ($2::text IS NULL OR province = $2) AND status = ANY($3::text[])
        ORDER BY province, status = 'PLACED', status = 'WITHDRAWN', priority DESC, joined_at, id`,
      [programme, province ?? null, statuses.length ? statuses : Object.values(WaitlistStatus)],
    );
    return rows.map(({ position, ...entry }) => ({
      entry,
      position: position === null ? null : Number(position),
    }));
  }

  /** A teacher's own school's entries: active first, then the most recent. */
  async forSchool(actor: Actor): Promise<WaitlistEntryEntity[]> {
    if (!actor.schoolId) return [];
    return this.dataSource.query<WaitlistEntryEntity[]>(
      `SELECT ${ENTRY_COLUMNS} FROM waitlist_entries WHERE school_id = $1
        ORDER BY status = 'WITHDRAWN', joined_at DESC`,
      [actor.schoolId],
    );
  }

  // Batched reads for the api's DataLoaders.

  /** 1-based position among the WAITING entries of the same programme and province; absent when not waiting. */
  async positions(entryIds: readonly string[]): Promise<Map<string, number>> {
    if (entryIds.length === 0) return new Map();
    const rows = await this.dataSource.query<Array<{ id: string; position: number }>>(
      `SELECT e.id,
              (SELECT count(*) FROM waitlist_entries o
                WHERE o.programme = e.programme AND o.province = e.province AND o.status = 'WAITING'
                  AND (o.priority > e.priority
                       OR (o.priority = e.priority AND (o.joined_at, o.id) < (e.joined_at, e.id))))::int + 1
                AS position
         FROM waitlist_entries e
        WHERE e.id = ANY($1::uuid[]) AND e.status = 'WAITING'`,
      [[...entryIds]],
    );
    return new Map(rows.map((row) => [row.id, row.position]));
  }

  pendingOffers(entryIds: readonly string[]): Promise<PartnerOfferEntity[]> {
    return entryIds.length === 0
      ? Promise.resolve([])
      : this.dataSource
          .getRepository(PartnerOfferEntity)
          .find({ where: { entryId: In([...entryIds]), status: OfferStatus.PENDING } });
  }

  events(entryIds: readonly string[]): Promise<WaitlistEventEntity[]> {
    return entryIds.length === 0
      ? Promise.resolve([])
      : this.dataSource
          .getRepository(WaitlistEventEntity)
          .find({ where: { entryId: In([...entryIds]) }, order: { at: 'ASC', id: 'ASC' } });
  }

  /** Placements of the last twelve months per `programme:province` key. */
  async placementsLastYear(keys: readonly string[]): Promise<Map<string, number>> {
    if (keys.length === 0) return new Map();
    const rows = await this.dataSource.query<Array<{ key: string; placements: number }>>(
      `SELECT programme || ':' || province AS key, count(*)::int AS placements
         FROM waitlist_entries
        WHERE status = 'PLACED' AND placed_at > now() - interval '12 months'
          AND programme || ':' || province = ANY($1::text[])
        GROUP BY 1`,
      [[...keys]],
    );
    return new Map(rows.map((row) => [row.key, row.placements]));
  }

  /** Company (own location) or coordinator: a location's capacity and what is in use; null when not set. */
  async capacityUsage(actor: Actor, locationId: string, programme: Programme): Promise<CapacityView | null> {
    checkId('Company location', locationId);
    const [location] = await this.dataSource.query<Array<{ company_id: string }>>(
      `SELECT company_id FROM company_locations WHERE id = $1`,
      [locationId],
    );
    if (!location) throw new NotFoundException('Company location', locationId);
    if (!isCoordinator(actor) && actor.companyId !== location.company_id) {
      throw new ForbiddenException('This location belongs to another company');
    }
    const capacity = await this.dataSource
      .getRepository(PartnerCapacityEntity)
      .findOne({ where: { locationId, programme } });
    if (!capacity) return null;
    const usage = await this.offers.usage(this.dataSource.manager, locationId, programme);
    return { capacity, ...usage };
  }
}
