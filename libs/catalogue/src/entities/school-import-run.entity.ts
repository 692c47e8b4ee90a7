import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ImportRowNote } from '../import/school-file';

/** Where an import reads the registry: the shared open data under DATA_DIR, or DUO's public file. */
export enum SchoolImportSource {
  DATA_FILE = 'DATA_FILE',
  DUO_DOWNLOAD = 'DUO_DOWNLOAD',
}

/** An import run: QUEUED until the worker takes it, RUNNING, then DONE or FAILED. */
export enum SchoolImportState {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

/** One import of the school registry an admin started, with its progress and outcome. */
@Entity('school_import_runs')
export class SchoolImportRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  source: SchoolImportSource;

  // The file path or URL read, fixed when the run is started.
  @Column({ type: 'text' })
  location: string;

  @Column({ type: 'text', default: SchoolImportState.QUEUED })
  state: SchoolImportState;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  // Lines of the file after its header; known once the file is read.
  @Column({ name: 'rows_total', type: 'integer', nullable: true })
  rowsTotal: number | null;

  @Column({ name: 'rows_read', type: 'integer', default: 0 })
  rowsRead: number;

  @Column({ type: 'integer', default: 0 })
  inserted: number;

  @Column({ type: 'integer', default: 0 })
  updated: number;

  @Column({ type: 'integer', default: 0 })
  unchanged: number;

  @Column({ type: 'integer', default: 0 })
  rejected: number;

  // The first rejected rows, with their line and why.
  @Column({ type: 'jsonb', default: () => `'[]'` })
  rejections: ImportRowNote[];

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
