import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService, Permission } from '@app/access';
import { DomainError, NotFoundException, type Actor } from '@app/core';
import { Tx } from '@app/database';
import { NotificationService, WaitlistTexts } from '@app/notifications';
import type { WaitlistEntryEntity } from './entities/waitlist-entry.entity';
import { OfferClosingService } from './offer-closing.service';
import { OfferMakingService } from './offer-making.service';
import { PartnerCapacityRepository, type LockedCapacity } from './repositories/partner-capacity.repository';
import { PartnerOfferRepository } from './repositories/partner-offer.repository';
import { WaitlistEventRepository } from './repositories/waitlist-event.repository';
import { WaitlistRepository } from './repositories/waitlist.repository';
import { checkId, found, reasonOf, Retry, withRetry } from './waitlist.checks';
import {
  OfferStatus,
  WaitlistEventKind,
  WaitlistStatus,
  eventActor,
  type EventActor,
} from './waitlist.domain';

/** How a school gets its partner: by accepting an offer, or placed by a coordinator. */
@Injectable()
export class PlacementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly closing: OfferClosingService,
    private readonly making: OfferMakingService,
    private readonly notifications: NotificationService,
    private readonly capacities: PartnerCapacityRepository,
    private readonly entries: WaitlistRepository,
    private readonly offers: PartnerOfferRepository,
    private readonly history: WaitlistEventRepository,
  ) {}

  /** The school answers a pending offer: accept places it with that partner; decline keeps its place. */
  async respond(actor: Actor, offerId: string, accept: boolean): Promise<WaitlistEntryEntity> {
    checkId('Offer', offerId);
    const seen = found(await this.offers.find(offerId), 'Offer', offerId);
    await this.access.require(actor, Permission.WaitlistEntryManage, [seen.entryId]);
    return Tx.run(this.dataSource, async (tx) => {
      const cap = await this.capacities.lock(tx, seen.locationId, seen.programme);
      const entry = await this.entries.lock(tx, seen.entryId);
      const offer = await this.offers.read(tx, offerId, true);
      if (!cap || !entry || !offer) throw new NotFoundException('Offer', offerId);
      // The offer job skips capacity rows held by others; a request it skipped for this one is picked up now.
      if (cap.offersRequested) await this.making.enqueueIn(tx, cap.programme);
      if (offer.status === OfferStatus.EXPIRED || (offer.status === OfferStatus.PENDING && offer.due)) {
        throw new DomainError(
          'OFFER_EXPIRED',
          'This offer has expired; the school keeps its place on the list',
        );
      }
      if (offer.status !== OfferStatus.PENDING) {
        throw new DomainError(
          'OFFER_ALREADY_ANSWERED',
          `This offer is ${offer.status.toLowerCase()} already`,
        );
      }
      const by = eventActor(actor);
      if (!accept) {
        await this.closing.decline(tx, offerId, by);
        return (await this.entries.lock(tx, entry.id))!;
      }
      await this.accept(tx, entry.id, offerId, cap.locationId, by, 'The school accepted the offer');
      return this.markPlaced(tx, entry, cap, by, 'Placed by accepting the offer');
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
    checkId('Waiting-list entry', entryId);
    // Placing acts in the entry's province, wherever the partner location is.
    await this.access.require(actor, Permission.WaitlistAdminister, [entryId]);
    const why = reasonOf(reason);
    const seen = found(await this.entries.find(entryId), 'Waiting-list entry', entryId);
    checkId('Company location', locationId);
    if (!(await this.capacities.locationExists(locationId))) {
      throw new NotFoundException('Company location', locationId);
    }
    return withRetry(async () => {
      const pendingSeen = await this.offers.pendingOf(entryId);
      return Tx.run(this.dataSource, async (tx) => {
        // Both capacity rows in one order, so that two placements never wait for each other.
        const lockOrder = [
          ...new Set([locationId, pendingSeen?.locationId].filter((id): id is string => !!id)),
        ];
        lockOrder.sort();
        let target: LockedCapacity | null = null;
        for (const id of lockOrder) {
          const cap = await this.capacities.lock(tx, id, seen.programme);
          if (id === locationId) target = cap;
          // As in respond: a request the offer job skipped while this transaction held the row.
          if (cap?.offersRequested) await this.making.enqueueIn(tx, cap.programme);
        }
        if (!target) {
          throw new DomainError(
            'NO_PARTNER_CAPACITY',
            'This location takes no partner schools in this programme',
            {
              field: 'locationId',
            },
          );
        }
        const entry = found(await this.entries.lock(tx, entryId), 'Waiting-list entry', entryId);
        if (entry.status === WaitlistStatus.PLACED) {
          throw new DomainError('ALREADY_PLACED', 'This school is placed already');
        }
        if (entry.status === WaitlistStatus.WITHDRAWN) {
          throw new DomainError('LEFT_WAITING_LIST', 'This school has left the waiting list');
        }
        const pending = await this.offers.pendingOf(entryId, tx);
        if ((pending?.id ?? null) !== (pendingSeen?.id ?? null)) throw new Retry();
        const by = eventActor(actor);
        if (pending && pending.locationId === locationId) {
          const note = `Accepted for the school by a coordinator: ${why}`;
          await this.accept(tx, entryId, pending.id, locationId, by, note);
        } else {
          const {
            placed,
            pending: held,
            free,
          } = await this.capacities.usage(locationId, entry.programme, tx);
          if (free <= 0) {
            throw new DomainError(
              'CAPACITY_FULL',
              `This location is full: ${target.slots} slots, ${placed} placed, ${held} offered`,
              { field: 'locationId' },
            );
          }
          const note = 'The school was placed elsewhere by a coordinator';
          if (pending) await this.closing.revoke(tx, pending.id, by, note);
        }
        return this.markPlaced(tx, entry, target, by, why);
      });
    });
  }

  private async accept(
    tx: Tx,
    entryId: string,
    offerId: string,
    locationId: string,
    by: EventActor,
    note: string,
  ): Promise<void> {
    await this.offers.decide(tx, offerId, OfferStatus.ACCEPTED);
    await this.history.add(tx, [
      { entryId, kind: WaitlistEventKind.OFFER_ACCEPTED, actor: by, note, offerId, locationId },
    ]);
  }

  private async markPlaced(
    tx: Tx,
    entry: WaitlistEntryEntity,
    cap: LockedCapacity,
    by: EventActor,
    note: string,
  ): Promise<WaitlistEntryEntity> {
    const placed = await this.entries.place(tx, entry.id, cap.locationId);
    await this.history.add(tx, [
      { entryId: entry.id, kind: WaitlistEventKind.PLACED, actor: by, note, locationId: cap.locationId },
    ]);
    const school = (await this.entries.school(entry.schoolId, tx))!;
    await this.notifications.notifySchools(tx, [
      { schoolId: entry.schoolId, ...WaitlistTexts.placed(entry.programme, cap) },
    ]);
    await this.notifications.notifyCompanies(tx, [
      { companyId: cap.companyId, ...WaitlistTexts.partnerSchool(entry.programme, cap, school) },
    ]);
    return placed;
  }
}
