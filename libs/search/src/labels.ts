import { PROVINCE_NAMES, type Province } from '@app/core';

// The Dutch words under which teachers look for an enum value live in `@app/core` (labels.ts); they are indexed
// with the document, so that typing "gastles" finds every GUEST_LESSON and "meisjes" every activity for GIRLS.
export {
  ACTIVITY_TYPE_LABELS as TYPE_LABELS,
  LEVEL_SEARCH_WORDS as LEVEL_LABELS,
  PROGRAMME_LABELS,
  TARGET_GROUP_SEARCH_WORDS as TARGET_GROUP_LABELS,
} from '@app/core';

export function provinceLabel(province: Province): string {
  return PROVINCE_NAMES[province];
}
