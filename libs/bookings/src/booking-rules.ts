import type { ActivityEntity } from '@app/catalogue';
import { BadInputException } from '@app/core';
import type { BookingEntity } from './entities/booking.entity';

const MAX_TEXT = 2000;

/**
 * The date a booking takes place: the preferred date the school asked for, else the activity's start.
 * Null when neither is known (a booking from the matching over a whole period); then completing and
 * cancelling are not bound to a date.
 */
export function bookingDate(
  booking: Pick<BookingEntity, 'preferredDate'>,
  activity: Pick<ActivityEntity, 'startsAt'>,
) {
  return booking.preferredDate ?? activity.startsAt ?? null;
}

// A message or reason beside a booking: trimmed, empty is none, at most MAX_TEXT characters.
export function optionalText(value: string | null | undefined, field: string): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (text.length > MAX_TEXT) {
    throw new BadInputException(`${field} is longer than ${MAX_TEXT} characters`, { field });
  }
  return text;
}
