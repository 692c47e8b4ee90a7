import { graphql } from '../../gql';
import type { TeacherBookingFragment } from '../../gql/graphql';

/** What the teacher pages show of a booking, and what tells whether the school reviewed it. */
export const TeacherBookingFragmentDoc = graphql(`
  fragment TeacherBooking on Booking {
    id
    status
    level
    groupSize
    sessions
    preferredDate
    message
    responseMessage
    cancelReason
    cancelledByRole
    fromMatching
    createdAt
    updatedAt
    school {
      id
      city
    }
    activity {
      id
      title
      type
      startsAt
      endsAt
      location {
        id
        name
        city
        company {
          id
          name
        }
      }
      reviews(first: 20) {
        id
        createdAt
        level
        schoolCity
      }
    }
  }
`);

export type TeacherBooking = TeacherBookingFragment;

/** The day a booking takes place: the preferred date, else the activity's start; null when neither is known. */
export function bookingMoment(booking: Pick<TeacherBooking, 'preferredDate' | 'activity'>): string | null {
  return booking.preferredDate ?? booking.activity.startsAt ?? null;
}

const passed = (moment: string | null, now: Date) => moment !== null && Date.parse(moment) <= now.getTime();

/** The api cancels REQUESTED and ACCEPTED bookings before their date (any time when no date is known). */
export function canCancel(booking: TeacherBooking, now = new Date()): boolean {
  return (
    (booking.status === 'REQUESTED' || booking.status === 'ACCEPTED') && !passed(bookingMoment(booking), now)
  );
}

/** The api completes ACCEPTED bookings once their date has passed (any time when no date is known). */
export function canComplete(booking: TeacherBooking, now = new Date()): boolean {
  const moment = bookingMoment(booking);
  return booking.status === 'ACCEPTED' && (moment === null || passed(moment, now));
}

/**
 * Whether the school reviewed this completed booking. The api does not link a booking to its review; a review is
 * public with the reviewing school's place and the booking's level, so a review of the activity from our place,
 * for this level, written after the booking was completed, is taken as ours.
 */
export function looksReviewed(booking: TeacherBooking): boolean {
  if (booking.status !== 'COMPLETED') return false;
  const completed = Date.parse(booking.updatedAt);
  return booking.activity.reviews.some(
    (review) =>
      review.level === booking.level &&
      review.schoolCity === booking.school.city &&
      Date.parse(review.createdAt) >= completed - 1000,
  );
}

/** A completed booking the school has not reviewed yet. */
export const toReview = (booking: TeacherBooking): boolean =>
  booking.status === 'COMPLETED' && !looksReviewed(booking);
