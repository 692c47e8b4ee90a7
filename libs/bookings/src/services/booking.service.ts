import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ActivityEntity, CompanyEntity, CompanyLocationEntity, SchoolEntity } from '@app/catalogue';
import {
  ActivityStatus,
  BadInputException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
  Province,
  Role,
  isCoordinator,
  type Actor,
  type EducationLevel,
  isUuid,
} from '@app/core';
import { inTransaction } from '@app/database';
import { NotificationService, type NotificationDraft } from '@app/notifications';
import { BookingStatus } from '../booking-status';
import { BookingStateException } from '../booking.exception';
import { BookingEntity } from '../entities/booking.entity';
import { LEVEL_LABELS, TYPE_LABELS, dutchDate } from '../labels';

export interface BookingDraft {
  activityId: string;
  level: EducationLevel;
  groupSize: number;
  preferredDate?: Date | null;
  message?: string | null;
  /** Coordinators book for a school; a teacher may only name the own school. */
  schoolId?: string | null;
}

/** An ACCEPTED booking that the matching creates when a coordinator accepts a proposal. */
export interface MatchedBookingDraft {
  activityId: string;
  schoolId: string;
  level: EducationLevel;
  groupSize: number;
  sessions: number;
  proposalId: string;
  decidedBy: string;
  message: string;
}

export interface BookingFilter {
  status?: BookingStatus | null;
  province?: Province | null;
}

/** Called inside the cancelling transaction, after the booking row is CANCELLED (the matching frees capacity). */
export interface BookingCancelHook {
  bookingCancelled(manager: EntityManager, booking: BookingEntity): Promise<void>;
}

type Side = 'school' | 'company' | 'coordinator';

interface ActivityContext {
  activity: ActivityEntity;
  location: CompanyLocationEntity;
  company: CompanyEntity;
}

const MAX_TEXT = 2000;
// Without a maxParticipants on the activity a group is still at most a few classes.
const MAX_GROUP = 500;
const LIST_LIMIT = 500;

/**
 * The date a booking takes place: the preferred date the school asked for, else the activity's start.
 * Null when neither is known (a booking from the matching over a whole period); then completing and
 * cancelling are not bound to a date.
 */
export function bookingDate(
  booking: Pick<BookingEntity, 'preferredDate'>,
  activity: Pick<ActivityEntity, 'startsAt'>,
) {
  return booking.preferredDate ?? activity.startsAt ?? null;
}

function optionalText(value: string | null | undefined, field: string): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (text.length > MAX_TEXT) {
    throw new BadInputException(`${field} is longer than ${MAX_TEXT} characters`, { field });
  }
  return text;
}

@Injectable()
export class BookingService {
  private readonly cancelHooks: BookingCancelHook[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
  ) {}

  /** Registers a hook that runs in the transaction of every cancellation. */
  onCancel(hook: BookingCancelHook): void {
    this.cancelHooks.push(hook);
  }

