import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ActivityType, EducationLevel, Province } from '@app/core';
import { SupplyOfferStatus } from '../matching.enums';

/** Supply: how many sessions of one type a company location can give in a period, and how far it travels. */
@Entity('supply_offers')
export class SupplyOfferEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'location_id', type: 'uuid' })
  locationId: string;

  // The activity that bookings from accepted proposals point at; created as a draft on first use when unset.
  @Column({ name: 'activity_id', type: 'uuid', nullable: true })
  activityId: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'text' })
  type: ActivityType;

  @Column({ type: 'text', array: true })
  levels: EducationLevel[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  themes: string[];

  @Column({ type: 'integer' })
  sessions: number;

  @Column({ name: 'sessions_used', type: 'integer', default: 0 })
  sessionsUsed: number;

  @Column({ name: 'period_start', type: 'timestamptz' })
  periodStart: Date;

  @Column({ name: 'period_end', type: 'timestamptz' })
  periodEnd: Date;

  @Column({ name: 'max_travel_km', type: 'double precision' })
  maxTravelKm: number;

  // Provinces with at least one school within reach, computed when the offer is saved.
  @Column({ name: 'reach_provinces', type: 'text', array: true, default: () => `'{}'` })
  reachProvinces: Province[];

  @Column({ type: 'text', default: SupplyOfferStatus.OPEN })
  status: SupplyOfferStatus;

  @Column({ type: 'integer', default: 1 })
  revision: number;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
