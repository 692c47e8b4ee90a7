import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService, Permission } from '@app/access';
import {
  BadInputException,
  DomainError,
  NotFoundException,
  isUuid,
  type Actor,
  type EducationLevel,
} from '@app/core';
import { EventBus, Tx, isUniqueViolation } from '@app/database';
import { NotificationService, reviewReceivedText } from '@app/notifications';
import { optionalText } from '../booking-rules';
import { BookingStatus } from '../booking-status';
import { BookingEntity } from '../entities/booking.entity';
import { ReviewEntity } from '../entities/review.entity';
import { BookingRepository } from '../repositories/booking.repository';

/**
 * A review as anyone may read it: the reviewing school's place and the level of the reviewed booking, so that
 * a reader can judge it ("havo, Oss: 5 stars"); never the school's name nor its author.
 */
export interface PublicReview {
  id: string;
  activityId: string;
  rating: number;
  comment: string | null;
  createdAt: Date;
  schoolCity: string;
  level: EducationLevel;
}

const publicReview = (
  review: ReviewEntity,
  booking: { level: EducationLevel },
  school: { city: string },
): PublicReview => ({
  id: review.id,
  activityId: review.activityId,
  rating: review.rating,
  comment: review.comment,
  createdAt: review.createdAt,
  schoolCity: school.city,
  level: booking.level,
});

@Injectable()
export class ReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bookings: BookingRepository,
    private readonly access: AccessService,
    private readonly events: EventBus,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * A teacher reviews an activity that the own school took part in: one review per COMPLETED booking.
   * Publishes `review.posted` in the same transaction, on which the catalogue updates the activity's rating.
   */
  async review(
    actor: Actor,
    activityId: string,
    rating: number,
    comment?: string | null,
    bookingId?: string | null,
  ): Promise<PublicReview> {
    const schoolId = await this.access.actingSchool(actor, Permission.ReviewCreate);
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
      throw new BadInputException('The rating is a whole number from 1 to 5', { field: 'rating' });
    }
    const text = optionalText(comment, 'comment');
    if (!isUuid(activityId)) throw new NotFoundException('Activity', activityId);
    if (bookingId && !isUuid(bookingId)) throw new NotFoundException('Booking', bookingId);

    try {
      return await Tx.run(this.dataSource, async (tx) => {
        // The activity row lock serialises reviews of one activity, so the rating the catalogue computes from
        // them in this transaction stays exact.
        const { activity, company } = await this.bookings.activityContext(
          tx,
          activityId,
          'pessimistic_write',
        );
        const booking = await this.unreviewedBooking(tx, activityId, schoolId, bookingId);
        const school = await this.bookings.school(tx, schoolId);
        const saved = await tx.manager.getRepository(ReviewEntity).save({
          activityId,
          bookingId: booking.id,
          schoolId,
          authorId: actor.userId,
          rating,
          comment: text,
        });
        await this.events.publish(tx, 'review.posted', { activityId, reviewId: saved.id });
        const message = reviewReceivedText({
          activityId,
          activityTitle: activity.title,
          rating,
          comment: text,
        });
        await this.notifications.notifyCompanies(tx, [{ companyId: company.id, ...message }]);
        return publicReview(saved, booking, school);
      });
    } catch (error) {
      // Two reviews of the same booking at the same moment: the unique key lets one through.
      if (isUniqueViolation(error)) {
        throw new DomainError('REVIEW_ALREADY_POSTED', 'This booking has already been reviewed');
      }
      throw error;
    }
  }

  /** The newest reviews of each activity, at most `perActivity` each, newest first; one query for all. */
  async latestFor(activityIds: readonly string[], perActivity: number): Promise<PublicReview[]> {
    if (activityIds.length === 0) return [];
    // The school's place and the booking's level come in the same statement, so a page of activities
    // costs one round trip however many reviews it shows.
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        activity_id: string;
        rating: number;
        comment: string | null;
        created_at: Date;
        city: string;
        level: EducationLevel;
      }>
    >(
      `SELECT r.id, r.activity_id, r.rating, r.comment, r.created_at, s.city, b.level
         FROM (SELECT *, row_number() OVER (PARTITION BY activity_id ORDER BY created_at DESC, id) AS rank
                 FROM reviews WHERE activity_id = ANY($1)) r
         JOIN bookings b ON b.id = r.booking_id
         JOIN schools s ON s.id = r.school_id
        WHERE r.rank <= $2
        ORDER BY r.created_at DESC, r.id`,
      [[...activityIds], perActivity],
    );
    return rows.map((row) => ({
      id: row.id,
      activityId: row.activity_id,
      rating: row.rating,
      comment: row.comment,
      createdAt: row.created_at,
      schoolCity: row.city,
      level: row.level,
    }));
  }

  /** The reviews of these bookings (a booking has at most one), with the booking each reviews; one query for all. */
  async ofBookings(bookingIds: readonly string[]): Promise<Array<PublicReview & { bookingId: string }>> {
    if (bookingIds.length === 0) return [];
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        activity_id: string;
        booking_id: string;
        rating: number;
        comment: string | null;
        created_at: Date;
        city: string;
        level: EducationLevel;
      }>
    >(
      `SELECT r.id, r.activity_id, r.booking_id, r.rating, r.comment, r.created_at, s.city, b.level
         FROM reviews r
         JOIN bookings b ON b.id = r.booking_id
         JOIN schools s ON s.id = r.school_id
        WHERE r.booking_id = ANY($1)`,
      [[...bookingIds]],
    );
    return rows.map((row) => ({
      id: row.id,
      activityId: row.activity_id,
      bookingId: row.booking_id,
      rating: row.rating,
      comment: row.comment,
      createdAt: row.created_at,
      schoolCity: row.city,
      level: row.level,
    }));
  }

  // The oldest COMPLETED booking of the school for this activity (or the one named) that has no review yet.
  private async unreviewedBooking(
    tx: Tx,
    activityId: string,
    schoolId: string,
    bookingId: string | null | undefined,
  ): Promise<BookingEntity> {
    const completed = await tx.manager.getRepository(BookingEntity).find({
      where: {
        activityId,
        schoolId,
        status: BookingStatus.COMPLETED,
        ...(bookingId ? { id: bookingId } : {}),
      },
      order: { completedAt: 'ASC', id: 'ASC' },
    });
    if (completed.length === 0) {
      throw new DomainError(
        'REVIEW_NEEDS_COMPLETED_BOOKING',
        bookingId
          ? 'This booking is not a completed booking of your school for this activity'
          : 'Your school can review this activity after a completed booking of it',
      );
    }
    const reviewed = new Set(
      (
        await tx.query<Array<{ booking_id: string }>>(
          `SELECT booking_id FROM reviews WHERE booking_id = ANY($1)`,
          [completed.map((booking) => booking.id)],
        )
      ).map((row) => row.booking_id),
    );
    const booking = completed.find((candidate) => !reviewed.has(candidate.id));
    if (!booking) {
      throw new DomainError(
        'REVIEW_ALREADY_POSTED',
        'Your school has already reviewed each completed booking of this activity',
      );
    }
    return booking;
  }
}
