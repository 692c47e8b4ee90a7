import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EducationLevel, Province } from '@app/core';

/** A school location (DUO vestiging), the unit every school-side feature works with. */
@Entity('schools')
export class SchoolEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 6, unique: true })
  vestigingscode: string;

  @Column({ type: 'varchar', length: 4 })
  brin: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'school_type', type: 'text' })
  schoolType: string;

  @Column({ type: 'text' })
  sector: string;

  @Column({ type: 'text', nullable: true })
  street: string | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  postcode: string | null;

  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ type: 'text' })
  province: Province;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lon: number;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  levels: EducationLevel[];

  @Column({ type: 'integer', nullable: true })
  pupils: number | null;

  @Column({ type: 'text', nullable: true })
  denomination: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
