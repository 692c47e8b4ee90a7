import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ActivityType, EducationLevel } from '@app/core';

// The columns a school request (demand) and a supply offer (supply) share; each table has its own copy of them.
export abstract class PostingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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
