import type { DataSource } from 'typeorm';
import {
  ActivityStatus,
  ActivityType,
  Delivery,
  EducationLevel,
  Programme,
  Province,
  TargetGroup,
} from '@app/core';
import { ActivityEntity, CompanyEntity, CompanyLocationEntity, SchoolEntity } from '@app/catalogue';
import { RowFactory, placeholderId, unique } from './row.factory';

let schoolCounter = 0;

/** A secondary school in Oss (havo, vwo). */
export class SchoolFactory extends RowFactory<SchoolEntity> {
  protected readonly entity = SchoolEntity;

  /** Shorthand of `SchoolFactory.from(values).insert(ds)`. */
  static create(ds: DataSource, values: Partial<SchoolEntity> = {}): Promise<SchoolEntity> {
    return SchoolFactory.from(values).insert(ds);
  }

  protected defaults(): Partial<SchoolEntity> {
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
    };
  }
}

/** An approved company; its locations come from `LocationFactory`. */
export class CompanyFactory extends RowFactory<CompanyEntity> {
  protected readonly entity = CompanyEntity;

  /** A company with one location: shorthand of `CompanyFactory` and `LocationFactory` inserted together. */
  static async create(
    ds: DataSource,
    company: Partial<CompanyEntity> = {},
    location: Partial<CompanyLocationEntity> = {},
  ): Promise<{ company: CompanyEntity; location: CompanyLocationEntity }> {
    const saved = await CompanyFactory.from(company).insert(ds);
    return {
      company: saved,
      location: await LocationFactory.from({ ...location, companyId: saved.id }).insert(ds),
    };
  }

  protected defaults(): Partial<CompanyEntity> {
    return { name: `Testbedrijf ${unique()}`, approved: true, approvedAt: new Date() };
  }
}

/** A company location in Eindhoven; inserting it without `companyId` inserts its company. */
export class LocationFactory extends RowFactory<CompanyLocationEntity> {
  protected readonly entity = CompanyLocationEntity;

  protected defaults(): Partial<CompanyLocationEntity> {
    return {
      companyId: placeholderId(),
      name: 'Hoofdvestiging',
      postcode: '5611AB',
      city: 'Eindhoven',
      municipality: 'Eindhoven',
      province: Province.NOORD_BRABANT,
      lat: 51.4381,
      lon: 5.4752,
    };
  }

  protected override async parents(ds: DataSource): Promise<Partial<CompanyLocationEntity>> {
    return this.values.companyId ? {} : { companyId: (await CompanyFactory.from().insert(ds)).id };
  }
}

/** A published Jet-Net guest lesson for havo and vwo; inserting it without `locationId` inserts a location. */
export class ActivityFactory extends RowFactory<ActivityEntity> {
  protected readonly entity = ActivityEntity;

  /** Shorthand of `ActivityFactory.from({ locationId, ...values }).insert(ds)`. */
  static create(
    ds: DataSource,
    locationId: string,
    values: Partial<ActivityEntity> = {},
  ): Promise<ActivityEntity> {
    return ActivityFactory.from({ locationId, ...values }).insert(ds);
  }

  protected defaults(): Partial<ActivityEntity> {
    return {
      locationId: placeholderId(),
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
    };
  }

  protected override async parents(ds: DataSource): Promise<Partial<ActivityEntity>> {
    return this.values.locationId ? {} : { locationId: (await LocationFactory.from().insert(ds)).id };
  }
}
