import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EducationLevel, Role } from '@app/core';
import { BookingStatus } from '../booking-status';

/** A school's booking of one activity: requested by a teacher, or created ACCEPTED from a matching proposal. */
@Entity('bookings')
export class BookingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @Column({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @Column({ type: 'text', default: BookingStatus.REQUESTED })
  status: BookingStatus;

  @Column({ type: 'text' })
  level: EducationLevel;

  @Column({ name: 'group_size', type: 'integer' })
  groupSize: number;

  // A teacher's request is one session; a booking from the matching carries the proposal's sessions.
  @Column({ type: 'integer', default: 1 })
  sessions: number;

  @Column({ name: 'preferred_date', type: 'timestamptz', nullable: true })
  preferredDate: Date | null;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ name: 'response_message', type: 'text', nullable: true })
  responseMessage: string | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ name: 'cancelled_by_role', type: 'text', nullable: true })
  cancelledByRole: Role | null;

  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId: string | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
