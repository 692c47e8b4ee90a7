import { ValidateBy, type ValidationOptions } from 'class-validator';
import type { ErrorReason } from '@app/core';

/** The first day any date of the service may fall on: older dates are typos or probes. */
export const EARLIEST_DATE = new Date(Date.UTC(2015, 0, 1));
const YEARS_AHEAD = 10;

/** Today plus ten years: nothing is planned further ahead. */
export function latestDate(now = new Date()): Date {
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + YEARS_AHEAD);
  return latest;
}

// The validation pipe reads this context back to give the refusal its reason.
const reason = (value: ErrorReason): ValidationOptions => ({ context: { reason: value } });

/** A date from 2015-01-01 up to ten years ahead; JavaScript accepts years from -271821 to 275760. */
export function IsPlausibleDate(): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPlausibleDate',
      validator: {
        validate: (value: unknown) =>
          value instanceof Date && value >= EARLIEST_DATE && value <= latestDate(),
        defaultMessage: (args) =>
          `${args?.property ?? 'date'} must lie between 2015-01-01 and ten years ahead`,
      },
    },
    reason('DATE_OUT_OF_RANGE'),
  );
}
