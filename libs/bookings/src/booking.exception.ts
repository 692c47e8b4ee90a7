import { ConflictException } from '@app/core';

/** A booking transition that its current state does not allow (accepting a cancelled booking, ...). */
export class BookingStateException extends ConflictException {
  constructor(message: string, status: string) {
    super(message, { status });
  }
}
