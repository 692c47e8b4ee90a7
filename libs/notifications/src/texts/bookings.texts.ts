import {
  ACTIVITY_TYPE_LABELS,
  LEVEL_LABELS,
  NotificationKind,
  dutchDate,
  type ActivityType,
  type EducationLevel,
  WebLink,
} from '@app/core';
import type { Message } from '../notification.service';

/** Who cancelled a booking, as the other side reads it. */
export type BookingCanceller =
  { side: 'school' } | { side: 'company'; companyName: string } | { side: 'coordinator' };

function withMessage(text: string, label: string | null, message: string | null | undefined): string {
  if (!message) return text;
  return label ? `${text}\n\n${label}: ${message}` : `${text}\n\n${message}`;
}

/** For the company: a school requests one of its activities. */
export function bookingRequestedText(v: {
  bookingId: string;
  schoolName: string;
  schoolCity: string;
  activityTitle: string;
  groupSize: number;
  level: EducationLevel;
  preferredDate: Date | null;
  message: string | null;
}): Message {
  const when = v.preferredDate ? ` op ${dutchDate(v.preferredDate)}` : '';
  return {
    kind: NotificationKind.BOOKING_REQUESTED,
    subject: `Nieuwe aanvraag: ${v.activityTitle}`,
    body: withMessage(
      `${v.schoolName} (${v.schoolCity}) vraagt "${v.activityTitle}" aan voor ${v.groupSize} leerlingen ` +
        `(${LEVEL_LABELS[v.level]})${when}.`,
      'Bericht',
      v.message,
    ),
    link: WebLink.booking(v.bookingId),
  };
}

/** For the school: the company accepted or declined its request. */
export function bookingAnsweredText(v: {
  bookingId: string;
  companyName: string;
  activityTitle: string;
  accepted: boolean;
  message: string | null;
}): Message {
  const answer = v.accepted ? 'geaccepteerd' : 'afgewezen';
  return {
    kind: NotificationKind.BOOKING_ANSWERED,
    subject: `${v.companyName} heeft uw aanvraag ${answer}`,
    body: withMessage(
      `Uw aanvraag voor "${v.activityTitle}" is ${answer} door ${v.companyName}.`,
      'Bericht',
      v.message,
    ),
    link: WebLink.booking(v.bookingId),
  };
}

/** For the other side: the booking took place and was marked done. */
export function bookingCompletedText(v: { bookingId: string; activityTitle: string }): Message {
  return {
    kind: NotificationKind.BOOKING_COMPLETED,
    subject: `Afgerond: ${v.activityTitle}`,
    body: `De boeking van "${v.activityTitle}" is afgerond. Scholen kunnen de activiteit nu beoordelen.`,
    link: WebLink.booking(v.bookingId),
  };
}

/** For the other side: the booking was cancelled. */
export function bookingCancelledText(v: {
  bookingId: string;
  activityTitle: string;
  by: BookingCanceller;
  reason: string | null;
}): Message {
  const by =
    v.by.side === 'school' ? 'de school' : v.by.side === 'company' ? v.by.companyName : 'de coördinator';
  return {
    kind: NotificationKind.BOOKING_CANCELLED,
    subject: `Geannuleerd: ${v.activityTitle}`,
    body: withMessage(`De boeking van "${v.activityTitle}" is geannuleerd door ${by}.`, 'Reden', v.reason),
    link: WebLink.booking(v.bookingId),
  };
}

/** For both the school and the company: a coordinator accepted a matching proposal that pairs them. */
export function matchProposedText(v: {
  bookingId: string;
  schoolName: string;
  schoolCity: string;
  companyName: string;
  locationCity: string;
  sessions: number;
  type: ActivityType;
  reasons: string;
}): Message {
  return {
    kind: NotificationKind.MATCH_PROPOSED,
    subject: `Match: ${v.schoolName} en ${v.companyName}`,
    body: withMessage(
      `De regiocoördinator heeft ${v.schoolName} (${v.schoolCity}) en ${v.companyName} (${v.locationCity}) ` +
        `aan elkaar gekoppeld voor ${v.sessions} × ${ACTIVITY_TYPE_LABELS[v.type]}.`,
      null,
      v.reasons,
    ),
    link: WebLink.booking(v.bookingId),
  };
}

/** For the company: a school reviewed one of its activities. */
export function reviewReceivedText(v: {
  activityId: string;
  activityTitle: string;
  rating: number;
  comment: string | null;
}): Message {
  return {
    kind: NotificationKind.REVIEW_RECEIVED,
    subject: `Nieuwe beoordeling: ${v.activityTitle}`,
    body: withMessage(`Een school gaf "${v.activityTitle}" ${v.rating} van 5 sterren.`, null, v.comment),
    link: WebLink.activity(v.activityId),
  };
}
