import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Programme } from '@app/core';
import { OfferStatus } from '../waitlist.domain';

/** A partner place offered to a waiting school; PENDING holds one slot of the location until it is decided. */
@Entity('partner_offers')
export class PartnerOfferEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  @Column({ name: 'location_id', type: 'uuid' })
  locationId: string;

  @Column({ type: 'text' })
  programme: Programme;

  @Column({ type: 'text', default: OfferStatus.PENDING })
  status: OfferStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;
}
