import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  ActivityStatus,
  ActivityType,
  Delivery,
  EducationLevel,
  Programme,
  Province,
  type Role,
  TargetGroup,
} from '@app/core';
import { ActivityEntity, CompanyEntity, CompanyLocationEntity, SchoolEntity } from '@app/catalogue';
import { UserEntity, hashPassword } from '@app/identity';

const unique = () => randomBytes(3).toString('hex').toUpperCase();
let schoolCounter = 0;

/** Builders for test rows: sensible defaults, overridden per test (`SchoolFactory.build({...})`). */
export const SchoolFactory = {
  build(overrides: Partial<SchoolEntity> = {}): Partial<SchoolEntity> {
    schoolCounter += 1;
    const brin = `${String(schoolCounter % 100).padStart(2, '0')}${unique()
      .slice(0, 2)
      .replace(/[^A-Z]/g, 'X')}`;
    return {
      vestigingscode: `${brin}00`,
      brin,
      name: `Testschool ${schoolCounter}`,
      schoolType: 'VBO/MAVO/HAVO/VWO',
      sector: 'vo',
      city: 'Oss',
      municipality: 'Oss',
      province: Province.NOORD_BRABANT,
      postcode: '5341AA',
      lat: 51.765,
      lon: 5.518,
      levels: [EducationLevel.HAVO, EducationLevel.VWO],
      ...overrides,
    };
  },
  async create(ds: DataSource, overrides: Partial<SchoolEntity> = {}): Promise<SchoolEntity> {
    return ds.getRepository(SchoolEntity).save(this.build(overrides) as SchoolEntity);
  },
};

export const CompanyFactory = {
  async create(
    ds: DataSource,
    overrides: Partial<CompanyEntity> = {},
    location: Partial<CompanyLocationEntity> = {},
  ): Promise<{ company: CompanyEntity; location: CompanyLocationEntity }> {
    const company = await ds.getRepository(CompanyEntity).save({
      name: `Testbedrijf ${unique()}`,
      approved: true,
      approvedAt: new Date(),
      ...overrides,
    });
    const saved = await ds.getRepository(CompanyLocationEntity).save({
      companyId: company.id,
      name: 'Hoofdvestiging',
      postcode: '5611AB',
      city: 'Eindhoven',
      municipality: 'Eindhoven',
      province: Province.NOORD_BRABANT,
      lat: 51.4381,
      lon: 5.4752,
      ...location,
    });
    return { company, location: saved };
  },
};

export const ActivityFactory = {
  build(locationId: string, overrides: Partial<ActivityEntity> = {}): Partial<ActivityEntity> {
    return {
      locationId,
      title: 'Gastles zonne-energie',
      description: 'Een ingenieur vertelt over zonnepanelen en de energietransitie.',
      type: ActivityType.GUEST_LESSON,
      programme: Programme.JET_NET,
      levels: [EducationLevel.HAVO, EducationLevel.VWO],
      targetGroups: [TargetGroup.ALL_PUPILS],
      themes: ['energie'],
      delivery: Delivery.AT_SCHOOL,
      provinces: [Province.NOORD_BRABANT],
      maxTravelKm: 30,
      durationMinutes: 50,
      maxParticipants: 30,
      costEuros: 0,
      status: ActivityStatus.PUBLISHED,
      publishedAt: new Date(),
      ...overrides,
    };
  },
  async create(
    ds: DataSource,
    locationId: string,
    overrides: Partial<ActivityEntity> = {},
  ): Promise<ActivityEntity> {
    return ds.getRepository(ActivityEntity).save(this.build(locationId, overrides) as ActivityEntity);
  },
};

export const TEST_PASSWORD = 'Geheim-wachtwoord-42';

export const UserFactory = {
  async create(
    ds: DataSource,
    role: Role,
    overrides: Partial<UserEntity> = {},
    password = TEST_PASSWORD,
  ): Promise<UserEntity> {
    return ds.getRepository(UserEntity).save({
      email: `${role.toLowerCase()}-${unique().toLowerCase()}@example.nl`,
      passwordHash: await hashPassword(password),
      name: `Test ${role.toLowerCase()}`,
      role,
      schoolId: null,
      companyId: null,
      ...overrides,
    });
  },
};
