import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Province } from '@app/core';
import { MatchRunStatus } from '../matching.enums';

/** One matching of a province's open demand against the supply that reaches it. */
@Entity('match_runs')
export class MatchRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  province: Province;

  @Column({ type: 'text', default: MatchRunStatus.QUEUED })
  status: MatchRunStatus;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @Column({ name: 'demand_sessions', type: 'integer', default: 0 })
  demandSessions: number;

  @Column({ name: 'supply_sessions', type: 'integer', default: 0 })
  supplySessions: number;

  @Column({ name: 'matched_sessions', type: 'integer', default: 0 })
  matchedSessions: number;

  // The min-cut capacity of the solve: no assignment can match more sessions.
  @Column({ name: 'upper_bound', type: 'integer', nullable: true })
  upperBound: number | null;

  @Column({ name: 'total_score', type: 'double precision', nullable: true })
  totalScore: number | null;

  @Column({ name: 'candidate_pairs', type: 'integer', nullable: true })
  candidatePairs: number | null;

  @Column({ name: 'request_count', type: 'integer', nullable: true })
  requestCount: number | null;

  @Column({ name: 'supply_count', type: 'integer', nullable: true })
  supplyCount: number | null;

  @Column({ type: 'text', nullable: true })
  solver: string | null;

  @Column({ name: 'solve_ms', type: 'integer', nullable: true })
  solveMs: number | null;

  // The Dutch calendar day the run measures waiting time and open periods against (YYYY-MM-DD).
  @Column({ name: 'reference_date', type: 'date', nullable: true })
  referenceDate: string | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
