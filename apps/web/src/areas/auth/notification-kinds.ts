import type { NotificationKind } from '../../gql/graphql';

/** Every kind, in the order the e-mail settings list them. */
export const ALL_KINDS: NotificationKind[] = [
  'BOOKING_REQUESTED',
  'BOOKING_ANSWERED',
  'BOOKING_CANCELLED',
  'BOOKING_COMPLETED',
  'REVIEW_RECEIVED',
  'MATCH_PROPOSED',
  'PARTNER_OFFER',
  'PARTNER_OFFER_REMINDER',
  'PARTNER_OFFER_EXPIRED',
  'PLACED',
  'COMPANY_REGISTERED',
  'COMPANY_APPROVED',
  'COMPANY_REJECTED',
];

// Who receives which kind (libs/notifications/src/texts): a teacher hears about the own school's bookings and
// partner places, a company contact about requests, reviews and the company's approval. Coordinators see all.
const KINDS_OF_ROLE: Record<string, NotificationKind[]> = {
  TEACHER: [
    'BOOKING_ANSWERED',
    'BOOKING_CANCELLED',
    'BOOKING_COMPLETED',
    'MATCH_PROPOSED',
    'PARTNER_OFFER',
    'PARTNER_OFFER_REMINDER',
    'PARTNER_OFFER_EXPIRED',
    'PLACED',
  ],
  COMPANY: [
    'BOOKING_REQUESTED',
    'BOOKING_CANCELLED',
    'BOOKING_COMPLETED',
    'REVIEW_RECEIVED',
    'MATCH_PROPOSED',
    'PLACED',
    'COMPANY_APPROVED',
    'COMPANY_REJECTED',
  ],
};

/** The kinds the settings offer to a role, with any kind already switched off (so none is hidden). */
export function kindsFor(role: string, emailOff: readonly NotificationKind[]): NotificationKind[] {
  const own = KINDS_OF_ROLE[role];
  if (!own) return ALL_KINDS;
  return ALL_KINDS.filter((kind) => own.includes(kind) || emailOff.includes(kind));
}

/**
 * What to send to setEmailNotifications to go from the account's `emailOff` kinds to the kinds ticked among
 * `shown`: the kinds to switch on, and those to switch off.
 */
export function emailSettingsChange(
  shown: readonly NotificationKind[],
  ticked: readonly NotificationKind[],
  emailOff: readonly NotificationKind[],
): { on: NotificationKind[]; off: NotificationKind[] } {
  return {
    on: shown.filter((kind) => ticked.includes(kind) && emailOff.includes(kind)),
    off: shown.filter((kind) => !ticked.includes(kind) && !emailOff.includes(kind)),
  };
}