  /** Teacher (own school) or coordinator (for a school): request a PUBLISHED activity. */
  async request(actor: Actor, draft: BookingDraft): Promise<BookingEntity> {
    const schoolId = this.schoolFor(actor, draft.schoolId);
    if (!Number.isInteger(draft.groupSize) || draft.groupSize < 1) {
      throw new BadInputException('The group size is at least 1', { field: 'groupSize' });
    }
    const message = optionalText(draft.message, 'message');
    if (draft.preferredDate && draft.preferredDate.getTime() < Date.now()) {
      throw new BadInputException('The preferred date lies in the past', { field: 'preferredDate' });
    }
    if (!isUuid(draft.activityId)) throw new NotFoundException('Activity', draft.activityId);

    return inTransaction(this.dataSource, async (manager, afterCommit) => {
      const school = await manager.getRepository(SchoolEntity).findOne({ where: { id: schoolId } });
      if (!school) throw new NotFoundException('School', schoolId);
      // FOR SHARE: the activity cannot be archived between this check and the insert.
      const ctx = await this.activityContext(manager, draft.activityId, 'pessimistic_read');
      const { activity, company } = ctx;
      if (activity.status === ActivityStatus.DRAFT && !isCoordinator(actor)) {
        throw new NotFoundException('Activity', draft.activityId);
      }
      if (activity.status !== ActivityStatus.PUBLISHED) {
        throw new BadInputException(
          activity.status === ActivityStatus.ARCHIVED
            ? 'This activity is archived and can no longer be booked'
            : 'This activity is not published yet and cannot be booked',
          { field: 'activityId', status: activity.status },
        );
      }
      if (!company.approved) {
        throw new BadInputException('The company of this activity is not approved', { field: 'activityId' });
      }
      if (activity.endsAt && activity.endsAt.getTime() < Date.now()) {
        throw new BadInputException('This activity has already ended', { field: 'activityId' });
      }
      if (!activity.levels.includes(draft.level)) {
        throw new BadInputException(
          `This activity is for ${activity.levels.map((level) => LEVEL_LABELS[level]).join(', ')}, not for ${LEVEL_LABELS[draft.level]}`,
          { field: 'level' },
        );
      }
      const maxGroup = activity.maxParticipants ?? MAX_GROUP;
      if (draft.groupSize > maxGroup) {
        throw new BadInputException(
          `The group is larger than the ${maxGroup} participants this activity takes`,
          {
            field: 'groupSize',
            max: maxGroup,
          },
        );
      }
      if (draft.preferredDate && activity.endsAt && draft.preferredDate > activity.endsAt) {
        throw new BadInputException('The preferred date lies after the activity ends', {
          field: 'preferredDate',
        });
      }
      const booking = await manager.getRepository(BookingEntity).save({
        activityId: activity.id,
        schoolId,
        requestedBy: actor.userId,
        status: BookingStatus.REQUESTED,
        level: draft.level,
        groupSize: draft.groupSize,
        sessions: 1,
        preferredDate: draft.preferredDate ?? null,
        message,
      });
      const when = draft.preferredDate ? ` op ${dutchDate(draft.preferredDate)}` : '';
      await this.notify(manager, afterCommit, await this.contactsOf(manager, company.id), {
        kind: 'BOOKING_REQUESTED',
        subject: `Nieuwe aanvraag: ${activity.title}`,
        body:
          `${school.name} (${school.city}) vraagt "${activity.title}" aan voor ${draft.groupSize} leerlingen ` +
          `(${LEVEL_LABELS[draft.level]})${when}.${message ? `\n\nBericht: ${message}` : ''}`,
      });
      return booking;
    });
  }

  /** The activity's company accepts or declines a REQUESTED booking. */
  async respond(actor: Actor, id: string, accept: boolean, message?: string | null): Promise<BookingEntity> {
    const responseMessage = optionalText(message, 'message');
    return this.transition(actor, id, async (manager, afterCommit, booking, ctx, side) => {
      if (side !== 'company') {
        throw new ForbiddenException('Only the company of this activity answers its bookings');
      }
      if (booking.status !== BookingStatus.REQUESTED) {
        throw new BookingStateException(`This booking is ${booking.status}, not REQUESTED`, booking.status);
      }
      booking.status = accept ? BookingStatus.ACCEPTED : BookingStatus.DECLINED;
      booking.responseMessage = responseMessage;
      booking.respondedAt = new Date();
      const saved = await manager.getRepository(BookingEntity).save(booking);
      await this.notify(manager, afterCommit, await this.teachersOf(manager, booking.schoolId), {
        kind: accept ? 'BOOKING_ACCEPTED' : 'BOOKING_DECLINED',
        subject: `${ctx.company.name} heeft uw aanvraag ${accept ? 'geaccepteerd' : 'afgewezen'}`,
        body:
          `Uw aanvraag voor "${ctx.activity.title}" is ${accept ? 'geaccepteerd' : 'afgewezen'} door ` +
          `${ctx.company.name}.${responseMessage ? `\n\nBericht: ${responseMessage}` : ''}`,
      });
      return saved;
    });
  }

  /** Either side (or a coordinator) marks an ACCEPTED booking as done, once its date has passed. */
  async complete(actor: Actor, id: string): Promise<BookingEntity> {
    return this.transition(actor, id, async (manager, afterCommit, booking, ctx, side) => {
      if (booking.status !== BookingStatus.ACCEPTED) {
        throw new BookingStateException(
          `Only an ACCEPTED booking can be completed; this one is ${booking.status}`,
          booking.status,
        );
      }
      const date = bookingDate(booking, ctx.activity);
      if (date && date.getTime() > Date.now()) {
        throw new ConflictException(
          `This booking takes place on ${dutchDate(date)}; complete it after that`,
          {
            date: date.toISOString(),
          },
        );
      }
      booking.status = BookingStatus.COMPLETED;
      booking.completedAt = new Date();
      const saved = await manager.getRepository(BookingEntity).save(booking);
      await this.notifyOtherSide(manager, afterCommit, side, booking, ctx, {
        kind: 'BOOKING_COMPLETED',
        subject: `Afgerond: ${ctx.activity.title}`,
        body: `De boeking van "${ctx.activity.title}" is afgerond. Scholen kunnen de activiteit nu beoordelen.`,
      });
      return saved;
    });
  }

