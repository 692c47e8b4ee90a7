import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ActivityEntity, CompanyEntity, CompanyLocationEntity, SchoolEntity } from '@app/catalogue';
import {
  ActivityStatus,
  ActivityType,
  BadInputException,
  boundingBox,
  ConflictException,
  EducationLevel,
  ForbiddenException,
  NotFoundException,
  Province,
  Role,
  THEMES,
  isCoordinator,
  type Actor,
  isUuid,
} from '@app/core';
import { inTransaction } from '@app/database';
import { SchoolRequestEntity } from '../entities/school-request.entity';
import { SupplyOfferEntity } from '../entities/supply-offer.entity';
import { SchoolRequestStatus, SupplyOfferStatus } from '../matching.enums';
import { assertPeriod } from '../school-year';

export interface SchoolRequestDraft {
  type: ActivityType;
  levels: EducationLevel[];
  themes: string[];
  sessions: number;
  periodStart: Date;
  periodEnd: Date;
  /** Coordinators post for a school; a teacher may only name the own school. */
  schoolId?: string | null;
}

export interface SupplyOfferDraft {
  locationId: string;
  type: ActivityType;
  levels: EducationLevel[];
  themes: string[];
  sessions: number;
  periodStart: Date;
  periodEnd: Date;
  maxTravelKm: number;
  /** A published activity of the same location and type that bookings from this offer point at. */
  activityId?: string | null;
}

export type SchoolRequestPatch = Partial<Omit<SchoolRequestDraft, 'schoolId'>>;
export type SupplyOfferPatch = Partial<Omit<SupplyOfferDraft, 'locationId'>>;

const THEME_BY_KEY = new Map<string, string>(THEMES.map((theme) => [theme.toLowerCase(), theme]));
const LEVEL_ORDER = Object.values(EducationLevel);
const PROVINCE_ORDER = Object.values(Province);
/** Sessions of one request or offer. */
export const MAX_SESSIONS = 500;
/** The Netherlands is about 300 km across; further is a typo. */
export const MAX_TRAVEL_KM = 400;

const bad = (field: string, message: string) => new BadInputException(message, { field });

function normaliseCommon(draft: {
  type: ActivityType;
  levels: EducationLevel[];
  themes: string[];
  sessions: number;
  periodStart: Date;
  periodEnd: Date;
}) {
  if (!Object.values(ActivityType).includes(draft.type))
    throw bad('type', `Unknown activity type ${draft.type}`);
  if (draft.levels.length === 0) throw bad('levels', 'Name at least one education level');
  for (const level of draft.levels) {
    if (!LEVEL_ORDER.includes(level)) throw bad('levels', `Unknown education level ${level}`);
  }
  const themes = draft.themes.map((theme) => {
    const known = THEME_BY_KEY.get(theme.trim().toLowerCase());
    if (!known) throw bad('themes', `Unknown theme "${theme}"; use one of: ${THEMES.join(', ')}`);
    return known;
  });
  if (!Number.isInteger(draft.sessions) || draft.sessions < 1 || draft.sessions > MAX_SESSIONS) {
    throw bad('sessions', `Sessions is a whole number from 1 to ${MAX_SESSIONS}`);
  }
  assertPeriod(draft.periodStart, draft.periodEnd);
  return {
    type: draft.type,
    levels: LEVEL_ORDER.filter((level) => draft.levels.includes(level)),
    themes: THEMES.filter((theme) => themes.includes(theme)),
    sessions: draft.sessions,
    periodStart: draft.periodStart,
    periodEnd: draft.periodEnd,
  };
}

function checkTravel(km: number): number {
  if (!Number.isFinite(km) || km <= 0) throw bad('maxTravelKm', 'maxTravelKm must be more than 0');
  if (km > MAX_TRAVEL_KM) throw bad('maxTravelKm', `maxTravelKm is at most ${MAX_TRAVEL_KM} km`);
  return km;
}

