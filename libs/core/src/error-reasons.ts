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
  /** A teacher whose link to the school is not proven yet (by the e-mail domain or an approval). */
  SCHOOL_NOT_VERIFIED: ErrorCode.FORBIDDEN,
  /** A teacher or company contact acting before confirming the e-mail address. */
  EMAIL_NOT_VERIFIED: ErrorCode.FORBIDDEN,

  // Catalogue: companies, locations, activities.
  /** Publishing an activity whose end date has passed. */
  ACTIVITY_ENDED: ErrorCode.CONFLICT,
  /** A location's postcode is well-formed but not in the PC4 reference data. */
  UNKNOWN_POSTCODE: ErrorCode.BAD_USER_INPUT,
  /** No school with the vestigingscode given (at sign-up, in a search near a school). */
  UNKNOWN_SCHOOL_CODE: ErrorCode.BAD_USER_INPUT,

  // Bookings and reviews.
  ACTIVITY_NOT_BOOKABLE: ErrorCode.BAD_USER_INPUT,
  BOOKING_ACTIVITY_ENDED: ErrorCode.BAD_USER_INPUT,
  BOOKING_LEVEL_NOT_OFFERED: ErrorCode.BAD_USER_INPUT,
  BOOKING_GROUP_TOO_LARGE: ErrorCode.BAD_USER_INPUT,
  BOOKING_DATE_IN_PAST: ErrorCode.BAD_USER_INPUT,
  BOOKING_DATE_AFTER_ACTIVITY: ErrorCode.BAD_USER_INPUT,
  BOOKING_WRONG_STATUS: ErrorCode.CONFLICT,
  BOOKING_NOT_TAKEN_PLACE: ErrorCode.CONFLICT,
  BOOKING_ALREADY_TAKEN_PLACE: ErrorCode.CONFLICT,
  REVIEW_NEEDS_COMPLETED_BOOKING: ErrorCode.FORBIDDEN,
  REVIEW_ALREADY_POSTED: ErrorCode.CONFLICT,

  // Matching: school requests, supply offers, runs, proposals.
  /** A request's or offer's period: it ends before it starts, spans two school years, has ended, is too far off. */
  PERIOD_ENDS_BEFORE_START: ErrorCode.BAD_USER_INPUT,
  PERIOD_SPANS_SCHOOL_YEARS: ErrorCode.BAD_USER_INPUT,
  PERIOD_ENDED: ErrorCode.BAD_USER_INPUT,
  PERIOD_TOO_FAR_AHEAD: ErrorCode.BAD_USER_INPUT,
  /** The activity an offer names is of another location, of another type, or archived. */
  SUPPLY_ACTIVITY_NOT_OF_LOCATION: ErrorCode.BAD_USER_INPUT,
  SUPPLY_ACTIVITY_WRONG_TYPE: ErrorCode.BAD_USER_INPUT,
  SUPPLY_ACTIVITY_ARCHIVED: ErrorCode.BAD_USER_INPUT,
  /** An edit would leave fewer sessions than are matched already. */
  SESSIONS_BELOW_MATCHED: ErrorCode.CONFLICT,
  SCHOOL_REQUEST_WITHDRAWN: ErrorCode.CONFLICT,
  SUPPLY_OFFER_WITHDRAWN: ErrorCode.CONFLICT,
  PROPOSAL_ALREADY_DECIDED: ErrorCode.CONFLICT,
  /** The request or the offer of the proposal was withdrawn. */
  PROPOSAL_SIDE_WITHDRAWN: ErrorCode.CONFLICT,
  /** The request or the offer changed since the run: run the matching again. */
  PROPOSAL_OUTDATED: ErrorCode.CONFLICT,
  /** The request or the offer has too few sessions left for the proposal: run the matching again. */
  PROPOSAL_CAPACITY_USED: ErrorCode.CONFLICT,

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
  EMAIL_TAKEN: ErrorCode.CONFLICT,
  COMPANY_NAME_TAKEN: ErrorCode.CONFLICT,
  /** Sign-up for a role an admin grants (coordinator, admin). */
  SIGN_UP_ROLE_NOT_ALLOWED: ErrorCode.BAD_USER_INPUT,
  WEAK_PASSWORD: ErrorCode.BAD_USER_INPUT,
  /** The same for an unknown address and a wrong password. */
  WRONG_CREDENTIALS: ErrorCode.UNAUTHENTICATED,
  /** A bad or expired token, or one of an account that is gone. */
  SESSION_INVALID: ErrorCode.UNAUTHENTICATED,
  /**
   * A refresh token used again after it was replaced: a copy is in other hands, so its whole session was ended
   * (theft detection). The person logs in again.
   */
  REFRESH_TOKEN_REUSED: ErrorCode.UNAUTHENTICATED,
  /** A create mutation's idempotency key sent again with another input or for another operation. */
  IDEMPOTENCY_KEY_REUSED: ErrorCode.CONFLICT,

  // Rate limits (libs/rate-limit): refused before any work, with `extensions.retryAfter` in seconds.
  /** Too many failed log-ins for the address or from the client: locked a while, longer after each new failure. */
  LOGIN_LOCKED: ErrorCode.TOO_MANY_REQUESTS,
  /**
   * Too many sign-ups, password reset requests or searches from one client in a short time, or too many of its
   * requests refused (answered with HTTP 429 and Retry-After before the request is read).
   */
  RATE_LIMITED: ErrorCode.TOO_MANY_REQUESTS,

  // Schools: finding a school (catalogue).
  SCHOOL_QUERY_EMPTY: ErrorCode.BAD_USER_INPUT,
  SCHOOL_QUERY_TOO_SHORT: ErrorCode.BAD_USER_INPUT,
  SCHOOL_QUERY_TOO_LONG: ErrorCode.BAD_USER_INPUT,
  SCHOOL_SEARCH_FIRST_OUT_OF_RANGE: ErrorCode.BAD_USER_INPUT,

  // Reports: reach and coverage.
  SCHOOL_YEAR_OUT_OF_RANGE: ErrorCode.BAD_USER_INPUT,

  // Notifications: the in-app inbox.
  INVALID_CURSOR: ErrorCode.BAD_USER_INPUT,
  PAGE_SIZE_OUT_OF_RANGE: ErrorCode.BAD_USER_INPUT,

  // Accounts: passwords and one-time links.
  WRONG_PASSWORD: ErrorCode.BAD_USER_INPUT,
  // (WEAK_PASSWORD, above under Identity, also refuses a new password.)
  // A reset token is an argument, not a session: UNAUTHENTICATED would make a client drop its session and show
  // the log-in page, where the person should be asked to request a new link.
  RESET_TOKEN_INVALID: ErrorCode.BAD_USER_INPUT,
  RESET_TOKEN_USED: ErrorCode.BAD_USER_INPUT,
  RESET_TOKEN_EXPIRED: ErrorCode.BAD_USER_INPUT,
  VERIFY_TOKEN_INVALID: ErrorCode.BAD_USER_INPUT,
  VERIFY_TOKEN_USED: ErrorCode.BAD_USER_INPUT,
  VERIFY_TOKEN_EXPIRED: ErrorCode.BAD_USER_INPUT,
  /** approveTeacher on an account that is not a teacher linked to a school. */
  NOT_A_TEACHER: ErrorCode.BAD_USER_INPUT,

  // Owners and the approval queue (catalogue): companies edit their own; coordinators turn companies down.
  /** Editing an archived activity: it is closed for good (create a new one). */
  ACTIVITY_ARCHIVED: ErrorCode.CONFLICT,
  /** Moving an activity to a location of another company (an activity stays with its company). */
  LOCATION_OF_OTHER_COMPANY: ErrorCode.BAD_USER_INPUT,
  /** Turning a company down without saying why (empty or only spaces). */
  REJECTION_REASON_REQUIRED: ErrorCode.BAD_USER_INPUT,
  /** A reason longer than 1000 characters. */
  REJECTION_REASON_TOO_LONG: ErrorCode.BAD_USER_INPUT,
  /** Turning down a company that is approved already. */
  COMPANY_ALREADY_APPROVED: ErrorCode.CONFLICT,

  // Regions: coordinators work in their provinces.
  OUTSIDE_YOUR_REGION: ErrorCode.FORBIDDEN,
  NO_PROVINCES: ErrorCode.BAD_USER_INPUT,

  // Administration: the school registry import.
  /** An import of the school registry is queued or running already: one at a time. */
  SCHOOL_IMPORT_RUNNING: ErrorCode.CONFLICT,

  // Input: checked at the edge of the api, before any resolver runs.
  /** A text with a NUL byte or an unpaired surrogate: PostgreSQL cannot store it. */
  INVALID_TEXT: ErrorCode.BAD_USER_INPUT,
  /** A date before 2015 or more than ten years ahead. */
  DATE_OUT_OF_RANGE: ErrorCode.BAD_USER_INPUT,

  // GraphQL limits (apps/api, GraphQL Armor): documents refused while validated, before any resolver runs.
  QUERY_TOO_DEEP: ErrorCode.GRAPHQL_VALIDATION_FAILED,
  QUERY_TOO_COSTLY: ErrorCode.GRAPHQL_VALIDATION_FAILED,
  TOO_MANY_ALIASES: ErrorCode.GRAPHQL_VALIDATION_FAILED,
  TOO_MANY_DIRECTIVES: ErrorCode.GRAPHQL_VALIDATION_FAILED,
  /** Parsing stopped: the document has more tokens than allowed (travels as GRAPHQL_PARSE_FAILED). */
  TOO_MANY_TOKENS: ErrorCode.GRAPHQL_PARSE_FAILED,
} as const satisfies Record<string, ErrorCode>;

export type ErrorReason = keyof typeof ERROR_REASONS;
