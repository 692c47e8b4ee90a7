import {
  ACTIVITY_TYPE_LABELS,
  DELIVERY_LABELS,
  LEVEL_LABELS,
  PROGRAMME_LABELS,
  TARGET_GROUP_LABELS,
} from '../../../../libs/core/src/labels';
import { PROVINCE_NAMES } from '../../../../libs/core/src/province';

// The Dutch names of the domain's values come from their one home in libs/core (pure data, no Node code).

const lookup =
  (table: Record<string, string>) =>
  (value: string): string =>
    table[value] ?? value;

export const activityTypeLabel = lookup(ACTIVITY_TYPE_LABELS);
export const levelLabel = lookup(LEVEL_LABELS);
export const programmeLabel = lookup(PROGRAMME_LABELS);
export const provinceLabel = lookup(PROVINCE_NAMES);
export const targetGroupLabel = lookup(TARGET_GROUP_LABELS);
export const deliveryLabel = lookup(DELIVERY_LABELS);

/** Every province, in the order of their Dutch names. */
export const PROVINCES = Object.entries(PROVINCE_NAMES)
  .sort(([, a], [, b]) => a.localeCompare(b, 'nl'))
  .map(([value, label]) => ({ value, label }));
