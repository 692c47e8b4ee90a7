import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  BadInputException,
  ForbiddenException,
  Role,
  isCoordinator,
  type Actor,
  type Programme,
} from '@app/core';
import { inTransaction } from '@app/database';
import type { PartnerCapacityEntity } from './entities/partner-capacity.entity';
import { OfferClosingService } from './offer-closing.service';
import { OfferMakingService } from './offer-making.service';
import { PartnerCapacityRepository } from './repositories/partner-capacity.repository';
import { PartnerOfferRepository } from './repositories/partner-offer.repository';
import { WaitlistRepository } from './repositories/waitlist.repository';
import { checkId, found } from './waitlist.checks';
import { DEFAULT_PARTNER_DISTANCE_KM, MAX_SLOTS, eventActor, isWaitlistProgramme } from './waitlist.domain';

/** A capacity row with what is in use: placed schools plus pending offers. */
export interface CapacityView {
  capacity: PartnerCapacityEntity;
  placed: number;
  pending: number;
}

/** How many partner schools a company location takes, and what of that is in use. */
@Injectable()
export class PartnerCapacityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly closing: OfferClosingService,
    private readonly making: OfferMakingService,
    private readonly capacities: PartnerCapacityRepository,
    private readonly entries: WaitlistRepository,
    private readonly offers: PartnerOfferRepository,
  ) {}

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
    const location = await this.ownLocation(actor, locationId);
    if (!isCoordinator(actor) && !location.approved) {
      throw new ForbiddenException('The company must be approved by a coordinator before it takes partners');
    }
    return inTransaction(this.dataSource, async (manager, afterCommit) => {
      const distance = partnerDistanceKm ?? DEFAULT_PARTNER_DISTANCE_KM;
      await this.capacities.ensure(manager, locationId, programme, distance);
      await this.capacities.lock(manager, locationId, programme);
      await this.capacities.setSlots(manager, locationId, programme, slots, partnerDistanceKm ?? null);
      const { placed, pending, free } = await this.capacities.usage(manager, locationId, programme);
      let revoked = 0;
      // Overbooked: pending offers go, newest first (a placed school never does).
      const excess = Math.min(pending, -free);
      if (excess > 0) {
        const newest = await this.offers.newestPending(manager, locationId, programme, excess);
        await this.entries.lockMany(
          manager,
          newest.map((offer) => offer.entryId),
        );
        for (const offer of newest) {
          if (await this.closing.withdrawSlot(manager, afterCommit, offer.id, eventActor(actor)))
            revoked += 1;
        }
      }
      if (free + revoked > 0) await this.making.request(manager, afterCommit, locationId, programme);
      const capacity = await this.capacities.find(manager, locationId, programme);
      return { capacity: capacity!, placed, pending: pending - revoked };
    });
  }

  /** Company (own location) or coordinator: a location's capacity and what is in use; null when not set. */
  async capacityUsage(actor: Actor, locationId: string, programme: Programme): Promise<CapacityView | null> {
    await this.ownLocation(actor, locationId);
    const db = this.dataSource.manager;
    const capacity = await this.capacities.find(db, locationId, programme);
    if (!capacity) return null;
    const { placed, pending } = await this.capacities.usage(db, locationId, programme);
    return { capacity, placed, pending };
  }

  // The location, when the actor is a coordinator or a contact of its company.
  private async ownLocation(
    actor: Actor,
    locationId: string,
  ): Promise<{ companyId: string; approved: boolean }> {
    checkId('Company location', locationId);
    const location = found(
      await this.capacities.location(this.dataSource.manager, locationId),
      'Company location',
      locationId,
    );
    if (!isCoordinator(actor) && (actor.role !== Role.COMPANY || actor.companyId !== location.companyId)) {
      throw new ForbiddenException('This location belongs to another company');
    }
    return location;
  }
}
