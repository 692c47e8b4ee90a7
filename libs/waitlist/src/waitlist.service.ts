import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService, Permission, visibleSchool } from '@app/access';
import {
  BadInputException,
  DomainError,
  isCoordinator,
  type Actor,
  type Programme,
  type Province,
} from '@app/core';
import { Tx } from '@app/database';
import type { PartnerOfferEntity } from './entities/partner-offer.entity';
import type { WaitlistEntryEntity } from './entities/waitlist-entry.entity';
import type { WaitlistEventEntity } from './entities/waitlist-event.entity';
import { OfferClosingService } from './offer-closing.service';
import { PartnerCapacityRepository } from './repositories/partner-capacity.repository';
import { PartnerOfferRepository } from './repositories/partner-offer.repository';
import { WaitlistEventRepository } from './repositories/waitlist-event.repository';
import { WaitlistRepository } from './repositories/waitlist.repository';
import { checkId, found, reasonOf, Retry, withRetry } from './waitlist.checks';
import {
  PRIORITY_RANGE,
  WaitlistEventKind,
  WaitlistStatus,
  eventActor,
  ineligibility,
  isWaitlistProgramme,
} from './waitlist.domain';

/** An entry with its 1-based place among the WAITING entries of its programme and province. */
export interface RankedEntry {
  entry: WaitlistEntryEntity;
  position: number | null;
}

