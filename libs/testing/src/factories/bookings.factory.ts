import type { DataSource } from 'typeorm';
import { BookingEntity, BookingStatus, ReviewEntity } from '@app/bookings';
import { EducationLevel } from '@app/core';
import { ActivityFactory, SchoolFactory } from './catalogue.factory';
import { RowFactory, placeholderId } from './row.factory';

/** A school's request for one session of an activity; inserting it inserts the activity and school not given. */
export class BookingFactory extends RowFactory<BookingEntity> {
  protected readonly entity = BookingEntity;

  protected defaults(): Partial<BookingEntity> {
    return {
      activityId: placeholderId(),
      schoolId: placeholderId(),
      requestedBy: null,
      status: BookingStatus.REQUESTED,
      level: EducationLevel.HAVO,
      groupSize: 25,
      sessions: 1,
      preferredDate: null,
      message: null,
    };
  }

  protected override async parents(ds: DataSource): Promise<Partial<BookingEntity>> {
    return {
      ...(this.values.activityId ? {} : { activityId: (await ActivityFactory.from().insert(ds)).id }),
      ...(this.values.schoolId ? {} : { schoolId: (await SchoolFactory.from().insert(ds)).id }),
    };
  }
}

/** A four-star review; inserting it without `bookingId` inserts a completed booking of the activity and school. */
export class ReviewFactory extends RowFactory<ReviewEntity> {
  protected readonly entity = ReviewEntity;

  protected defaults(): Partial<ReviewEntity> {
    return {
      activityId: placeholderId(),
      bookingId: placeholderId(),
      schoolId: placeholderId(),
      authorId: null,
      rating: 4,
      comment: 'Leerzaam en goed voorbereid.',
    };
  }

  protected override async parents(ds: DataSource): Promise<Partial<ReviewEntity>> {
    if (this.values.bookingId) return {};
    const { activityId, schoolId } = this.values;
    const booking = await BookingFactory.from({
      ...(activityId ? { activityId } : {}),
      ...(schoolId ? { schoolId } : {}),
      status: BookingStatus.COMPLETED,
      respondedAt: new Date(),
      completedAt: new Date(),
    }).insert(ds);
    return { bookingId: booking.id, activityId: booking.activityId, schoolId: booking.schoolId };
  }
}
