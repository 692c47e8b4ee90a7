import { graphql } from '../../gql';
import type { TeacherBookingFragment } from '../../gql/graphql';

/** What the teacher pages show of a booking, with the school's review of it once written. */
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
    }
    review {
      id
      rating
      comment
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

/** A completed booking the school has not reviewed yet. */
export const toReview = (booking: TeacherBooking): boolean =>
  booking.status === 'COMPLETED' && booking.review === null;
