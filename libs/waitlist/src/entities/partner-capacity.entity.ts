import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Programme } from '@app/core';

/** How many partner schools a company location takes in a programme, and how far they may be. */
@Entity('partner_capacity')
export class PartnerCapacityEntity {
  @PrimaryColumn({ name: 'location_id', type: 'uuid' })
  locationId: string;

  @PrimaryColumn({ type: 'text' })
  programme: Programme;

  @Column({ type: 'integer' })
  slots: number;

  @Column({ name: 'partner_distance_km', type: 'double precision', default: 40 })
  partnerDistanceKm: number;

  /** Set when a slot may have come free and offers are to be made; cleared by the offer job. */
  @Column({ name: 'offers_requested_at', type: 'timestamptz', nullable: true })
  offersRequestedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
