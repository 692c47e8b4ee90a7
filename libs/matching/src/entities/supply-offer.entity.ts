import { Column, Entity } from 'typeorm';
import type { Province } from '@app/core';
import { SupplyOfferStatus } from '../matching.enums';
import { PostingEntity } from './posting.entity';

/** Supply: how many sessions of one type a company location can give in a period, and how far it travels. */
@Entity('supply_offers')
export class SupplyOfferEntity extends PostingEntity {
  @Column({ name: 'location_id', type: 'uuid' })
  locationId: string;

  // The activity that bookings from accepted proposals point at; created as a draft on first use when unset.
  @Column({ name: 'activity_id', type: 'uuid', nullable: true })
  activityId: string | null;

  @Column({ name: 'max_travel_km', type: 'double precision' })
  maxTravelKm: number;

  // Provinces with at least one school within reach, computed when the offer is saved.
  @Column({ name: 'reach_provinces', type: 'text', array: true, default: () => `'{}'` })
  reachProvinces: Province[];

  @Column({ type: 'text', default: SupplyOfferStatus.OPEN })
  status: SupplyOfferStatus;
}
