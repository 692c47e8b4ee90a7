import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ConflictException,
  ForbiddenException,
  NotFoundException,
  isCoordinator,
  type Actor,
} from '@app/core';
import { inTransaction } from '@app/database';
import type { WaitlistEntryEntity } from './entities/waitlist-entry.entity';
import { OfferClosingService } from './offer-closing.service';
import { OfferMakingService } from './offer-making.service';
import { PartnerCapacityRepository, type LockedCapacity } from './repositories/partner-capacity.repository';
import { PartnerOfferRepository } from './repositories/partner-offer.repository';
import { WaitlistEventRepository } from './repositories/waitlist-event.repository';
import { WaitlistRepository } from './repositories/waitlist.repository';
import type { AfterCommit } from './sql';
import { assertSchoolSide, checkId, found, reasonOf, Retry, withRetry } from './waitlist.checks';
import {
  OfferStatus,
  WaitlistEventKind,
  WaitlistStatus,
  eventActor,
  type EventActor,
} from './waitlist.domain';
import { WaitlistMessages } from './waitlist.messages';
import { WaitlistNotifier } from './waitlist.notifier';

/** How a school gets its partner: by accepting an offer, or placed by a coordinator. */
@Injectable()
export class PlacementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly closing: OfferClosingService,
    private readonly making: OfferMakingService,
    private readonly notifier: WaitlistNotifier,
    private readonly capacities: PartnerCapacityRepository,
    private readonly entries: WaitlistRepository,
    private readonly offers: PartnerOfferRepository,
    private readonly history: WaitlistEventRepository,
  ) {}

  /** The school answers a pending offer: accept places it with that partner; decline keeps its place. */
  async respond(actor: Actor, offerId: string, accept: boolean): Promise<WaitlistEntryEntity> {
    checkId('Offer', offerId);
    const db = this.dataSource.manager;
    const seen = found(await this.offers.find(db, offerId), 'Offer', offerId);
    assertSchoolSide(
      actor,
      found(await this.entries.find(db, seen.entryId), 'Waiting-list entry', seen.entryId),
    );
    return inTransaction(this.dataSource, async (manager, afterCommit) => {
      const cap = await this.capacities.lock(manager, seen.locationId, seen.programme);
      const entry = await this.entries.lock(manager, seen.entryId);
      const offer = await this.offers.read(manager, offerId, true);
      if (!cap || !entry || !offer) throw new NotFoundException('Offer', offerId);
      // The offer job skips capacity rows held by others; a request it skipped for this one is picked up now.
      if (cap.offersRequested) afterCommit(() => this.making.enqueue(cap.programme));
      if (offer.status === OfferStatus.EXPIRED || (offer.status === OfferStatus.PENDING && offer.due)) {
        throw new ConflictException('This offer has expired; the school keeps its place on the list');
      }
      if (offer.status !== OfferStatus.PENDING) {
        throw new ConflictException(`This offer is ${offer.status.toLowerCase()} already`);
      }
      const by = eventActor(actor);
      if (!accept) {
        await this.closing.decline(manager, afterCommit, offerId, by);
        return (await this.entries.lock(manager, entry.id))!;
      }
      await this.accept(manager, entry.id, offerId, cap.locationId, by, 'The school accepted the offer');
      return this.markPlaced(manager, afterCommit, entry, cap, by, 'Placed by accepting the offer');
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
    checkId('Waiting-list entry', entryId);
    const db = this.dataSource.manager;
    const seen = found(await this.entries.find(db, entryId), 'Waiting-list entry', entryId);
    checkId('Company location', locationId);
    found(await this.capacities.location(db, locationId), 'Company location', locationId);
    return withRetry(async () => {
      const pendingSeen = await this.offers.pendingOf(db, entryId);
      return inTransaction(this.dataSource, async (manager, afterCommit) => {
        // Both capacity rows in one order, so that two placements never wait for each other.
        const lockOrder = [
          ...new Set([locationId, pendingSeen?.locationId].filter((id): id is string => !!id)),
        ];
        lockOrder.sort();
        let target: LockedCapacity | null = null;
        for (const id of lockOrder) {
          const cap = await this.capacities.lock(manager, id, seen.programme);
          if (id === locationId) target = cap;
          // As in respond: a request the offer job skipped while this transaction held the row.
          if (cap?.offersRequested) afterCommit(() => this.making.enqueue(cap.programme));
        }
        if (!target) {
          throw new ConflictException('This location takes no partner schools in this programme', {
            field: 'locationId',
          });
        }
        const entry = found(await this.entries.lock(manager, entryId), 'Waiting-list entry', entryId);
        if (entry.status === WaitlistStatus.PLACED)
          throw new ConflictException('This school is placed already');
        if (entry.status === WaitlistStatus.WITHDRAWN) {
          throw new ConflictException('This school has left the waiting list');
        }
        const pending = await this.offers.pendingOf(manager, entryId);
        if ((pending?.id ?? null) !== (pendingSeen?.id ?? null)) throw new Retry();
        const by = eventActor(actor);
        if (pending && pending.locationId === locationId) {
          await this.accept(
            manager,
            entryId,
            pending.id,
            locationId,
            by,
            `Accepted for the school by a coordinator: ${why}`,
          );
        } else {
          const {
            placed,
            pending: held,
            free,
          } = await this.capacities.usage(manager, locationId, entry.programme);
          if (free <= 0) {
            throw new ConflictException(
              `This location is full: ${target.slots} slots, ${placed} placed, ${held} offered`,
              { field: 'locationId' },
            );
          }
          const note = 'The school was placed elsewhere by a coordinator';
          if (pending) await this.closing.revoke(manager, afterCommit, pending.id, by, note);
        }
        return this.markPlaced(manager, afterCommit, entry, target, by, why);
      });
    });
  }

  private async accept(
    manager: EntityManager,
    entryId: string,
    offerId: string,
    locationId: string,
    by: EventActor,
    note: string,
  ): Promise<void> {
    await this.offers.decide(manager, offerId, OfferStatus.ACCEPTED);
    await this.history.add(manager, [
      { entryId, kind: WaitlistEventKind.OFFER_ACCEPTED, actor: by, note, offerId, locationId },
    ]);
  }

  private async markPlaced(
    manager: EntityManager,
    afterCommit: AfterCommit,
    entry: WaitlistEntryEntity,
    cap: LockedCapacity,
    by: EventActor,
    note: string,
  ): Promise<WaitlistEntryEntity> {
    const placed = await this.entries.place(manager, entry.id, cap.locationId);
    await this.history.add(manager, [
      { entryId: entry.id, kind: WaitlistEventKind.PLACED, actor: by, note, locationId: cap.locationId },
    ]);
    const school = (await this.entries.school(manager, entry.schoolId))!;
    await this.notifier.toSchools(manager, afterCommit, [
      { schoolId: entry.schoolId, ...WaitlistMessages.placed(entry.programme, cap) },
    ]);
    await this.notifier.toCompany(
      manager,
      afterCommit,
      cap.companyId,
      WaitlistMessages.partnerSchool(entry.programme, cap, school),
    );
    return placed;
  }
}
