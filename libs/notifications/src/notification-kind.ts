import { NotificationKind } from '@app/core';

// Names some libs still write until their messages move to `texts/` (issue 11); the migration renamed old rows.
const LEGACY_KINDS: Readonly<Record<string, NotificationKind>> = {
  BOOKING_ACCEPTED: NotificationKind.BOOKING_ANSWERED,
  BOOKING_DECLINED: NotificationKind.BOOKING_ANSWERED,
  BOOKING_MATCHED: NotificationKind.MATCH_PROPOSED,
  REVIEW_POSTED: NotificationKind.REVIEW_RECEIVED,
  WAITLIST_OFFER: NotificationKind.PARTNER_OFFER,
  WAITLIST_OFFER_REMINDER: NotificationKind.PARTNER_OFFER_REMINDER,
  WAITLIST_OFFER_EXPIRED: NotificationKind.PARTNER_OFFER_EXPIRED,
  WAITLIST_OFFER_REVOKED: NotificationKind.PARTNER_OFFER_EXPIRED,
  WAITLIST_PLACED: NotificationKind.PLACED,
};

/** The `NotificationKind` of a stored kind. */
export function notificationKindOf(stored: string): NotificationKind {
  return LEGACY_KINDS[stored] ?? (stored as NotificationKind);
}