/** Demand (school requests) and supply (company offers): posting, editing, withdrawing, listing. */
@Injectable()
export class DemandSupplyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async createRequest(actor: Actor, draft: SchoolRequestDraft): Promise<SchoolRequestEntity> {
    const schoolId = this.schoolFor(actor, draft.schoolId);
    const values = normaliseCommon(draft);
    return inTransaction(this.dataSource, async (manager) => {
      const school = await manager.getRepository(SchoolEntity).findOne({ where: { id: schoolId } });
      if (!school) throw new NotFoundException('School', schoolId);
      return manager.getRepository(SchoolRequestEntity).save({
        ...values,
        schoolId,
        createdBy: actor.userId,
        status: SchoolRequestStatus.OPEN,
      });
    });
  }

  async updateRequest(actor: Actor, id: string, patch: SchoolRequestPatch): Promise<SchoolRequestEntity> {
    return this.withRequest(actor, id, async (manager, request) => {
      const values = normaliseCommon({
        type: patch.type ?? request.type,
        levels: patch.levels ?? request.levels,
        themes: patch.themes ?? request.themes,
        sessions: patch.sessions ?? request.sessions,
        periodStart: patch.periodStart ?? request.periodStart,
        periodEnd: patch.periodEnd ?? request.periodEnd,
      });
      if (values.sessions < request.sessionsUsed) {
        throw new ConflictException(
          `${request.sessionsUsed} sessions of this request are matched already; ask for at least that many`,
          { field: 'sessions', sessionsUsed: request.sessionsUsed },
        );
      }
      Object.assign(request, values, {
        revision: request.revision + 1,
        status:
          values.sessions > request.sessionsUsed ? SchoolRequestStatus.OPEN : SchoolRequestStatus.MATCHED,
      });
      return manager.getRepository(SchoolRequestEntity).save(request);
    });
  }

  /** Withdraws a request; accepted matches stay booked. Withdrawing twice changes nothing. */
  async withdrawRequest(actor: Actor, id: string): Promise<SchoolRequestEntity> {
    return this.withRequest(
      actor,
      id,
      async (manager, request) => {
        if (request.status === SchoolRequestStatus.WITHDRAWN) return request;
        request.status = SchoolRequestStatus.WITHDRAWN;
        request.withdrawnAt = new Date();
        request.revision += 1;
        return manager.getRepository(SchoolRequestEntity).save(request);
      },
      true,
    );
  }

  async createOffer(actor: Actor, draft: SupplyOfferDraft): Promise<SupplyOfferEntity> {
    if (actor.role !== Role.COMPANY && !isCoordinator(actor)) {
      throw new ForbiddenException('Only a company contact or a coordinator posts supply');
    }
    if (!isUuid(draft.locationId)) throw new NotFoundException('Company location', draft.locationId);
    const values = normaliseCommon(draft);
    const maxTravelKm = checkTravel(draft.maxTravelKm);
    return inTransaction(this.dataSource, async (manager) => {
      const location = await this.ownLocation(manager, actor, draft.locationId);
      const activityId = await this.checkActivity(manager, draft.activityId, location.id, values.type);
      return manager.getRepository(SupplyOfferEntity).save({
        ...values,
        locationId: location.id,
        activityId,
        maxTravelKm,
        reachProvinces: await this.reachProvinces(manager, location, maxTravelKm),
        createdBy: actor.userId,
        status: SupplyOfferStatus.OPEN,
      });
    });
  }

  async updateOffer(actor: Actor, id: string, patch: SupplyOfferPatch): Promise<SupplyOfferEntity> {
    return this.withOffer(actor, id, async (manager, offer, location) => {
      const values = normaliseCommon({
        type: patch.type ?? offer.type,
        levels: patch.levels ?? offer.levels,
        themes: patch.themes ?? offer.themes,
        sessions: patch.sessions ?? offer.sessions,
        periodStart: patch.periodStart ?? offer.periodStart,
        periodEnd: patch.periodEnd ?? offer.periodEnd,
      });
      const maxTravelKm = checkTravel(patch.maxTravelKm ?? offer.maxTravelKm);
      if (values.sessions < offer.sessionsUsed) {
        throw new ConflictException(
          `${offer.sessionsUsed} sessions of this offer are matched already; offer at least that many`,
          { field: 'sessions', sessionsUsed: offer.sessionsUsed },
        );
      }
      const activityId =
        patch.activityId !== undefined
          ? await this.checkActivity(manager, patch.activityId, location.id, values.type)
          : offer.activityId && values.type !== offer.type
            ? null
            : offer.activityId;
      Object.assign(offer, values, {
        maxTravelKm,
        activityId,
        reachProvinces: await this.reachProvinces(manager, location, maxTravelKm),
        revision: offer.revision + 1,
      });
      return manager.getRepository(SupplyOfferEntity).save(offer);
    });
  }

  async withdrawOffer(actor: Actor, id: string): Promise<SupplyOfferEntity> {
    return this.withOffer(
      actor,
      id,
      async (manager, offer) => {
        if (offer.status === SupplyOfferStatus.WITHDRAWN) return offer;
        offer.status = SupplyOfferStatus.WITHDRAWN;
        offer.withdrawnAt = new Date();
        offer.revision += 1;
        return manager.getRepository(SupplyOfferEntity).save(offer);
      },
      true,
    );
  }

  /** Coordinator: the requests of schools in the province, oldest first; withdrawn ones only on request. */
  requestsInProvince(province: Province, includeWithdrawn = false): Promise<SchoolRequestEntity[]> {
    const query = this.dataSource
      .getRepository(SchoolRequestEntity)
      .createQueryBuilder('r')
      .innerJoin(SchoolEntity, 's', 's.id = r.school_id')
      .where('s.province = :province', { province })
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC');
    if (!includeWithdrawn)
      query.andWhere('r.status <> :withdrawn', { withdrawn: SchoolRequestStatus.WITHDRAWN });
    return query.getMany();
  }

  /** Coordinator: the offers that can serve schools in the province (by reach, across borders too). */
  offersInProvince(province: Province, includeWithdrawn = false): Promise<SupplyOfferEntity[]> {
    const query = this.dataSource
      .getRepository(SupplyOfferEntity)
      .createQueryBuilder('o')
      .where(':province = ANY(o.reach_provinces)', { province })
      .orderBy('o.created_at', 'ASC')
      .addOrderBy('o.id', 'ASC');
    if (!includeWithdrawn)
      query.andWhere('o.status <> :withdrawn', { withdrawn: SupplyOfferStatus.WITHDRAWN });
    return query.getMany();
  }

  /** Teacher: the own school's requests; withdrawn ones too. */
  requestsOfSchool(schoolId: string): Promise<SchoolRequestEntity[]> {
    return this.dataSource
      .getRepository(SchoolRequestEntity)
      .find({ where: { schoolId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Company contact: the own company's offers; withdrawn ones too. */
  offersOfCompany(companyId: string): Promise<SupplyOfferEntity[]> {
    return this.dataSource
      .getRepository(SupplyOfferEntity)
      .createQueryBuilder('o')
      .innerJoin(CompanyLocationEntity, 'l', 'l.id = o.location_id')
      .where('l.company_id = :companyId', { companyId })
      .orderBy('o.created_at', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .getMany();
  }

  findRequestsByIds(ids: readonly string[]): Promise<SchoolRequestEntity[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.dataSource.getRepository(SchoolRequestEntity).find({ where: { id: In([...ids]) } });
  }

  findOffersByIds(ids: readonly string[]): Promise<SupplyOfferEntity[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.dataSource.getRepository(SupplyOfferEntity).find({ where: { id: In([...ids]) } });
  }

  private schoolFor(actor: Actor, schoolId: string | null | undefined): string {
    if (actor.role === Role.TEACHER) {
      if (!actor.schoolId) throw new ForbiddenException('Your account is not linked to a school');
      if (schoolId && schoolId !== actor.schoolId) {
        throw new ForbiddenException('A teacher acts for the own school only');
      }
      return actor.schoolId;
    }
    if (isCoordinator(actor)) {
      if (!schoolId) throw bad('schoolId', 'Name the school to post for');
      if (!isUuid(schoolId)) throw new NotFoundException('School', schoolId);
      return schoolId;
    }
    throw new ForbiddenException('Only a teacher or a coordinator posts school requests');
  }

  private async ownLocation(manager: EntityManager, actor: Actor, locationId: string) {
    const location = await manager
      .getRepository(CompanyLocationEntity)
      .findOne({ where: { id: locationId } });
    if (!location) throw new NotFoundException('Company location', locationId);
    if (!isCoordinator(actor) && actor.companyId !== location.companyId) {
      throw new ForbiddenException('This location belongs to another company');
    }
    const company = await manager
      .getRepository(CompanyEntity)
      .findOneOrFail({ where: { id: location.companyId } });
    if (!company.approved) {
      throw new ForbiddenException('The company must be approved by a coordinator before it offers supply');
    }
    return location;
  }

  private async checkActivity(
    manager: EntityManager,
    activityId: string | null | undefined,
    locationId: string,
    type: ActivityType,
  ): Promise<string | null> {
    if (!activityId) return null;
    const activity = isUuid(activityId)
      ? await manager.getRepository(ActivityEntity).findOne({ where: { id: activityId } })
      : null;
    if (!activity || activity.locationId !== locationId) {
      throw bad('activityId', 'The activity must be one of this location');
    }
    if (activity.type !== type) throw bad('activityId', `The activity is a ${activity.type}, not a ${type}`);
    if (activity.status === ActivityStatus.ARCHIVED) throw bad('activityId', 'The activity is archived');
    return activity.id;
  }

  // Provinces with a school within reach, and always the location's own. A plain latitude/longitude box first,
  // the distance only inside it: a scan of the few thousand school rows needs no spatial index.
  private async reachProvinces(
    manager: EntityManager,
    location: CompanyLocationEntity,
    maxTravelKm: number,
  ): Promise<Province[]> {
    const box = boundingBox(location, maxTravelKm);
    const rows = await manager.query<Array<{ province: Province }>>(
      `SELECT DISTINCT province FROM schools
        WHERE lat BETWEEN $4 AND $5 AND lon BETWEEN $6 AND $7
          AND earth_distance(ll_to_earth($1, $2), ll_to_earth(lat, lon)) <= $3`,
      [
        location.lat,
        location.lon,
        maxTravelKm * 1000,
        box.minLat,
        box.maxLat,
        box.minLon ?? -180,
        box.maxLon ?? 180,
      ],
    );
    const provinces = new Set([location.province, ...rows.map((row) => row.province)]);
    return PROVINCE_ORDER.filter((province) => provinces.has(province));
  }

  private async withRequest(
    actor: Actor,
    id: string,
    work: (manager: EntityManager, request: SchoolRequestEntity) => Promise<SchoolRequestEntity>,
    allowWithdrawn = false,
  ): Promise<SchoolRequestEntity> {
    if (!isUuid(id)) throw new NotFoundException('School request', id);
    return inTransaction(this.dataSource, async (manager) => {
      const request = await manager
        .getRepository(SchoolRequestEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!request) throw new NotFoundException('School request', id);
      if (!isCoordinator(actor) && !(actor.role === Role.TEACHER && actor.schoolId === request.schoolId)) {
        throw new ForbiddenException('This request is of another school');
      }
      if (!allowWithdrawn && request.status === SchoolRequestStatus.WITHDRAWN) {
        throw new ConflictException('This request is withdrawn');
      }
      return work(manager, request);
    });
  }

  private async withOffer(
    actor: Actor,
    id: string,
    work: (
      manager: EntityManager,
      offer: SupplyOfferEntity,
      location: CompanyLocationEntity,
    ) => Promise<SupplyOfferEntity>,
    allowWithdrawn = false,
  ): Promise<SupplyOfferEntity> {
    if (!isUuid(id)) throw new NotFoundException('Supply offer', id);
    return inTransaction(this.dataSource, async (manager) => {
      const offer = await manager
        .getRepository(SupplyOfferEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!offer) throw new NotFoundException('Supply offer', id);
      const location = await manager
        .getRepository(CompanyLocationEntity)
        .findOneOrFail({ where: { id: offer.locationId } });
      if (!isCoordinator(actor) && !(actor.role === Role.COMPANY && actor.companyId === location.companyId)) {
        throw new ForbiddenException('This offer is of another company');
      }
      if (!allowWithdrawn && offer.status === SupplyOfferStatus.WITHDRAWN) {
        throw new ConflictException('This offer is withdrawn');
      }
      return work(manager, offer, location);
    });
  }
}
