import { EducationLevel, PROVINCE_NAMES, Programme, TargetGroup, type Province } from '@app/core';

// The Dutch words under which teachers look for an enum value; they are indexed with the document, so that
// typing "gastles" finds every GUEST_LESSON and "meisjes" every activity for GIRLS.

export { ACTIVITY_TYPE_LABELS as TYPE_LABELS } from '@app/core';

export const TARGET_GROUP_LABELS: Record<TargetGroup, string> = {
  [TargetGroup.ALL_PUPILS]: '',
  [TargetGroup.GIRLS]: 'meisjes',
  [TargetGroup.DISADVANTAGED_YOUTH]: 'kansengelijkheid',
  [TargetGroup.TALENTED_PUPILS]: 'talent',
  [TargetGroup.TEACHERS]: 'docenten',
};

export const LEVEL_LABELS: Record<EducationLevel, string> = {
  [EducationLevel.PO_ONDERBOUW]: 'basisschool onderbouw',
  [EducationLevel.PO_MIDDENBOUW]: 'basisschool middenbouw',
  [EducationLevel.PO_BOVENBOUW]: 'basisschool bovenbouw',
  [EducationLevel.VMBO_BB]: 'vmbo basis',
  [EducationLevel.VMBO_KB]: 'vmbo kader',
  [EducationLevel.VMBO_GL]: 'vmbo gemengd',
  [EducationLevel.VMBO_TL]: 'vmbo mavo',
  [EducationLevel.HAVO]: 'havo',
  [EducationLevel.VWO]: 'vwo',
  [EducationLevel.MBO]: 'mbo',
};

export const PROGRAMME_LABELS: Record<Programme, string> = {
  [Programme.JET_NET]: 'Jet-Net',
  [Programme.JET_NET_JUNIOR]: 'Jet-Net Junior',
  [Programme.TECHNET]: 'TechNet',
  [Programme.VHTO]: 'VHTO',
  [Programme.JINC]: 'JINC',
  [Programme.STEM_TEACHER_ACADEMY]: 'STEM Teacher Academy',
  [Programme.WETENSCHAPSKNOOPPUNT]: 'Wetenschapsknooppunt',
  [Programme.INDEPENDENT]: '',
};

export function provinceLabel(province: Province): string {
  return PROVINCE_NAMES[province];
}
