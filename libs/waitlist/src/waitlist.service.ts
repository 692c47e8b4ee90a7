import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  BadInputException,
  ConflictException,
  ForbiddenException,
  Role,
  isCoordinator,
  type Actor,
  type Programme,
  type Province,
} from '@app/core';
import { inTransaction } from '@app/database';
import type { PartnerOfferEntity } from './entities/partner-offer.entity';
import type { WaitlistEntryEntity } from './entities/waitlist-entry.entity';
import type { WaitlistEventEntity } from './entities/waitlist-event.entity';
import { OfferClosingService } from './offer-closing.service';
import { PartnerCapacityRepository } from './repositories/partner-capacity.repository';
import { PartnerOfferRepository } from './repositories/partner-offer.repository';
import { WaitlistEventRepository } from './repositories/waitlist-event.repository';
import { WaitlistRepository } from './repositories/waitlist.repository';
import { assertSchoolSide, checkId, found, reasonOf, Retry, withRetry } from './waitlist.checks';
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
    const school = found(await this.entries.school(this.dataSource.manager, forSchool), 'School', forSchool);
    const why = ineligibility(programme, school.levels);
    if (why) throw new BadInputException(why, { field: 'programme' });
    return withRetry(() =>
      inTransaction(this.dataSource, async (manager) => {
        const inserted = await this.entries.insertWaiting(manager, forSchool, programme, school.province);
        if (inserted) {
          await this.history.add(manager, [
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
        const active = await this.entries.findActive(manager, forSchool, programme);
        if (!active) throw new Retry();
        return active;
      }),
    );
  }

  /** Takes a school off the list; a pending offer is revoked and its slot goes to the next school. */
  async withdraw(actor: Actor, entryId: string, reason?: string | null): Promise<WaitlistEntryEntity> {
    checkId('Waiting-list entry', entryId);
    const db = this.dataSource.manager;
    assertSchoolSide(actor, found(await this.entries.find(db, entryId), 'Waiting-list entry', entryId));
    const note = reason?.trim() ? reasonOf(reason) : null;
    return withRetry(async () => {
      const pendingSeen = await this.offers.pendingOf(db, entryId);
      return inTransaction(this.dataSource, async (manager, afterCommit) => {
        if (pendingSeen) await this.capacities.lock(manager, pendingSeen.locationId, pendingSeen.programme);
        const entry = found(await this.entries.lock(manager, entryId), 'Waiting-list entry', entryId);
        if (entry.status === WaitlistStatus.WITHDRAWN) return entry;
        if (entry.status === WaitlistStatus.PLACED) {
          throw new ConflictException(
            'This school is placed with a partner; a coordinator ends a partnership, not the waiting list',
          );
        }
        const pending = await this.offers.pendingOf(manager, entryId);
        if ((pending?.id ?? null) !== (pendingSeen?.id ?? null)) throw new Retry();
        const by = eventActor(actor);
        if (pending)
          await this.closing.revoke(manager, afterCommit, pending.id, by, 'The school left the waiting list');
        const updated = await this.entries.withdraw(manager, entryId);
        await this.history.add(manager, [{ entryId, kind: WaitlistEventKind.WITHDRAWN, actor: by, note }]);
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
      const entry = found(await this.entries.lock(manager, entryId), 'Waiting-list entry', entryId);
      if (entry.status !== WaitlistStatus.WAITING && entry.status !== WaitlistStatus.OFFERED) {
        throw new ConflictException(
          `This entry is ${entry.status.toLowerCase()}; its priority no longer counts`,
        );
      }
      if (entry.priority === priority) return entry;
      const updated = await this.entries.setPriority(manager, entryId, priority);
      await this.history.add(manager, [
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
    if (!isCoordinator(actor)) throw new ForbiddenException('Only coordinators see the waiting lists');
    const rows = await this.entries.list(
      this.dataSource.manager,
      programme,
      province ?? null,
      statuses.length ? statuses : Object.values(WaitlistStatus),
    );
    return rows.map(({ position, ...entry }) => ({
      entry,
      position: position === null ? null : Number(position),
    }));
  }

  /** A teacher's own school's entries: active first, then the most recent. */
  async forSchool(actor: Actor): Promise<WaitlistEntryEntity[]> {
    if (!actor.schoolId) return [];
    return this.entries.forSchool(this.dataSource.manager, actor.schoolId);
  }

  // Batched reads for the api's DataLoaders.

  /** 1-based position among the WAITING entries of the same programme and province; absent when not waiting. */
  async positions(entryIds: readonly string[]): Promise<Map<string, number>> {
    if (entryIds.length === 0) return new Map();
    return this.entries.positions(this.dataSource.manager, entryIds);
  }

  async pendingOffers(entryIds: readonly string[]): Promise<PartnerOfferEntity[]> {
    if (entryIds.length === 0) return [];
    return this.offers.pendingFor(this.dataSource.manager, entryIds);
  }

  async events(entryIds: readonly string[]): Promise<WaitlistEventEntity[]> {
    if (entryIds.length === 0) return [];
    return this.history.forEntries(this.dataSource.manager, entryIds);
  }

  /** Placements of the last twelve months per `programme:province` key. */
  async placementsLastYear(keys: readonly string[]): Promise<Map<string, number>> {
    if (keys.length === 0) return new Map();
    return this.entries.placementsLastYear(this.dataSource.manager, keys);
  }
}
