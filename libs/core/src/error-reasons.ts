import { ErrorCode } from './error-code';

/**
 * Every domain reason a client can find in `extensions.reason`, beside the transport code it travels under
 * (`extensions.code`). The web app shows each in Dutch, so a reason is added here, once, by the lib that throws it;
 * throw it with `new DomainError(reason, message)`.
 */
export const ERROR_REASONS = {
  // Access (libs/access): who may do what on whose data.
  ROLE_NOT_ALLOWED: ErrorCode.FORBIDDEN,
  NO_SCHOOL_LINKED: ErrorCode.FORBIDDEN,
  NOT_YOUR_SCHOOL: ErrorCode.FORBIDDEN,
  NOT_YOUR_COMPANY: ErrorCode.FORBIDDEN,
  COMPANY_NOT_APPROVED: ErrorCode.FORBIDDEN,

  // Catalogue: companies, locations, activities.

  // Bookings and reviews.

  // Matching: school requests, supply offers, runs, proposals.

  // Waiting list: entries, partner capacity, partner offers.
  NO_WAITING_LIST: ErrorCode.BAD_USER_INPUT,
  NOT_ELIGIBLE_FOR_PROGRAMME: ErrorCode.BAD_USER_INPUT,
  ALREADY_PLACED: ErrorCode.CONFLICT,
  LEFT_WAITING_LIST: ErrorCode.CONFLICT,
  OFFER_EXPIRED: ErrorCode.CONFLICT,
  OFFER_ALREADY_ANSWERED: ErrorCode.CONFLICT,
  NO_PARTNER_CAPACITY: ErrorCode.CONFLICT,
  CAPACITY_FULL: ErrorCode.CONFLICT,

  // Identity: accounts and sessions.

  // Notifications: the in-app inbox.
  INVALID_CURSOR: ErrorCode.BAD_USER_INPUT,
  PAGE_SIZE_OUT_OF_RANGE: ErrorCode.BAD_USER_INPUT,
} as const satisfies Record<string, ErrorCode>;

export type ErrorReason = keyof typeof ERROR_REASONS;
