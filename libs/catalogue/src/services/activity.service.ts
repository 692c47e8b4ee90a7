import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  DataSource,
  In,
  Repository,
  type EntityManager,
  type EntityMetadata,
  type ObjectLiteral,
} from 'typeorm';
import {
  ActivityStatus,
  ActivityType,
  BadInputException,
  ConflictException,
  Delivery,
  EducationLevel,
  ForbiddenException,
  NotFoundException,
  Programme,
  Province,
  Role,
  TargetGroup,
  THEMES,
  isCoordinator,
  type Actor,
} from '@app/core';
import { inTransaction } from '@app/database';
import { ActivityEntity } from '../entities/activity.entity';
import { CompanyLocationEntity } from '../entities/company-location.entity';
import { CompanyEntity } from '../entities/company.entity';

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

/** Something that wants to hear about committed activity changes (the search indexer, for one). */
export interface ActivityChangeListener {
  activitiesChanged(activityIds: string[]): Promise<void>;
}

const THEME_BY_KEY = new Map<string, string>(THEMES.map((theme) => [theme.toLowerCase(), theme]));

@Injectable()
export class ActivityService {
  private readonly listeners: ActivityChangeListener[] = [];

  private withLocationSql: string | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ActivityEntity) private readonly activities: Repository<ActivityEntity>,
  ) {}

  /** Registers a listener called after each committed change with the ids of the changed activities. */
  onChange(listener: ActivityChangeListener): void {
    this.listeners.push(listener);
  }

  async notifyChanged(ids: string[]): Promise<void> {
    for (const listener of this.listeners) await listener.activitiesChanged(ids);
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

  private async locationFor(manager: EntityManager, actor: Actor, locationId: string) {
    const location = await manager
      .getRepository(CompanyLocationEntity)
      .findOne({ where: { id: locationId } });
    if (!location) throw new NotFoundException('Company location', locationId);
    if (!isCoordinator(actor) && actor.companyId !== location.companyId) {
      throw new ForbiddenException('This location belongs to another company');
    }
    return location;
  }

  async create(actor: Actor, draft: ActivityDraft): Promise<ActivityEntity> {
    if (!isCoordinator(actor) && actor.role !== Role.COMPANY) {
      throw new ForbiddenException('Only a company contact or a coordinator can create activities');
    }
    return inTransaction(this.dataSource, async (manager, afterCommit) => {
      const location = await this.locationFor(manager, actor, draft.locationId);
      const values = this.normalise(draft, location);
      const saved = await manager
        .getRepository(ActivityEntity)
        .save({ ...values, status: ActivityStatus.DRAFT });
      afterCommit(() => this.notifyChanged([saved.id]));
      return saved;
    });
  }

  private async transition(actor: Actor, id: string, to: ActivityStatus): Promise<ActivityEntity> {
    return inTransaction(this.dataSource, async (manager, afterCommit) => {
      const repo = manager.getRepository(ActivityEntity);
      const activity = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!activity) throw new NotFoundException('Activity', id);
      const location = await manager.getRepository(CompanyLocationEntity).findOneOrFail({
        where: { id: activity.locationId },
      });
      if (!isCoordinator(actor) && actor.companyId !== location.companyId) {
        // A draft of another company is not even visible: do not confirm it exists.
        if (activity.status === ActivityStatus.DRAFT) throw new NotFoundException('Activity', id);
        throw new ForbiddenException('This activity belongs to another company');
      }
      if (activity.status === to) return activity;
      if (to === ActivityStatus.PUBLISHED) {
        const company = await manager
          .getRepository(CompanyEntity)
          .findOneOrFail({ where: { id: location.companyId } });
        if (!company.approved) {
          throw new ForbiddenException('The company must be approved by a coordinator before it can publish');
        }
        if (activity.endsAt && activity.endsAt < new Date()) {
          throw new ConflictException('This activity has already ended; change its dates first');
        }
        activity.publishedAt = new Date();
      }
      activity.status = to;
      const saved = await repo.save(activity);
      afterCommit(() => this.notifyChanged([saved.id]));
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
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const activity = await this.activities.findOne({ where: { id }, relations: { location: true } });
    if (!activity) return null;
    if (activity.status !== ActivityStatus.DRAFT) return activity;
    if (isCoordinator(actor) || (actor?.companyId && actor.companyId === activity.location?.companyId)) {
      return activity;
    }
    return null;
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
