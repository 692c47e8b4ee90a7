import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ActivityType, EducationLevel } from '@app/core';
import { SchoolRequestStatus } from '../matching.enums';

/** Demand: what a school needs in one period of a school year. */
@Entity('school_requests')
export class SchoolRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

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

  // Sessions of accepted proposals; a new run matches only sessions - sessionsUsed.
  @Column({ name: 'sessions_used', type: 'integer', default: 0 })
  sessionsUsed: number;

  @Column({ name: 'period_start', type: 'timestamptz' })
  periodStart: Date;

  @Column({ name: 'period_end', type: 'timestamptz' })
  periodEnd: Date;

  @Column({ type: 'text', default: SchoolRequestStatus.OPEN })
  status: SchoolRequestStatus;

  // Bumped by every edit: a proposal made from an older revision can no longer be accepted.
  @Column({ type: 'integer', default: 1 })
  revision: number;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
