import type { DataSource } from 'typeorm';
import { ActivityType, EducationLevel, Province } from '@app/core';
import {
  SchoolRequestEntity,
  SchoolRequestStatus,
  SupplyOfferEntity,
  SupplyOfferStatus,
} from '@app/matching';
import { LocationFactory, SchoolFactory } from './catalogue.factory';
import { RowFactory, placeholderId } from './row.factory';

// Periods start today and last two weeks, so that they have not ended whenever the tests run.
const period = () => ({ periodStart: new Date(), periodEnd: new Date(Date.now() + 14 * 86_400_000) });

/** A school's open request for one guest lesson for havo; inserting it without `schoolId` inserts a school. */
export class SchoolRequestFactory extends RowFactory<SchoolRequestEntity> {
  protected readonly entity = SchoolRequestEntity;

  protected defaults(): Partial<SchoolRequestEntity> {
    return {
      schoolId: placeholderId(),
      createdBy: null,
      type: ActivityType.GUEST_LESSON,
      levels: [EducationLevel.HAVO],
      themes: [],
      sessions: 1,
      status: SchoolRequestStatus.OPEN,
      ...period(),
    };
  }

  protected override async parents(ds: DataSource): Promise<Partial<SchoolRequestEntity>> {
    return this.values.schoolId ? {} : { schoolId: (await SchoolFactory.from().insert(ds)).id };
  }
}

/** A location's open offer of one guest lesson within 30 km; inserting it without `locationId` inserts one. */
export class SupplyOfferFactory extends RowFactory<SupplyOfferEntity> {
  protected readonly entity = SupplyOfferEntity;

  protected defaults(): Partial<SupplyOfferEntity> {
    return {
      locationId: placeholderId(),
      activityId: null,
      createdBy: null,
      type: ActivityType.GUEST_LESSON,
      levels: [EducationLevel.HAVO, EducationLevel.VWO],
      themes: [],
      sessions: 1,
      maxTravelKm: 30,
      reachProvinces: [Province.NOORD_BRABANT],
      status: SupplyOfferStatus.OPEN,
      ...period(),
    };
  }

  protected override async parents(ds: DataSource): Promise<Partial<SupplyOfferEntity>> {
    return this.values.locationId ? {} : { locationId: (await LocationFactory.from().insert(ds)).id };
  }
}