  /** Either side (or a coordinator) cancels a REQUESTED or ACCEPTED booking before its date. */
  async cancel(actor: Actor, id: string, reason?: string | null): Promise<BookingEntity> {
    const cancelReason = optionalText(reason, 'reason');
    return this.transition(actor, id, async (manager, afterCommit, booking, ctx, side) => {
      if (booking.status !== BookingStatus.REQUESTED && booking.status !== BookingStatus.ACCEPTED) {
        throw new BookingStateException(`A ${booking.status} booking cannot be cancelled`, booking.status);
      }
      const date = bookingDate(booking, ctx.activity);
      if (date && date.getTime() <= Date.now()) {
        throw new ConflictException(`This booking took place on ${dutchDate(date)}; it cannot be cancelled`, {
          date: date.toISOString(),
        });
      }
      booking.status = BookingStatus.CANCELLED;
      booking.cancelReason = cancelReason;
      booking.cancelledByRole = actor.role;
      booking.cancelledAt = new Date();
      const saved = await manager.getRepository(BookingEntity).save(booking);
      for (const hook of this.cancelHooks) await hook.bookingCancelled(manager, saved);
      const by = side === 'school' ? 'de school' : side === 'company' ? ctx.company.name : 'de coördinator';
      await this.notifyOtherSide(manager, afterCommit, side, booking, ctx, {
        kind: 'BOOKING_CANCELLED',
        subject: `Geannuleerd: ${ctx.activity.title}`,
        body:
          `De boeking van "${ctx.activity.title}" is geannuleerd door ${by}.` +
          (cancelReason ? `\n\nReden: ${cancelReason}` : ''),
      });
      return saved;
    });
  }

  /**
   * Creates an ACCEPTED booking in the caller's transaction (the matching's accepted proposal) and tells
   * both the school and the company.
   */
  async createMatched(
    manager: EntityManager,
    afterCommit: (fn: () => Promise<unknown>) => void,
    draft: MatchedBookingDraft,
  ): Promise<BookingEntity> {
    const ctx = await this.activityContext(manager, draft.activityId);
    const school = await manager.getRepository(SchoolEntity).findOneOrFail({ where: { id: draft.schoolId } });
    const booking = await manager.getRepository(BookingEntity).save({
      activityId: draft.activityId,
      schoolId: draft.schoolId,
      requestedBy: draft.decidedBy,
      status: BookingStatus.ACCEPTED,
      level: draft.level,
      groupSize: draft.groupSize,
      sessions: draft.sessions,
      preferredDate: null,
      message: draft.message,
      proposalId: draft.proposalId,
      respondedAt: new Date(),
    });
    const what = `${draft.sessions} × ${TYPE_LABELS[ctx.activity.type]}`;
    const recipients = [
      ...(await this.teachersOf(manager, draft.schoolId)),
      ...(await this.contactsOf(manager, ctx.company.id)),
    ];
    await this.notify(manager, afterCommit, recipients, {
      kind: 'BOOKING_MATCHED',
      subject: `Match: ${school.name} en ${ctx.company.name}`,
      body:
        `De regiocoördinator heeft ${school.name} (${school.city}) en ${ctx.company.name} ` +
        `(${ctx.location.city}) aan elkaar gekoppeld voor ${what}.\n\n${draft.message}`,
    });
    return booking;
  }

  /** Teacher: the own school's bookings; company: the own company's; coordinator: all, filtered. */
  async list(actor: Actor, filter: BookingFilter = {}): Promise<BookingEntity[]> {
    const query = this.dataSource
      .getRepository(BookingEntity)
      .createQueryBuilder('b')
      .orderBy('b.created_at', 'DESC')
      .addOrderBy('b.id', 'ASC')
      .take(LIST_LIMIT);
    if (filter.status) query.andWhere('b.status = :status', { status: filter.status });
    if (actor.role === Role.TEACHER) {
      if (!actor.schoolId) return [];
      query.andWhere('b.school_id = :schoolId', { schoolId: actor.schoolId });
    } else if (actor.role === Role.COMPANY) {
      if (!actor.companyId) return [];
      query
        .innerJoin(ActivityEntity, 'a', 'a.id = b.activity_id')
        .innerJoin(CompanyLocationEntity, 'l', 'l.id = a.location_id')
        .andWhere('l.company_id = :companyId', { companyId: actor.companyId });
    } else if (!isCoordinator(actor)) {
      return [];
    }
    if (filter.province) {
      query
        .innerJoin(SchoolEntity, 's', 's.id = b.school_id')
        .andWhere('s.province = :province', { province: filter.province });
    }
    return query.getMany();
  }

