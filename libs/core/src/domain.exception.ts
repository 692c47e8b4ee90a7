import { ErrorCode } from './error-code';
import { ERROR_REASONS, type ErrorReason } from './error-reasons';

export { ErrorCode } from './error-code';

/** Base of every domain exception: a code for machines, a message for people, optional details. */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** The domain reason (`extensions.reason`), when the refusal has one. */
  get reason(): ErrorReason | undefined {
    return this.details?.reason as ErrorReason | undefined;
  }
}

/**
 * A refusal for a domain reason listed in `ERROR_REASONS`; its transport code follows from the reason, so a client
 * can tell "offer expired" from "offer already answered" without reading the message.
 */
export class DomainError extends DomainException {
  constructor(reason: ErrorReason, message: string, details?: Record<string, unknown>) {
    super(ERROR_REASONS[reason], message, { ...details, reason });
  }
}

export class BadInputException extends DomainException {
  constructor(message: string, details?: Record<string, unknown>) {
    super(ErrorCode.BAD_USER_INPUT, message, details);
  }
}

export class NotFoundException extends DomainException {
  constructor(what: string, id: string) {
    super(ErrorCode.NOT_FOUND, `${what} ${id} not found`, { id });
  }
}

export class ForbiddenException extends DomainException {
  constructor(message = 'You may not do this') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class UnauthenticatedException extends DomainException {
  constructor(message = 'Log in first') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ConflictException extends DomainException {
  constructor(message: string, details?: Record<string, unknown>) {
    super(ErrorCode.CONFLICT, message, details);
  }
}
