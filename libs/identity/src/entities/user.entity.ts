import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { NotificationKind, Programme, Province, Role } from '@app/core';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  role: Role;

  // A teacher acts for one school location, a company contact for one company.
  @Column({ name: 'school_id', type: 'uuid', nullable: true })
  schoolId: string | null;

  @Column({ name: 'company_id', type: 'uuid', nullable: true })
  companyId: string | null;

  // Confirmed through the mailed link; until then a teacher or company contact may read but not act.
  @Column({ name: 'email_verified', type: 'boolean', default: false })
  emailVerified: boolean;

  // A teacher's link to the school is proven (by the address's domain or an approval); until then the account
  // sees none of the school's records and cannot act for it.
  @Column({ name: 'school_verified', type: 'boolean', default: false })
  schoolVerified: boolean;
  // A coordinator works in these provinces (the access layer keeps them there) for these programmes (empty:
  // every programme); empty for other roles.
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  provinces: Province[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  programmes: Programme[];

  // Kinds of notification the user reads in the app only, not by e-mail.
  @Column({ name: 'email_off_kinds', type: 'text', array: true, default: () => "'{}'" })
  emailOffKinds: NotificationKind[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
