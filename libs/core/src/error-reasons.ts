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

  // Identity: accounts and sessions.

  // Accounts: passwords and one-time links.
  WRONG_PASSWORD: ErrorCode.BAD_USER_INPUT,
  WEAK_PASSWORD: ErrorCode.BAD_USER_INPUT,
  // A reset token is an argument, not a session: UNAUTHENTICATED would make a client drop its session and show
  // the log-in page, where the person should be asked to request a new link.
  RESET_TOKEN_INVALID: ErrorCode.BAD_USER_INPUT,
  RESET_TOKEN_USED: ErrorCode.BAD_USER_INPUT,
  RESET_TOKEN_EXPIRED: ErrorCode.BAD_USER_INPUT,
} as const satisfies Record<string, ErrorCode>;

export type ErrorReason = keyof typeof ERROR_REASONS;
