import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService, Permission, scopeOf, visibleSchool } from '@app/access';
import {
  ActivityStatus,
  BadInputException,
  DomainError,
  LEVEL_LABELS,
  NotFoundException,
  Province,
  isCoordinator,
  isUuid,
  type Actor,
  type EducationLevel,
} from '@app/core';
import { IdempotencyKeys, Tx } from '@app/database';
import { NotificationService, bookingRequestedText, matchProposedText } from '@app/notifications';
import { BookingStatus } from '../booking-status';
import { optionalText } from '../booking-rules';
import { BookingEntity } from '../entities/booking.entity';
import { BookingRepository, type ActivityContext } from '../repositories/booking.repository';

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

// Without a maxParticipants on the activity a group is still at most a few classes.
const MAX_GROUP = 500;

/** How bookings come about (a school's request, an accepted matching proposal) and who sees which. */
@Injectable()
export class BookingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: BookingRepository,
    private readonly access: AccessService,
    private readonly notifications: NotificationService,
    private readonly idempotency: IdempotencyKeys,
  ) {}

  /**
   * Teacher (own school) or coordinator (for a school): request a PUBLISHED activity. With `idempotencyKey`, a
   * retry answers with the booking the first call made (see IdempotencyKeys).
   */
  async request(actor: Actor, draft: BookingDraft, idempotencyKey?: string | null): Promise<BookingEntity> {
    const call = { userId: actor.userId, key: idempotencyKey, operation: 'requestBooking', input: draft };
    const schoolId = await this.access.actingSchool(actor, Permission.BookingRequest, draft.schoolId);
    if (!Number.isInteger(draft.groupSize) || draft.groupSize < 1) {
      throw new BadInputException('The group size is at least 1', { field: 'groupSize' });
    }
    const message = optionalText(draft.message, 'message');
    if (draft.preferredDate && draft.preferredDate.getTime() < Date.now()) {
      throw new DomainError('BOOKING_DATE_IN_PAST', 'The preferred date lies in the past', {
        field: 'preferredDate',
      });
    }
    if (!isUuid(draft.activityId)) throw new NotFoundException('Activity', draft.activityId);

    return Tx.run(this.dataSource, async (tx) => {
      const first = await this.idempotency.claim(tx, call);
      if (first) return tx.manager.getRepository(BookingEntity).findOneByOrFail({ id: first });
      const school = await this.repository.school(tx, schoolId);
      // FOR SHARE: the activity cannot be archived between this check and the insert.
      const ctx = await this.repository.activityContext(tx, draft.activityId, 'pessimistic_read');
      // Others than coordinators do not know of drafts.
      if (ctx.activity.status === ActivityStatus.DRAFT && !isCoordinator(actor)) {
        throw new NotFoundException('Activity', draft.activityId);
      }
      this.checkBookable(ctx, draft);
      const booking = await this.repository.save(tx, {
        activityId: ctx.activity.id,
        schoolId,
        requestedBy: actor.userId,
        status: BookingStatus.REQUESTED,
        level: draft.level,
        groupSize: draft.groupSize,
        sessions: 1,
        preferredDate: draft.preferredDate ?? null,
        message,
      });
      const text = bookingRequestedText({
        bookingId: booking.id,
        schoolName: school.name,
        schoolCity: school.city,
        activityTitle: ctx.activity.title,
        groupSize: draft.groupSize,
        level: draft.level,
        preferredDate: booking.preferredDate,
        message,
      });
      await this.notifications.notifyCompanies(tx, [{ companyId: ctx.company.id, ...text }]);
      await this.idempotency.settle(tx, call, booking.id);
      return booking;
    });
  }

  /**
   * Creates an ACCEPTED booking in the caller's transaction (the matching's accepted proposal) and tells
   * both the school and the company.
   */
  async createMatched(tx: Tx, draft: MatchedBookingDraft): Promise<BookingEntity> {
    const ctx = await this.repository.activityContext(tx, draft.activityId);
    const school = await this.repository.school(tx, draft.schoolId);
    const booking = await this.repository.save(tx, {
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
    const text = matchProposedText({
      bookingId: booking.id,
      schoolName: school.name,
      schoolCity: school.city,
      companyName: ctx.company.name,
      locationCity: ctx.location.city,
      sessions: draft.sessions,
      type: ctx.activity.type,
      reasons: draft.message,
    });
    await this.notifications.notifySchools(tx, [{ schoolId: draft.schoolId, ...text }]);
    await this.notifications.notifyCompanies(tx, [{ companyId: ctx.company.id, ...text }]);
    return booking;
  }

  /** Teacher: the own school's bookings; company: the own company's; coordinator: all, filtered. */
  list(actor: Actor, filter: BookingFilter = {}): Promise<BookingEntity[]> {
    // Each role sees the bookings it may manage.
    const scope = scopeOf(Permission.BookingManage, actor.role);
    if (scope === 'all') return this.repository.list(filter);
    const schoolId = visibleSchool(actor);
    if (scope === 'ownSchool' && schoolId) return this.repository.list({ ...filter, schoolId });
    if (scope === 'ownCompany' && actor.companyId) {
      return this.repository.list({ ...filter, companyId: actor.companyId });
    }
    return Promise.resolve([]);
  }

  // What makes an activity bookable for this group: published by an approved company, not over, the level, the
  // group size and the date.
  private checkBookable({ activity, company }: ActivityContext, draft: BookingDraft): void {
    if (activity.status !== ActivityStatus.PUBLISHED) {
      throw new DomainError(
        'ACTIVITY_NOT_BOOKABLE',
        activity.status === ActivityStatus.ARCHIVED
          ? 'This activity is archived and can no longer be booked'
          : 'This activity is not published yet and cannot be booked',
        { field: 'activityId', status: activity.status },
      );
    }
    if (!company.approved) {
      throw new DomainError('ACTIVITY_NOT_BOOKABLE', 'The company of this activity is not approved', {
        field: 'activityId',
      });
    }
    if (activity.endsAt && activity.endsAt.getTime() < Date.now()) {
      throw new DomainError('BOOKING_ACTIVITY_ENDED', 'This activity has already ended', {
        field: 'activityId',
      });
    }
    if (!activity.levels.includes(draft.level)) {
      throw new DomainError(
        'BOOKING_LEVEL_NOT_OFFERED',
        `This activity is for ${activity.levels.map((level) => LEVEL_LABELS[level]).join(', ')}, ` +
          `not for ${LEVEL_LABELS[draft.level]}`,
        { field: 'level' },
      );
    }
    const maxGroup = activity.maxParticipants ?? MAX_GROUP;
    if (draft.groupSize > maxGroup) {
      throw new DomainError(
        'BOOKING_GROUP_TOO_LARGE',
        `The group is larger than the ${maxGroup} participants this activity takes`,
        { field: 'groupSize', max: maxGroup },
      );
    }
    if (draft.preferredDate && activity.endsAt && draft.preferredDate > activity.endsAt) {
      throw new DomainError(
        'BOOKING_DATE_AFTER_ACTIVITY',
        'The preferred date lies after the activity ends',
        {
          field: 'preferredDate',
        },
      );
    }
  }
}
