import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ProposalStatus } from '../matching.enums';

/** Sessions of one supply offer for one school request, proposed by a run; a coordinator decides. */
@Entity('match_proposals')
export class MatchProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'run_id', type: 'uuid' })
  runId: string;

  @Column({ type: 'integer' })
  ordinal: number;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'supply_id', type: 'uuid' })
  supplyId: string;

  @Column({ name: 'request_revision', type: 'integer' })
  requestRevision: number;

  @Column({ name: 'supply_revision', type: 'integer' })
  supplyRevision: number;

  @Column({ type: 'integer' })
  sessions: number;

  @Column({ name: 'distance_km', type: 'double precision' })
  distanceKm: number;

  @Column({ type: 'double precision' })
  score: number;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  reasons: string[];

  @Column({ type: 'text', default: ProposalStatus.PROPOSED })
  status: ProposalStatus;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'booking_id', type: 'uuid', nullable: true })
  bookingId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
