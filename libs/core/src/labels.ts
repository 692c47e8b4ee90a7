import { ActivityType, Delivery, EducationLevel, Programme, TargetGroup } from './enums';

// The one home of the Dutch words for the domain's values and of Dutch date and list formats. Display labels are
// what a page or an e-mail shows; search words are what teachers type, indexed with each search document.

/** Dutch names of the activity types, as schools and companies say them (shown, and indexed by search). */
export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  [ActivityType.GUEST_LESSON]: 'gastles',
  [ActivityType.COMPANY_VISIT]: 'bedrijfsbezoek',
  [ActivityType.SPEED_DATE]: 'speeddate',
  [ActivityType.BLIKSEMSTAGE]: 'bliksemstage',
  [ActivityType.APPLICATION_TRAINING]: 'sollicitatietraining',
  [ActivityType.TEACHER_INTERNSHIP]: 'docentstage',
  [ActivityType.WORKSHOP]: 'workshop',
  [ActivityType.PROJECT]: 'project',
  [ActivityType.COMPETITION]: 'wedstrijd',
  [ActivityType.WEBCAST]: 'webcast',
};

/** Dutch display names of the education levels (`vmbo-bb`, `groep 6-8`). */
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

/** The words under which teachers look for a level, indexed with each document ("vmbo basis" finds VMBO_BB). */
export const LEVEL_SEARCH_WORDS: Record<EducationLevel, string> = {
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

/** The words under which teachers look for a target group ("meisjes" finds GIRLS); none for all pupils. */
export const TARGET_GROUP_SEARCH_WORDS: Record<TargetGroup, string> = {
  [TargetGroup.ALL_PUPILS]: '',
  [TargetGroup.GIRLS]: 'meisjes',
  [TargetGroup.DISADVANTAGED_YOUTH]: 'kansengelijkheid',
  [TargetGroup.TALENTED_PUPILS]: 'talent',
  [TargetGroup.TEACHERS]: 'docenten',
};

/** Dutch display names of the target groups. */
export const TARGET_GROUP_LABELS: Record<TargetGroup, string> = {
  [TargetGroup.ALL_PUPILS]: 'alle leerlingen',
  [TargetGroup.GIRLS]: 'meisjes',
  [TargetGroup.DISADVANTAGED_YOUTH]: 'jongeren met minder kansen',
  [TargetGroup.TALENTED_PUPILS]: 'talentvolle leerlingen',
  [TargetGroup.TEACHERS]: 'docenten',
};

/** Dutch display names of where an activity takes place. */
export const DELIVERY_LABELS: Record<Delivery, string> = {
  [Delivery.AT_SCHOOL]: 'op school',
  [Delivery.AT_PROVIDER]: 'bij het bedrijf',
  [Delivery.ONLINE]: 'online',
};

/** Names of the programmes as they brand themselves; none for independent providers. */
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

const DATE_TIME_FORMAT = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'long',
  timeStyle: 'short',
});

/** `1 september 2025 om 14:30`, in Dutch time: for deadlines that fall within a day (an offer's expiry). */
export function dutchDateTime(date: Date): string {
  return DATE_TIME_FORMAT.format(date);
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in the Netherlands as `2025-09-01` (a school's day, whatever the server's time zone). */
export function dutchDay(date: Date): string {
  return DAY_FORMAT.format(date);
}

/** `havo, vwo en mbo`. */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
