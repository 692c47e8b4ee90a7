import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type {
  ActivityStatus,
  ActivityType,
  Delivery,
  EducationLevel,
  Programme,
  Province,
  TargetGroup,
} from '@app/core';
import { CompanyLocationEntity } from './company-location.entity';

// numeric comes back from pg as a string; money stays exact in the database and a number in code.
const numeric = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity('activities')
export class ActivityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'location_id', type: 'uuid' })
  locationId: string;

  @ManyToOne(() => CompanyLocationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'location_id' })
  location?: Relation<CompanyLocationEntity>;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  type: ActivityType;

  @Column({ type: 'text' })
  programme: Programme;

  @Column({ type: 'text', array: true })
  levels: EducationLevel[];

  @Column({ name: 'target_groups', type: 'text', array: true, default: () => `'{}'` })
  targetGroups: TargetGroup[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  themes: string[];

  @Column({ type: 'text' })
  delivery: Delivery;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  provinces: Province[];

  @Column({ name: 'max_travel_km', type: 'double precision', nullable: true })
  maxTravelKm: number | null;

  @Column({ name: 'duration_minutes', type: 'integer', nullable: true })
  durationMinutes: number | null;

  @Column({ name: 'max_participants', type: 'integer', nullable: true })
  maxParticipants: number | null;

  @Column({ name: 'cost_euros', type: 'numeric', precision: 9, scale: 2, default: 0, transformer: numeric })
  costEuros: number;

  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true })
  startsAt: Date | null;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  @Column({ type: 'text', default: 'DRAFT' })
  status: ActivityStatus;

  @Column({ name: 'average_rating', type: 'double precision', nullable: true })
  averageRating: number | null;

  @Column({ name: 'review_count', type: 'integer', default: 0 })
  reviewCount: number;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
