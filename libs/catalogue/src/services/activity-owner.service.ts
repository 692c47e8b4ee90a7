import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AccessService, Permission } from '@app/access';
import {
  ActivityStatus,
  BadInputException,
  DomainError,
  NotFoundException,
  isUuid,
  type Actor,
} from '@app/core';
import { EventBus, Tx } from '@app/database';
import { ActivityEntity } from '../entities/activity.entity';
import { CompanyLocationEntity } from '../entities/company-location.entity';
import { ActivityService, type ActivityDraft } from './activity.service';

/** Activities `listOwn` answers at most, newest first. */
export const OWN_ACTIVITIES_LIMIT = 500;

// Fields a form may leave empty: null clears them (provinces: back to the default of delivery and location).
const CLEARABLE = [
  'provinces',
  'maxTravelKm',
  'durationMinutes',
  'maxParticipants',
  'startsAt',
  'endsAt',
] as const;

/**
 * A partial edit of an activity: absent fields stay as they are; null clears the optional ones (see `CLEARABLE`)
 * and leaves the others. The programme does not change.
 */
export type ActivityPatch = { [K in keyof Omit<ActivityDraft, 'programme'>]?: ActivityDraft[K] | null };

// The stored activity with the patch over it, as a whole draft for `ActivityService.normalise`.
function merged(stored: ActivityEntity, patch: ActivityPatch): ActivityDraft {
  const draft: ActivityDraft = { ...stored };
  for (const [key, value] of Object.entries(patch) as Array<[keyof ActivityPatch, unknown]>) {
    if (value === undefined) continue;
    if (value === null && !(CLEARABLE as readonly string[]).includes(key)) continue;
    Object.assign(draft, { [key]: value });
  }
  return draft;
}

/** What a company does with its own activities: list them in every status and edit them. */
@Injectable()
export class ActivityOwnerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activities: ActivityService,
    private readonly access: AccessService,
    private readonly events: EventBus,
  ) {}

  /** The activities of the actor's own company, of `status` or every status, newest first. */
  async listOwn(actor: Actor, status?: ActivityStatus | null): Promise<ActivityEntity[]> {
    const companyId = await this.access.actingCompany(actor, Permission.ActivityListOwn);
    const builder = this.dataSource
      .getRepository(ActivityEntity)
      .createQueryBuilder('a')
      .innerJoin('a.location', 'l')
      .where('l.company_id = :companyId', { companyId })
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(OWN_ACTIVITIES_LIMIT);
    if (status) builder.andWhere('a.status = :status', { status });
    return builder.getMany();
  }

  /**
   * Edits an activity of the actor's company (or, for a coordinator, any): the stored activity with `patch` over
   * it is checked as a new one is. Archived activities stay as they are; an activity stays with its company.
   */
  async update(actor: Actor, id: string, patch: ActivityPatch): Promise<ActivityEntity> {
    if (!isUuid(id)) throw new NotFoundException('Activity', id);
    if (patch.locationId != null && !isUuid(patch.locationId)) {
      throw new BadInputException(`"${patch.locationId}" is not a location id`, { field: 'locationId' });
    }
    return Tx.run(this.dataSource, async (tx) => {
      const repo = tx.manager.getRepository(ActivityEntity);
      const activity = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!activity) throw new NotFoundException('Activity', id);
      await this.access.require(actor, Permission.ActivityManage, [id], tx);
      if (activity.status === ActivityStatus.ARCHIVED) {
        throw new DomainError(
          'ACTIVITY_ARCHIVED',
          'An archived activity cannot be changed; create a new one',
          {
            id,
          },
        );
      }
      const locationId = patch.locationId ?? activity.locationId;
      // Placing it at another location is what creating it there would be.
      if (locationId !== activity.locationId) {
        await this.access.require(actor, Permission.ActivityCreate, [locationId], tx);
      }
      const locations = await tx.manager
        .getRepository(CompanyLocationEntity)
        .findBy({ id: In([activity.locationId, locationId]) });
      const current = locations.find((l) => l.id === activity.locationId);
      const location = locations.find((l) => l.id === locationId);
      if (!location) throw new NotFoundException('Company location', locationId);
      if (location.companyId !== current?.companyId) {
        throw new DomainError('LOCATION_OF_OTHER_COMPANY', 'An activity stays with its company', {
          field: 'locationId',
        });
      }
      Object.assign(activity, this.activities.normalise(merged(activity, patch), location));
      const saved = await repo.save(activity);
      // A published activity's search document follows (the search producer hears this after the commit).
      await this.events.publish(tx, 'activities.changed', { activityIds: [saved.id] });
      return saved;
    });
  }
}
