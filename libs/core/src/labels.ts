import { ActivityType } from './enums';

/** Dutch names of the activity types, as schools and companies say them (also indexed by search). */
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
