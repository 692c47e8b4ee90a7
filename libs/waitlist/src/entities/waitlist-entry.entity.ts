import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Programme, Province } from '@app/core';
import { WaitlistStatus } from '../waitlist.domain';

/** A school on the waiting list of a programme; at most one active (not WITHDRAWN) per school and programme. */
@Entity('waitlist_entries')
export class WaitlistEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  @Column({ type: 'text' })
  programme: Programme;

  // Copied from the school when it joins: the list is kept per programme and province.
  @Column({ type: 'text' })
  province: Province;

  @Column({ type: 'text', default: WaitlistStatus.WAITING })
  status: WaitlistStatus;

  @Column({ type: 'integer', default: 0 })
  priority: number;

  @Column({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;

  @Column({ name: 'placed_location_id', type: 'uuid', nullable: true })
  placedLocationId: string | null;

  @Column({ name: 'placed_at', type: 'timestamptz', nullable: true })
  placedAt: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
