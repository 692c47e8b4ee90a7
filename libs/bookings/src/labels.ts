import { EducationLevel } from '@app/core';

export { ACTIVITY_TYPE_LABELS as TYPE_LABELS } from '@app/core';

/** Dutch names of the education levels. */
export const LEVEL_LABELS: Record<EducationLevel, string> = {
  [EducationLevel.PO_ONDERBOUW]: 'groep 1-2',
  [EducationLevel.PO_MIDDENBOUW]: 'groep 3-5',
  [EducationLevel.PO_BOVENBOUW]: 'groep 6-8',
  [EducationLevel.VMBO_BB]: 'vmbo-bb',
  [EducationLevel.VMBO_KB]: 'vmbo-kb',
  [EducationLevel.VMBO_GL]: 'vmbo-gl',
  [EducationLevel.VMBO_TL]: 'vmbo-tl',
  [EducationLevel.HAVO]: 'havo',
  [EducationLevel.VWO]: 'vwo',
  [EducationLevel.MBO]: 'mbo',
};

const DATE_FORMAT = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** `1 september 2025`, in Dutch time. */
export function dutchDate(date: Date): string {
  return DATE_FORMAT.format(date);
}

/** `havo, vwo en mbo`. */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