/** The waiting list itself: joining, leaving, priorities, and reading the list and its entries. */
@Injectable()
export class WaitlistService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly closing: OfferClosingService,
    private readonly capacities: PartnerCapacityRepository,
    private readonly entries: WaitlistRepository,
    private readonly offers: PartnerOfferRepository,
    private readonly history: WaitlistEventRepository,
  ) {}

  /**
   * Puts a school on the waiting list of a programme; idempotent, also under concurrency (a second call returns
   * the active entry). A teacher joins for the own school; a coordinator names the school.
   */
  async join(actor: Actor, programme: Programme, schoolId?: string | null): Promise<WaitlistEntryEntity> {
    if (!isWaitlistProgramme(programme)) {
      throw new DomainError(
        'NO_WAITING_LIST',
        `${programme} keeps no waiting list; only JET_NET and JET_NET_JUNIOR do`,
        { field: 'programme' },
      );
    }
    const forSchool = await this.access.actingSchool(actor, Permission.WaitlistJoin, schoolId);
    const school = found(await this.entries.school(forSchool), 'School', forSchool);
    const why = ineligibility(programme, school.levels);
    if (why) throw new DomainError('NOT_ELIGIBLE_FOR_PROGRAMME', why, { field: 'programme' });
    return withRetry(() =>
      Tx.run(this.dataSource, async (tx) => {
        const inserted = await this.entries.insertWaiting(tx, forSchool, programme, school.province);
        if (inserted) {
          await this.history.add(tx, [
            {
              entryId: inserted.id,
              kind: WaitlistEventKind.JOINED,
              actor: eventActor(actor),
              note: isCoordinator(actor) ? 'Put on the list by a coordinator' : null,
            },
          ]);
          return inserted;
        }
        // The active entry was withdrawn between our insert and this read: try again.
        const active = await this.entries.findActive(tx, forSchool, programme);
        if (!active) throw new Retry();
        return active;
      }),
    );
  }

  /** Takes a school off the list; a pending offer is revoked and its slot goes to the next school. */
  async withdraw(actor: Actor, entryId: string, reason?: string | null): Promise<WaitlistEntryEntity> {
    checkId('Waiting-list entry', entryId);
    await this.access.require(actor, Permission.WaitlistEntryManage, [entryId]);
    const note = reason?.trim() ? reasonOf(reason) : null;
    return withRetry(async () => {
      const pendingSeen = await this.offers.pendingOf(entryId);
      return Tx.run(this.dataSource, async (tx) => {
        if (pendingSeen) await this.capacities.lock(tx, pendingSeen.locationId, pendingSeen.programme);
        const entry = found(await this.entries.lock(tx, entryId), 'Waiting-list entry', entryId);
        if (entry.status === WaitlistStatus.WITHDRAWN) return entry;
        if (entry.status === WaitlistStatus.PLACED) {
          throw new DomainError(
            'ALREADY_PLACED',
            'This school is placed with a partner; a coordinator ends a partnership, not the waiting list',
          );
        }
        const pending = await this.offers.pendingOf(entryId, tx);
        if ((pending?.id ?? null) !== (pendingSeen?.id ?? null)) throw new Retry();
        const by = eventActor(actor);
        if (pending) await this.closing.revoke(tx, pending.id, by, 'The school left the waiting list');
        const updated = await this.entries.withdraw(tx, entryId);
        await this.history.add(tx, [{ entryId, kind: WaitlistEventKind.WITHDRAWN, actor: by, note }]);
        return updated;
      });
    });
  }

  /** Coordinator: sets the priority of an active entry (high first); the reason goes into the history. */
  async prioritize(
    actor: Actor,
    entryId: string,
    priority: number,
    reason: string,
  ): Promise<WaitlistEntryEntity> {
    await this.access.require(actor, Permission.WaitlistAdminister, [entryId]);
    const why = reasonOf(reason);
    if (!Number.isInteger(priority) || priority < PRIORITY_RANGE.min || priority > PRIORITY_RANGE.max) {
      throw new BadInputException(
        `The priority is a whole number from ${PRIORITY_RANGE.min} to ${PRIORITY_RANGE.max}`,
        { field: 'priority' },
      );
    }
    checkId('Waiting-list entry', entryId);
    return Tx.run(this.dataSource, async (tx) => {
      const entry = found(await this.entries.lock(tx, entryId), 'Waiting-list entry', entryId);
      if (entry.status === WaitlistStatus.PLACED || entry.status === WaitlistStatus.WITHDRAWN) {
        throw new DomainError(
          entry.status === WaitlistStatus.PLACED ? 'ALREADY_PLACED' : 'LEFT_WAITING_LIST',
          `This entry is ${entry.status.toLowerCase()}; its priority no longer counts`,
        );
      }
      if (entry.priority === priority) return entry;
      const updated = await this.entries.setPriority(tx, entryId, priority);
      await this.history.add(tx, [
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

  /** Coordinator: the list of a programme, in order, optionally for one province and some statuses. */
  async list(
    actor: Actor,
    programme: Programme,
    province?: Province | null,
    statuses: WaitlistStatus[] = [WaitlistStatus.WAITING, WaitlistStatus.OFFERED],
  ): Promise<RankedEntry[]> {
    const provinces = this.access.provincesFor(actor, Permission.WaitlistAdminister, province);
    const rows = await this.entries.list(
      programme,
      provinces,
      statuses.length ? statuses : Object.values(WaitlistStatus),
    );
    return rows.map(({ position, ...entry }) => ({
      entry,
      position: position === null ? null : Number(position),
    }));
  }

  /** A teacher's own school's entries: active first, then the most recent. */
  async forSchool(actor: Actor): Promise<WaitlistEntryEntity[]> {
    const schoolId = visibleSchool(actor);
    return schoolId ? this.entries.forSchool(schoolId) : [];
  }

  // Batched reads for the api's DataLoaders.

  /** 1-based position among the WAITING entries of the same programme and province; absent when not waiting. */
  async positions(entryIds: readonly string[]): Promise<Map<string, number>> {
    if (entryIds.length === 0) return new Map();
    return this.entries.positions(entryIds);
  }

  async pendingOffers(entryIds: readonly string[]): Promise<PartnerOfferEntity[]> {
    if (entryIds.length === 0) return [];
    return this.offers.pendingFor(entryIds);
  }

  async events(entryIds: readonly string[]): Promise<WaitlistEventEntity[]> {
    if (entryIds.length === 0) return [];
    return this.history.forEntries(entryIds);
  }

  /** Placements of the last twelve months per `programme:province` key. */
  async placementsLastYear(keys: readonly string[]): Promise<Map<string, number>> {
    if (keys.length === 0) return new Map();
    return this.entries.placementsLastYear(keys);
  }
}
