import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ActivityEntity, ActivityService } from '@app/catalogue';
import {
  BadInputException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
  Role,
  type Actor,
  isUuid,
} from '@app/core';
import { inTransaction, isUniqueViolation } from '@app/database';
import { NotificationService } from '@app/notifications';
import { BookingStatus } from '../booking-status';
import { BookingEntity } from '../entities/booking.entity';
import { ReviewEntity } from '../entities/review.entity';

const MAX_COMMENT = 2000;

@Injectable()
export class ReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activities: ActivityService,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * A teacher reviews an activity that the own school took part in: one review per COMPLETED booking.
   * Updates the activity's average rating and review count in the same transaction and tells the
   * activity listeners (search) after the commit.
   */
  async review(
    actor: Actor,
    activityId: string,
    rating: number,
    comment?: string | null,
    bookingId?: string | null,
  ): Promise<ReviewEntity> {
    if (actor.role !== Role.TEACHER || !actor.schoolId) {
      throw new ForbiddenException('Only a teacher reviews activities, for the own school');
    }
    const schoolId = actor.schoolId;
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
      throw new BadInputException('The rating is a whole number from 1 to 5', { field: 'rating' });
    }
    const text = comment?.trim() || null;
    if (text && text.length > MAX_COMMENT) {
      throw new BadInputException(`The comment is longer than ${MAX_COMMENT} characters`, {
        field: 'comment',
      });
    }
    if (!isUuid(activityId)) throw new NotFoundException('Activity', activityId);
    if (bookingId && !isUuid(bookingId)) throw new NotFoundException('Booking', bookingId);

    try {
      return await inTransaction(this.dataSource, async (manager, afterCommit) => {
        // The activity row lock serialises reviews of one activity, so the aggregate stays exact.
        const activity = await manager
          .getRepository(ActivityEntity)
          .findOne({ where: { id: activityId }, lock: { mode: 'pessimistic_write' } });
        if (!activity) throw new NotFoundException('Activity', activityId);

        const completed = await manager.getRepository(BookingEntity).find({
          where: {
            activityId,
            schoolId,
            status: BookingStatus.COMPLETED,
            ...(bookingId ? { id: bookingId } : {}),
          },
          order: { completedAt: 'ASC', id: 'ASC' },
        });
        if (completed.length === 0) {
          throw new ForbiddenException(
            bookingId
              ? 'This booking is not a completed booking of your school for this activity'
              : 'Your school can review this activity after a completed booking of it',
          );
        }
        const reviewed = new Set(
          (
            await manager.query<Array<{ booking_id: string }>>(
              `SELECT booking_id FROM reviews WHERE booking_id = ANY($1)`,
              [completed.map((booking) => booking.id)],
            )
          ).map((row) => row.booking_id),
        );
        const booking = completed.find((candidate) => !reviewed.has(candidate.id));
        if (!booking) {
          throw new ConflictException(
            'Your school has already reviewed each completed booking of this activity',
          );
        }
        const saved = await manager.getRepository(ReviewEntity).save({
          activityId,
          bookingId: booking.id,
          schoolId,
          authorId: actor.userId,
          rating,
          comment: text,
        });
        await manager.query(
          `UPDATE activities a
              SET average_rating = s.average, review_count = s.count, updated_at = now()
             FROM (SELECT avg(rating)::double precision AS average, count(*)::int AS count
                     FROM reviews WHERE activity_id = $1) s
            WHERE a.id = $1`,
          [activityId],
        );
        const contacts = await manager.query<Array<{ id: string }>>(
          `SELECT u.id FROM users u JOIN company_locations l ON l.company_id = u.company_id
            WHERE l.id = $1 AND u.role = 'COMPANY' ORDER BY u.created_at, u.id`,
          [activity.locationId],
        );
        await this.notifications.notify(
          manager,
          afterCommit,
          contacts.map((contact) => ({
            userId: contact.id,
            kind: 'REVIEW_POSTED',
            subject: `Nieuwe beoordeling: ${activity.title}`,
            body: `Een school gaf "${activity.title}" ${rating} van 5 sterren.${text ? `\n\n${text}` : ''}`,
          })),
        );
        afterCommit(() => this.activities.notifyChanged([activityId]));
        return saved;
      });
    } catch (error) {
      // Two reviews of the same booking at the same moment: the unique key lets one through.
      if (isUniqueViolation(error)) throw new ConflictException('This booking has already been reviewed');
      throw error;
    }
  }

  /** The newest reviews of each activity, at most `perActivity` each. */
  async latestFor(activityIds: readonly string[], perActivity: number): Promise<ReviewEntity[]> {
    if (activityIds.length === 0) return [];
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM (
         SELECT id, row_number() OVER (PARTITION BY activity_id ORDER BY created_at DESC, id) AS rank
           FROM reviews WHERE activity_id = ANY($1)) ranked
        WHERE rank <= $2`,
      [[...activityIds], perActivity],
    );
    if (rows.length === 0) return [];
    return this.dataSource
      .getRepository(ReviewEntity)
      .createQueryBuilder('r')
      .where('r.id IN (:...ids)', { ids: rows.map((row) => row.id) })
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
  }
}
