import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository, type EntityMetadata, type ObjectLiteral } from 'typeorm';
import { AccessService, Permission } from '@app/access';
import {
  ActivityStatus,
  ActivityType,
  BadInputException,
  Delivery,
  DomainError,
  DomainException,
  EducationLevel,
  NotFoundException,
  Programme,
  Province,
  TargetGroup,
  THEMES,
  isUuid,
  type Actor,
} from '@app/core';
import { EventBus, IdempotencyKeys, Tx } from '@app/database';
import { ActivityEntity } from '../entities/activity.entity';
import { CompanyLocationEntity } from '../entities/company-location.entity';

export interface ActivityDraft {
  title: string;
  description: string;
  type: ActivityType;
  programme: Programme;
  levels: EducationLevel[];
  targetGroups: TargetGroup[];
  themes: string[];
  delivery: Delivery;
  provinces?: Province[] | null;
  locationId: string;
  maxTravelKm?: number | null;
  durationMinutes?: number | null;
  maxParticipants?: number | null;
  costEuros: number;
  startsAt?: Date | null;
  endsAt?: Date | null;
}

const THEME_BY_KEY = new Map<string, string>(THEMES.map((theme) => [theme.toLowerCase(), theme]));

@Injectable()
export class ActivityService implements OnModuleInit {
  private withLocationSql: string | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ActivityEntity) private readonly activities: Repository<ActivityEntity>,
    private readonly access: AccessService,
    private readonly events: EventBus,
    private readonly idempotency: IdempotencyKeys,
  ) {}

  onModuleInit(): void {
    // A review changes the activity's rating, in the review's transaction.
    this.events.onInTransaction('review.posted', ({ activityId }, tx) => this.refreshRating(tx, activityId));
  }

  /**
   * Saves an activity another lib derives from its own records (matching's supply offer becomes a DRAFT
   * activity) in that lib's transaction, and announces the change.
   */
  async saveDerived(tx: Tx, values: Partial<ActivityEntity>): Promise<ActivityEntity> {
    const saved = await tx.manager.getRepository(ActivityEntity).save(values);
    await this.events.publish(tx, 'activities.changed', { activityIds: [saved.id] });
    return saved;
  }

  // The aggregate is recomputed from every review of the activity, so it stays exact whatever came before.
  private async refreshRating(tx: Tx, activityId: string): Promise<void> {
    await tx.query(
      `UPDATE activities a
          SET average_rating = s.average, review_count = s.count, updated_at = now()
         FROM (SELECT avg(rating)::double precision AS average, count(*)::int AS count
                 FROM reviews WHERE activity_id = $1) s
        WHERE a.id = $1`,
      [activityId],
    );
    await this.events.publish(tx, 'activities.changed', { activityIds: [activityId] });
  }

  /** Checks a draft and returns the normalised column values; throws BAD_USER_INPUT with the field. */
  normalise(draft: ActivityDraft, location: CompanyLocationEntity): Omit<Partial<ActivityEntity>, 'id'> {
    const bad = (field: string, message: string) => new BadInputException(message, { field });
    const title = draft.title.trim();
    if (!title) throw bad('title', 'The title must not be empty');
    if (title.length > 200) throw bad('title', 'The title is longer than 200 characters');
    if (draft.description.length > 10_000)
      throw bad('description', 'The description is longer than 10,000 characters');
    if (draft.levels.length === 0) throw bad('levels', 'Name at least one education level');
    if (!Number.isFinite(draft.costEuros) || draft.costEuros < 0)
      throw bad('costEuros', 'The cost must be 0 or more');
    if (draft.costEuros > 100_000) throw bad('costEuros', 'The cost is implausibly high');
    const themes = draft.themes.map((theme) => {
      const known = THEME_BY_KEY.get(theme.trim().toLowerCase());
      if (!known) throw bad('themes', `Unknown theme "${theme}"; use one of: ${THEMES.join(', ')}`);
      return known;
    });
    for (const [field, value] of [
      ['maxTravelKm', draft.maxTravelKm],
      ['durationMinutes', draft.durationMinutes],
      ['maxParticipants', draft.maxParticipants],
    ] as const) {
      if (value !== null && value !== undefined && (!Number.isFinite(value) || value <= 0)) {
        throw bad(field, `${field} must be more than 0`);
      }
    }
    if (draft.maxTravelKm && draft.maxTravelKm > 400)
      throw bad('maxTravelKm', 'maxTravelKm is at most 400 km');
    if (draft.startsAt && draft.endsAt && draft.endsAt < draft.startsAt) {
      throw bad('endsAt', 'endsAt lies before startsAt');
    }
    const provinces = draft.provinces?.length
      ? [...new Set(draft.provinces)]
      : draft.delivery === Delivery.ONLINE
        ? Object.values(Province)
        : [location.province];
    return {
      title,
      description: draft.description.trim(),
      type: draft.type,
      programme: draft.programme,
      levels: [...new Set(draft.levels)],
      targetGroups: [...new Set(draft.targetGroups.length ? draft.targetGroups : [TargetGroup.ALL_PUPILS])],
      themes: [...new Set(themes)],
      delivery: draft.delivery,
      provinces,
      locationId: location.id,
      maxTravelKm:
        draft.delivery === Delivery.AT_SCHOOL ? (draft.maxTravelKm ?? 25) : (draft.maxTravelKm ?? null),
      durationMinutes: draft.durationMinutes ?? null,
      maxParticipants: draft.maxParticipants ?? null,
      costEuros: Math.round(draft.costEuros * 100) / 100,
      startsAt: draft.startsAt ?? null,
      endsAt: draft.endsAt ?? null,
    };
  }

  /** A DRAFT activity; with `idempotencyKey`, a retry answers with the activity the first call made. */
  async create(actor: Actor, draft: ActivityDraft, idempotencyKey?: string | null): Promise<ActivityEntity> {
    const call = { userId: actor.userId, key: idempotencyKey, operation: 'createActivity', input: draft };
    // A malformed id is bad input here (the field of a form), not an unknown record.
    if (!isUuid(draft.locationId)) {
      throw new BadInputException(`"${draft.locationId}" is not a location id`, { field: 'locationId' });
    }
    await this.access.require(actor, Permission.ActivityCreate, [draft.locationId]);
    return Tx.run(this.dataSource, async (tx) => {
      const first = await this.idempotency.claim(tx, call);
      if (first) return tx.manager.getRepository(ActivityEntity).findOneByOrFail({ id: first });
      const location = await tx.manager
        .getRepository(CompanyLocationEntity)
        .findOne({ where: { id: draft.locationId } });
      if (!location) throw new NotFoundException('Company location', draft.locationId);
      const saved = await tx.manager
        .getRepository(ActivityEntity)
        .save({ ...this.normalise(draft, location), status: ActivityStatus.DRAFT });
      await this.events.publish(tx, 'activities.changed', { activityIds: [saved.id] });
      await this.idempotency.settle(tx, call, saved.id);
      return saved;
    });
  }

  private async transition(actor: Actor, id: string, to: ActivityStatus): Promise<ActivityEntity> {
    if (!isUuid(id)) throw new NotFoundException('Activity', id);
    const permission =
      to === ActivityStatus.PUBLISHED ? Permission.ActivityPublish : Permission.ActivityManage;
    return Tx.run(this.dataSource, async (tx) => {
      const repo = tx.manager.getRepository(ActivityEntity);
      const activity = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!activity) throw new NotFoundException('Activity', id);
      await this.access.require(actor, permission, [id], tx);
      if (activity.status === to) return activity;
      if (to === ActivityStatus.PUBLISHED) {
        if (activity.endsAt && activity.endsAt < new Date()) {
          throw new DomainError('ACTIVITY_ENDED', 'This activity has already ended; change its dates first');
        }
        activity.publishedAt = new Date();
      }
      activity.status = to;
      const saved = await repo.save(activity);
      await this.events.publish(tx, 'activities.changed', { activityIds: [saved.id] });
      return saved;
    });
  }

  publish(actor: Actor, id: string): Promise<ActivityEntity> {
    return this.transition(actor, id, ActivityStatus.PUBLISHED);
  }

  archive(actor: Actor, id: string): Promise<ActivityEntity> {
    return this.transition(actor, id, ActivityStatus.ARCHIVED);
  }

  /**
   * An activity as `actor` may see it: published and archived ones for everyone, drafts only for their own
   * company and coordinators; null otherwise.
   */
  async findVisible(actor: Actor | null, id: string): Promise<ActivityEntity | null> {
    if (!isUuid(id)) return null;
    const activity = await this.activities.findOne({ where: { id }, relations: { location: true } });
    if (!activity) return null;
    if (activity.status !== ActivityStatus.DRAFT) return activity;
    if (!actor) return null;
    // A draft is seen by those who may change it.
    try {
      await this.access.require(actor, Permission.ActivityManage, [id]);
      return activity;
    } catch (error) {
      if (error instanceof DomainException) return null;
      throw error;
    }
  }

  findByIds(ids: readonly string[]): Promise<ActivityEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.activities.find({ where: { id: In([...ids]) } });
  }

  /** The activities with their `location`, in one query. */
  async findWithLocationsByIds(ids: readonly string[]): Promise<ActivityEntity[]> {
    if (ids.length === 0) return [];
    // TypeORM's find with the relation spent ~2 ms of CPU on 20 activities building the join and merging its
    // rows (a search page loads them on every request); one plain SELECT hydrated through the same entity
    // metadata gives the same entities for ~1 ms.
    const activity = this.activities.metadata;
    const location = this.dataSource.getMetadata(CompanyLocationEntity);
    this.withLocationSql ??= `SELECT ${[
      ...activity.columns.map((c) => `a."${c.databaseName}" AS "a.${c.databaseName}"`),
      ...location.columns.map((c) => `l."${c.databaseName}" AS "l.${c.databaseName}"`),
    ].join(', ')}
      FROM activities a JOIN company_locations l ON l.id = a.location_id WHERE a.id = ANY($1::uuid[])`;
    const rows = await this.dataSource.query<Array<Record<string, unknown>>>(this.withLocationSql, [
      [...ids],
    ]);
    const hydrate = <T>(metadata: EntityMetadata, row: Record<string, unknown>, prefix: string): T => {
      const entity = metadata.create() as T;
      for (const column of metadata.columns) {
        column.setEntityValue(
          entity as ObjectLiteral,
          this.dataSource.driver.prepareHydratedValue(row[prefix + column.databaseName], column),
        );
      }
      return entity;
    };
    return rows.map((row) => {
      const entity = hydrate<ActivityEntity>(activity, row, 'a.');
      entity.location = hydrate<CompanyLocationEntity>(location, row, 'l.');
      return entity;
    });
  }
}
