import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService, Permission } from '@app/access';
import { DomainError, Role, dutchDate, type Actor } from '@app/core';
import { EventBus, Tx } from '@app/database';
import {
  NotificationService,
  bookingAnsweredText,
  bookingCancelledText,
  bookingCompletedText,
  type BookingCanceller,
  type NotificationDraft,
} from '@app/notifications';
import { BookingStatus } from '../booking-status';
import { bookingDate, optionalText } from '../booking-rules';
import type { BookingEntity } from '../entities/booking.entity';
import { BookingRepository, type ActivityContext } from '../repositories/booking.repository';

type Transition = (tx: Tx, booking: BookingEntity, ctx: ActivityContext) => Promise<BookingEntity>;

/** What happens to a booking after it was made: answered, completed, cancelled. */
@Injectable()
export class BookingLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: BookingRepository,
    private readonly access: AccessService,
    private readonly events: EventBus,
    private readonly notifications: NotificationService,
  ) {}

  /** The activity's company accepts or declines a REQUESTED booking. */
  async respond(actor: Actor, id: string, accept: boolean, message?: string | null): Promise<BookingEntity> {
    const responseMessage = optionalText(message, 'message');
    return this.transition(actor, Permission.BookingAnswer, id, async (tx, booking, ctx) => {
      expectStatus(booking, [BookingStatus.REQUESTED], `This booking is ${booking.status}, not REQUESTED`);
      booking.status = accept ? BookingStatus.ACCEPTED : BookingStatus.DECLINED;
      booking.responseMessage = responseMessage;
      booking.respondedAt = new Date();
      const saved = await this.repository.save(tx, booking);
      const text = bookingAnsweredText({
        bookingId: booking.id,
        companyName: ctx.company.name,
        activityTitle: ctx.activity.title,
        accepted: accept,
        message: responseMessage,
      });
      await this.notifications.notifySchools(tx, [{ schoolId: booking.schoolId, ...text }]);
      return saved;
    });
  }

  /** Either side (or a coordinator) marks an ACCEPTED booking as done, once its date has passed. */
  async complete(actor: Actor, id: string): Promise<BookingEntity> {
    return this.transition(actor, Permission.BookingManage, id, async (tx, booking, ctx) => {
      expectStatus(
        booking,
        [BookingStatus.ACCEPTED],
        `Only an ACCEPTED booking can be completed; this one is ${booking.status}`,
      );
      const date = bookingDate(booking, ctx.activity);
      if (date && date.getTime() > Date.now()) {
        throw new DomainError(
          'BOOKING_NOT_TAKEN_PLACE',
          `This booking takes place on ${dutchDate(date)}; complete it after that`,
          { date: date.toISOString() },
        );
      }
      booking.status = BookingStatus.COMPLETED;
      booking.completedAt = new Date();
      const saved = await this.repository.save(tx, booking);
      await this.notifyOtherSide(
        tx,
        actor,
        booking,
        ctx,
        bookingCompletedText({ bookingId: booking.id, activityTitle: ctx.activity.title }),
      );
      return saved;
    });
  }

  /**
   * Either side (or a coordinator) cancels a REQUESTED or ACCEPTED booking before its date. Publishes
   * `booking.cancelled` in the same transaction, so that whatever the booking held is given back with it.
   */
  async cancel(actor: Actor, id: string, reason?: string | null): Promise<BookingEntity> {
    const cancelReason = optionalText(reason, 'reason');
    return this.transition(actor, Permission.BookingManage, id, async (tx, booking, ctx) => {
      expectStatus(
        booking,
        [BookingStatus.REQUESTED, BookingStatus.ACCEPTED],
        `A ${booking.status} booking cannot be cancelled`,
      );
      const date = bookingDate(booking, ctx.activity);
      if (date && date.getTime() <= Date.now()) {
        throw new DomainError(
          'BOOKING_ALREADY_TAKEN_PLACE',
          `This booking took place on ${dutchDate(date)}; it cannot be cancelled`,
          { date: date.toISOString() },
        );
      }
      booking.status = BookingStatus.CANCELLED;
      booking.cancelReason = cancelReason;
      booking.cancelledByRole = actor.role;
      booking.cancelledAt = new Date();
      const saved = await this.repository.save(tx, booking);
      await this.events.publish(tx, 'booking.cancelled', {
        bookingId: saved.id,
        proposalId: saved.proposalId,
      });
      const by: BookingCanceller =
        actor.role === Role.TEACHER
          ? { side: 'school' }
          : actor.role === Role.COMPANY
            ? { side: 'company', companyName: ctx.company.name }
            : { side: 'coordinator' };
      const text = bookingCancelledText({
        bookingId: booking.id,
        activityTitle: ctx.activity.title,
        by,
        reason: cancelReason,
      });
      await this.notifyOtherSide(tx, actor, booking, ctx, text);
      return saved;
    });
  }

  // One transaction per transition, with the booking row locked; the actor's access is checked once before.
  private async transition(
    actor: Actor,
    permission: Permission,
    id: string,
    work: Transition,
  ): Promise<BookingEntity> {
    await this.access.require(actor, permission, [id]);
    return Tx.run(this.dataSource, async (tx) => {
      const booking = await this.repository.lock(tx, id);
      return work(tx, booking, await this.repository.activityContext(tx, booking.activityId));
    });
  }

  // The school hears of what the company or a coordinator did, the company of what the school or a coordinator did.
  private async notifyOtherSide(
    tx: Tx,
    actor: Actor,
    booking: BookingEntity,
    ctx: ActivityContext,
    text: Omit<NotificationDraft, 'userId'>,
  ): Promise<void> {
    if (actor.role !== Role.TEACHER) {
      await this.notifications.notifySchools(tx, [{ schoolId: booking.schoolId, ...text }]);
    }
    if (actor.role !== Role.COMPANY) {
      await this.notifications.notifyCompanies(tx, [{ companyId: ctx.company.id, ...text }]);
    }
  }
}

function expectStatus(booking: BookingEntity, allowed: BookingStatus[], message: string): void {
  if (!allowed.includes(booking.status)) {
    throw new DomainError('BOOKING_WRONG_STATUS', message, { status: booking.status });
  }
}
