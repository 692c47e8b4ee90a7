import type { DataSource } from 'typeorm';
import { Province, Role } from '@app/core';
import { UserEntity, hashPassword } from '@app/identity';
import { CompanyFactory, SchoolFactory } from './catalogue.factory';
import { RowFactory, unique } from './row.factory';

export const TEST_PASSWORD = 'Geheim-wachtwoord-42';

/**
 * An account of any role (a teacher by default). A coordinator works in every province unless `provinces` is
 * given, so that suites not about regions may act anywhere. Inserting a teacher without `schoolId` inserts a school, a
 * company contact without `companyId` a company. The password hash is a dummy unless `withPassword` is used
 * (argon2 is slow, and most tests issue tokens without logging in). Its e-mail address and school link are proven
 * unless `emailVerified` / `schoolVerified` say false.
 */
export class UserFactory extends RowFactory<UserEntity> {
  protected readonly entity = UserEntity;
  private password?: string;

  /** Shorthand of `UserFactory.from({ role, ...values }).withPassword(password).insert(ds)`: it can log in. */
  static create(
    ds: DataSource,
    role: Role,
    values: Partial<UserEntity> = {},
    password = TEST_PASSWORD,
  ): Promise<UserEntity> {
    return UserFactory.from({ role, ...values })
      .withPassword(password)
      .insert(ds);
  }

  /** Stores a real hash of `password`, so that the account can log in. */
  withPassword(password = TEST_PASSWORD): this {
    this.password = password;
    return this;
  }

  protected defaults(): Partial<UserEntity> {
    const role = this.values.role ?? Role.TEACHER;
    return {
      email: `${role.toLowerCase()}-${unique().toLowerCase()}@example.nl`,
      passwordHash: 'not-a-hash',
      name: `Test ${role.toLowerCase()}`,
      role,
      schoolId: null,
      companyId: null,
      // Proven unless a test says otherwise, so that suites about other things need not prove accounts first.
      emailVerified: true,
      schoolVerified: true,
      provinces: role === Role.COORDINATOR ? Object.values(Province) : [],
      programmes: [],
    };
  }

  protected override async parents(ds: DataSource): Promise<Partial<UserEntity>> {
    const role = this.build().role;
    return {
      ...(this.password ? { passwordHash: await hashPassword(this.password) } : {}),
      ...(role === Role.TEACHER && this.values.schoolId === undefined
        ? { schoolId: (await SchoolFactory.from().insert(ds)).id }
        : {}),
      ...(role === Role.COMPANY && this.values.companyId === undefined
        ? { companyId: (await CompanyFactory.from().insert(ds)).id }
        : {}),
    };
  }
}
