import type { DataSource } from 'typeorm';
import { Programme, Province } from '@app/core';
import {
  OfferStatus,
  PartnerCapacityEntity,
  PartnerOfferEntity,
  WaitlistEntryEntity,
  WaitlistStatus,
} from '@app/waitlist';
import { LocationFactory, SchoolFactory } from './catalogue.factory';
import { RowFactory, placeholderId } from './row.factory';

/** One Jet-Net partner slot of a location; inserting it without `locationId` inserts a location. */
export class PartnerCapacityFactory extends RowFactory<PartnerCapacityEntity> {
  protected readonly entity = PartnerCapacityEntity;

  protected defaults(): Partial<PartnerCapacityEntity> {
    return {
      locationId: placeholderId(),
      programme: Programme.JET_NET,
      slots: 1,
      partnerDistanceKm: 40,
      offersRequestedAt: null,
    };
  }

  protected override async parents(ds: DataSource): Promise<Partial<PartnerCapacityEntity>> {
    return this.values.locationId ? {} : { locationId: (await LocationFactory.from().insert(ds)).id };
  }
}

/** A school waiting for a Jet-Net partner; inserting it without `schoolId` inserts a school (and takes its province). */
export class WaitlistEntryFactory extends RowFactory<WaitlistEntryEntity> {
  protected readonly entity = WaitlistEntryEntity;

  protected defaults(): Partial<WaitlistEntryEntity> {
    return {
      schoolId: placeholderId(),
      programme: Programme.JET_NET,
      province: Province.NOORD_BRABANT,
      status: WaitlistStatus.WAITING,
      priority: 0,
      placedLocationId: null,
      placedAt: null,
      withdrawnAt: null,
    };
  }

  protected override async parents(ds: DataSource): Promise<Partial<WaitlistEntryEntity>> {
    if (this.values.schoolId) return {};
    const school = await SchoolFactory.from(
      this.values.province ? { province: this.values.province } : {},
    ).insert(ds);
    return { schoolId: school.id, province: school.province };
  }
}

/**
 * A pending offer of a partner place, open for 14 days. Inserting it without `locationId` inserts a location with
 * one slot, without `entryId` an entry (OFFERED while the offer is pending); a pending offer needs a free slot.
 */
export class PartnerOfferFactory extends RowFactory<PartnerOfferEntity> {
  protected readonly entity = PartnerOfferEntity;

  protected defaults(): Partial<PartnerOfferEntity> {
    return {
      entryId: placeholderId(),
      locationId: placeholderId(),
      programme: Programme.JET_NET,
      status: OfferStatus.PENDING,
      expiresAt: new Date(Date.now() + 14 * 86_400_000),
      decidedAt: null,
      remindedAt: null,
    };
  }

  protected override async parents(ds: DataSource): Promise<Partial<PartnerOfferEntity>> {
    const { programme, status } = this.build();
    const locationId =
      this.values.locationId ?? (await PartnerCapacityFactory.from({ programme }).insert(ds)).locationId;
    const entryId =
      this.values.entryId ??
      (
        await WaitlistEntryFactory.from({
          programme,
          status: status === OfferStatus.PENDING ? WaitlistStatus.OFFERED : WaitlistStatus.WAITING,
        }).insert(ds)
      ).id;
    return { locationId, entryId };
  }
}
