import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService, Permission } from '@app/access';
import { ActivityEntity, CompanyLocationEntity } from '@app/catalogue';
import {
  ActivityStatus,
  ActivityType,
  DomainError,
  Province,
  boundingBox,
  isUuid,
  type Actor,
} from '@app/core';
import { IdempotencyKeys, Tx } from '@app/database';
import { SupplyOfferEntity } from '../entities/supply-offer.entity';
import { SupplyOfferStatus } from '../matching.enums';
import { SUPPLY_OFFERS, badInput, normalisePosting, patchPosting, type PostingValues } from '../posting';
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

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly idempotency: IdempotencyKeys,
  ) {
    this.postings = new PostingRepository(dataSource, SUPPLY_OFFERS);
  }

  /** An OPEN offer; with `idempotencyKey`, a retry answers with the offer the first call made. */
  async create(
    actor: Actor,
    draft: SupplyOfferDraft,
    idempotencyKey?: string | null,
  ): Promise<SupplyOfferEntity> {
    const call = { userId: actor.userId, key: idempotencyKey, operation: 'createSupplyOffer', input: draft };
    // The location is of the actor's company (any, for a coordinator), and that company is approved.
    await this.access.require(actor, Permission.SupplyOfferCreate, [draft.locationId]);
    const values = normalisePosting(draft);
    const maxTravelKm = checkTravel(draft.maxTravelKm);
    return Tx.run(this.dataSource, async (tx) => {
      const first = await this.idempotency.claim(tx, call);
      if (first) return tx.manager.getRepository(SupplyOfferEntity).findOneByOrFail({ id: first });
      const location = await this.location(tx, draft.locationId);
      const activityId = await this.checkActivity(tx, draft.activityId, location.id, values.type);
      const saved = await tx.manager.getRepository(SupplyOfferEntity).save({
        ...values,
        locationId: location.id,
        activityId,
        maxTravelKm,
        reachProvinces: await this.reachProvinces(tx, location, maxTravelKm),
        createdBy: actor.userId,
        status: SupplyOfferStatus.OPEN,
      });
      await this.idempotency.settle(tx, call, saved.id);
      return saved;
    });
  }

  /** Proposals made before no longer apply: the revision goes up. */
  async update(actor: Actor, id: string, patch: SupplyOfferPatch): Promise<SupplyOfferEntity> {
    await this.access.require(actor, Permission.SupplyOfferManage, [id]);
    return this.postings.change(id, async (tx, offer) => {
      const location = await this.location(tx, offer.locationId);
      const values = patchPosting(SUPPLY_OFFERS, offer, patch);
      const maxTravelKm = checkTravel(patch.maxTravelKm ?? offer.maxTravelKm);
      // A changed type unlinks the activity unless the patch names one.
      const activityId =
        patch.activityId !== undefined
          ? await this.checkActivity(tx, patch.activityId, location.id, values.type)
          : offer.activityId && values.type !== offer.type
            ? null
            : offer.activityId;
      Object.assign(offer, values, {
        maxTravelKm,
        activityId,
        reachProvinces: await this.reachProvinces(tx, location, maxTravelKm),
        revision: offer.revision + 1,
      });
      return tx.manager.getRepository(SupplyOfferEntity).save(offer);
    });
  }

  async withdraw(actor: Actor, id: string): Promise<SupplyOfferEntity> {
    await this.access.require(actor, Permission.SupplyOfferManage, [id]);
    return this.postings.withdraw(id);
  }

  /** Coordinator: the offers that can serve schools in the province (by reach, across borders too). */
  inProvince(actor: Actor, province: Province, includeWithdrawn = false): Promise<SupplyOfferEntity[]> {
    this.access.provincesFor(actor, Permission.SupplyOfferList, province);
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

  private location(tx: Tx, id: string): Promise<CompanyLocationEntity> {
    return tx.manager.getRepository(CompanyLocationEntity).findOneOrFail({ where: { id } });
  }

  private async checkActivity(
    tx: Tx,
    activityId: string | null | undefined,
    locationId: string,
    type: ActivityType,
  ): Promise<string | null> {
    if (!activityId) return null;
    const activity = isUuid(activityId)
      ? await tx.manager.getRepository(ActivityEntity).findOne({ where: { id: activityId } })
      : null;
    const field = { field: 'activityId' };
    if (!activity || activity.locationId !== locationId) {
      throw new DomainError(
        'SUPPLY_ACTIVITY_NOT_OF_LOCATION',
        'The activity must be one of this location',
        field,
      );
    }
    if (activity.type !== type) {
      throw new DomainError(
        'SUPPLY_ACTIVITY_WRONG_TYPE',
        `The activity is a ${activity.type}, not a ${type}`,
        field,
      );
    }
    if (activity.status === ActivityStatus.ARCHIVED) {
      throw new DomainError('SUPPLY_ACTIVITY_ARCHIVED', 'The activity is archived', field);
    }
    return activity.id;
  }

  // Provinces with a school within reach, and always the location's own. A plain latitude/longitude box first,
  // the distance only inside it: a scan of the few thousand school rows needs no spatial index.
  private async reachProvinces(
    tx: Tx,
    location: CompanyLocationEntity,
    maxTravelKm: number,
  ): Promise<Province[]> {
    const box = boundingBox(location, maxTravelKm);
    const rows = await tx.query<Array<{ province: Province }>>(
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
