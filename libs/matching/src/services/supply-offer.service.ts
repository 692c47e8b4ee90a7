import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ActivityEntity, CompanyEntity, CompanyLocationEntity } from '@app/catalogue';
import {
  ActivityStatus,
  ActivityType,
  ForbiddenException,
  NotFoundException,
  Province,
  boundingBox,
  type Actor,
} from '@app/core';
import { inTransaction } from '@app/database';
import { SupplyOfferEntity } from '../entities/supply-offer.entity';
import { isUuid } from '../is-uuid';
import { SupplyOfferStatus } from '../matching.enums';
import { badInput, normalisePosting, patchPosting, type PostingKind, type PostingValues } from '../posting';
import { assertLocationOfOwnCompany, assertMaySupply, assertOfferOfOwnCompany } from '../posting-access';
import { PostingRepository } from '../repositories/posting.repository';

export interface SupplyOfferDraft extends PostingValues {
  locationId: string;
  maxTravelKm: number;
  /** A published activity of the same location and type that bookings from this offer point at. */
  activityId?: string | null;
}

export type SupplyOfferPatch = Partial<Omit<SupplyOfferDraft, 'locationId'>>;

/** The Netherlands is about 300 km across; further is a typo. */
export const MAX_TRAVEL_KM = 400;

const OFFER: PostingKind<SupplyOfferEntity> = {
  entity: SupplyOfferEntity,
  label: 'Supply offer',
  noun: 'offer',
  raise: 'offer',
  withdrawn: SupplyOfferStatus.WITHDRAWN,
};
const PROVINCE_ORDER = Object.values(Province);

function checkTravel(km: number): number {
  if (!Number.isFinite(km) || km <= 0) throw badInput('maxTravelKm', 'maxTravelKm must be more than 0');
  if (km > MAX_TRAVEL_KM) throw badInput('maxTravelKm', `maxTravelKm is at most ${MAX_TRAVEL_KM} km`);
  return km;
}

/** Supply: the offers of company locations posted, edited, withdrawn and listed. */
@Injectable()
export class SupplyOfferService {
  private readonly postings: PostingRepository<SupplyOfferEntity>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.postings = new PostingRepository(dataSource, OFFER);
  }

  async create(actor: Actor, draft: SupplyOfferDraft): Promise<SupplyOfferEntity> {
    assertMaySupply(actor);
    if (!isUuid(draft.locationId)) throw new NotFoundException('Company location', draft.locationId);
    const values = normalisePosting(draft);
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

  /** Proposals made before no longer apply: the revision goes up. */
  update(actor: Actor, id: string, patch: SupplyOfferPatch): Promise<SupplyOfferEntity> {
    return this.postings.change(id, this.ofOwnCompany(actor), async (manager, offer, location) => {
      const values = patchPosting(OFFER, offer, patch);
      const maxTravelKm = checkTravel(patch.maxTravelKm ?? offer.maxTravelKm);
      // A changed type unlinks the activity unless the patch names one.
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

  withdraw(actor: Actor, id: string): Promise<SupplyOfferEntity> {
    return this.postings.withdraw(id, this.ofOwnCompany(actor));
  }

  /** Coordinator: the offers that can serve schools in the province (by reach, across borders too). */
  inProvince(province: Province, includeWithdrawn = false): Promise<SupplyOfferEntity[]> {
    return this.postings
      .query(includeWithdrawn)
      .andWhere(':province = ANY(p.reach_provinces)', { province })
      .getMany();
  }

  /** Company contact: the own company's offers; withdrawn ones too. */
  ofCompany(companyId: string): Promise<SupplyOfferEntity[]> {
    return this.postings
      .query(true)
      .innerJoin(CompanyLocationEntity, 'l', 'l.id = p.location_id')
      .andWhere('l.company_id = :companyId', { companyId })
      .getMany();
  }

  findByIds(ids: readonly string[]): Promise<SupplyOfferEntity[]> {
    return this.postings.findByIds(ids);
  }

  // Hands the offer's location on to the change.
  private ofOwnCompany(actor: Actor) {
    return async (manager: EntityManager, offer: SupplyOfferEntity) => {
      const location = await manager
        .getRepository(CompanyLocationEntity)
        .findOneOrFail({ where: { id: offer.locationId } });
      assertOfferOfOwnCompany(actor, location);
      return location;
    };
  }

  private async ownLocation(manager: EntityManager, actor: Actor, locationId: string) {
    const location = await manager
      .getRepository(CompanyLocationEntity)
      .findOne({ where: { id: locationId } });
    if (!location) throw new NotFoundException('Company location', locationId);
    assertLocationOfOwnCompany(actor, location);
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
      throw badInput('activityId', 'The activity must be one of this location');
    }
    if (activity.type !== type) {
      throw badInput('activityId', `The activity is a ${activity.type}, not a ${type}`);
    }
    if (activity.status === ActivityStatus.ARCHIVED) throw badInput('activityId', 'The activity is archived');
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
}