  findByIds(ids: readonly string[]): Promise<BookingEntity[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.dataSource.getRepository(BookingEntity).find({ where: { id: In([...ids]) } });
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
      if (!schoolId) throw new BadInputException('Name the school to book for', { field: 'schoolId' });
      if (!isUuid(schoolId)) throw new NotFoundException('School', schoolId);
      return schoolId;
    }
    throw new ForbiddenException('Only a teacher or a coordinator books activities');
  }

  private async activityContext(
    manager: EntityManager,
    activityId: string,
    lock?: 'pessimistic_read' | 'pessimistic_write',
  ): Promise<ActivityContext> {
    const activity = await manager
      .getRepository(ActivityEntity)
      .findOne({ where: { id: activityId }, ...(lock ? { lock: { mode: lock } } : {}) });
    if (!activity) throw new NotFoundException('Activity', activityId);
    const location = await manager
      .getRepository(CompanyLocationEntity)
      .findOneOrFail({ where: { id: activity.locationId } });
    const company = await manager
      .getRepository(CompanyEntity)
      .findOneOrFail({ where: { id: location.companyId } });
    return { activity, location, company };
  }

  // Locks the booking row so that two transitions of the same booking cannot both win.
  private async transition(
    actor: Actor,
    id: string,
    work: (
      manager: EntityManager,
      afterCommit: (fn: () => Promise<unknown>) => void,
      booking: BookingEntity,
      ctx: ActivityContext,
      side: Side,
    ) => Promise<BookingEntity>,
  ): Promise<BookingEntity> {
    if (!isUuid(id)) throw new NotFoundException('Booking', id);
    return inTransaction(this.dataSource, async (manager, afterCommit) => {
      const booking = await manager
        .getRepository(BookingEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!booking) throw new NotFoundException('Booking', id);
      const ctx = await this.activityContext(manager, booking.activityId);
      const side = this.sideOf(actor, booking, ctx);
      if (!side) throw new ForbiddenException('This booking is of another school or company');
      return work(manager, afterCommit, booking, ctx, side);
    });
  }

  private sideOf(actor: Actor, booking: BookingEntity, ctx: ActivityContext): Side | null {
    if (actor.role === Role.TEACHER && actor.schoolId === booking.schoolId) return 'school';
    if (actor.role === Role.COMPANY && actor.companyId === ctx.company.id) return 'company';
    if (isCoordinator(actor)) return 'coordinator';
    return null;
  }

  private async notifyOtherSide(
    manager: EntityManager,
    afterCommit: (fn: () => Promise<unknown>) => void,
    side: Side,
    booking: BookingEntity,
    ctx: ActivityContext,
    message: Omit<NotificationDraft, 'userId'>,
  ): Promise<void> {
    const recipients = [
      ...(side !== 'school' ? await this.teachersOf(manager, booking.schoolId) : []),
      ...(side !== 'company' ? await this.contactsOf(manager, ctx.company.id) : []),
    ];
    await this.notify(manager, afterCommit, recipients, message);
  }

  private async notify(
    manager: EntityManager,
    afterCommit: (fn: () => Promise<unknown>) => void,
    userIds: string[],
    message: Omit<NotificationDraft, 'userId'>,
  ): Promise<void> {
    const unique = [...new Set(userIds)];
    await this.notifications.notify(
      manager,
      afterCommit,
      unique.map((userId) => ({ userId, ...message })),
    );
  }

  private async teachersOf(manager: EntityManager, schoolId: string): Promise<string[]> {
    const rows = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM users WHERE school_id = $1 AND role = 'TEACHER' ORDER BY created_at, id`,
      [schoolId],
    );
    return rows.map((row) => row.id);
  }

  private async contactsOf(manager: EntityManager, companyId: string): Promise<string[]> {
    const rows = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM users WHERE company_id = $1 AND role = 'COMPANY' ORDER BY created_at, id`,
      [companyId],
    );
    return rows.map((row) => row.id);
  }
}
