import { DomainError, isUuid } from '@app/core';

/** Where a page ends: the (created_at, id) of its last notification, created_at to the microsecond. */
export interface InboxPosition {
  /** ISO 8601 in UTC with six decimals, as PostgreSQL stores it (a JS Date would drop the microseconds). */
  at: string;
  id: string;
}

const AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

// Opaque to clients; a position rather than an offset, so notifications arriving meanwhile shift nothing.
export function encodeCursor(position: InboxPosition): string {
  return Buffer.from(`${position.at}|${position.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): InboxPosition {
  const [at = '', id = '', ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !AT.test(at) || Number.isNaN(Date.parse(at)) || !isUuid(id)) {
    throw new DomainError(
      'INVALID_CURSOR',
      'after is not a cursor of myNotifications: pass nextCursor as is',
    );
  }
  return { at, id };
}
