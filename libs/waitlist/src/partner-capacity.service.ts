import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService, Permission } from '@app/access';
import {
  BadInputException,
  DomainError,
  NotFoundException,
  isUuid,
  type Actor,
  type Programme,
} from '@app/core';
import { Tx } from '@app/database';
import type { PartnerCapacityEntity } from './entities/partner-capacity.entity';
import { OfferClosingService } from './offer-closing.service';
import { OfferMakingService } from './offer-making.service';
import { PartnerCapacityRepository } from './repositories/partner-capacity.repository';
import { PartnerOfferRepository } from './repositories/partner-offer.repository';
import { WaitlistRepository } from './repositories/waitlist.repository';
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
    private readonly access: AccessService,
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
      throw new DomainError(
        'NO_WAITING_LIST',
        `${programme} has no partner places; only JET_NET and JET_NET_JUNIOR do`,
        { field: 'programme' },
      );
    }
    if (
      partnerDistanceKm !== null &&
      partnerDistanceKm !== undefined &&
      (!Number.isFinite(partnerDistanceKm) || partnerDistanceKm < 1 || partnerDistanceKm > 300)
    ) {
      throw new BadInputException('The partner distance is from 1 to 300 km', { field: 'partnerDistanceKm' });
    }
    await this.access.require(actor, Permission.PartnerCapacitySet, [locationId]);
    await this.requireLocation(locationId);
    return Tx.run(this.dataSource, async (tx) => {
      const distance = partnerDistanceKm ?? DEFAULT_PARTNER_DISTANCE_KM;
      await this.capacities.ensure(tx, locationId, programme, distance);
      await this.capacities.lock(tx, locationId, programme);
      await this.capacities.setSlots(tx, locationId, programme, slots, partnerDistanceKm ?? null);
      const { placed, pending, free } = await this.capacities.usage(locationId, programme, tx);
      let revoked = 0;
      // Overbooked: pending offers go, newest first (a placed school never does).
      const excess = Math.min(pending, -free);
      if (excess > 0) {
        const newest = await this.offers.newestPending(tx, locationId, programme, excess);
        await this.entries.lockMany(
          tx,
          newest.map((offer) => offer.entryId),
        );
        for (const offer of newest) {
          if (await this.closing.withdrawSlot(tx, offer.id, eventActor(actor))) revoked += 1;
        }
      }
      if (free + revoked > 0) await this.making.request(tx, locationId, programme);
      const capacity = await this.capacities.find(locationId, programme, tx);
      return { capacity: capacity!, placed, pending: pending - revoked };
    });
  }

  /** Company (own location) or coordinator: a location's capacity and what is in use; null when not set. */
  async capacityUsage(actor: Actor, locationId: string, programme: Programme): Promise<CapacityView | null> {
    await this.access.require(actor, Permission.PartnerCapacityRead, [locationId]);
    // A pending sign-up's claimed location is in no table: as a new company's location, it has no capacity yet.
    if (actor.claimed?.includes(locationId)) return null;
    await this.requireLocation(locationId);
    const capacity = await this.capacities.find(locationId, programme);
    if (!capacity) return null;
    const { placed, pending } = await this.capacities.usage(locationId, programme);
    return { capacity, placed, pending };
  }

  // The access layer looks a location up only for a company contact; a coordinator may name one that is gone.
  private async requireLocation(locationId: string): Promise<void> {
    if (!isUuid(locationId) || !(await this.capacities.locationExists(locationId))) {
      throw new NotFoundException('Company location', locationId);
    }
  }
}
