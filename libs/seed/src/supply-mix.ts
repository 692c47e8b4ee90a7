import { ActivityType, EducationLevel, PRIMARY_LEVELS, Programme, VMBO_LEVELS } from '@app/core';

// Volumes and mixes, derived from the figures in ../shared/domain.md. The catalogue lists offers (one offer
// runs many times a year), so shares follow the size of each programme's offer, not of its pupil count:
// - TechNet: 1,200 activities a year, 3,300 mostly small firms (2016): many companies, few offers each.
// - Jet-Net: about 600 activities a year from 85-87 companies at 116-120 locations (2015): few companies,
//   many offers each, about 1.4 locations per company.
// - JINC: 80,000 pupils a year and 1,000+ companies (2023), bliksemstages of a small group: a large offer.
// - VHTO: 229 speeddates (2014), Girls' Day with 378 companies (2019), guest lessons.
// - Jet-Net Junior: 6 hubs, 150 schools; Wetenschapsknooppunten: 12 hubs, 1,148 schools.
// - STEM Teacher Academy: about 200 teachers, 60 companies (2015): a small offer.
// - Independent providers (science centres, competitions, single companies): a large share of the rest.

/** Share of all activities per programme; sums to 1. */
export const ACTIVITY_SHARE: Record<Programme, number> = {
  [Programme.JET_NET]: 0.17,
  [Programme.JET_NET_JUNIOR]: 0.07,
  [Programme.TECHNET]: 0.22,
  [Programme.VHTO]: 0.09,
  [Programme.JINC]: 0.16,
  [Programme.STEM_TEACHER_ACADEMY]: 0.04,
  [Programme.WETENSCHAPSKNOOPPUNT]: 0.05,
  [Programme.INDEPENDENT]: 0.2,
};

/** Share of companies whose main programme this is; the Wetenschapsknooppunten are 12 hubs, not a share. */
export const COMPANY_SHARE: Record<Exclude<Programme, Programme.WETENSCHAPSKNOOPPUNT>, number> = {
  [Programme.JET_NET]: 0.07,
  [Programme.JET_NET_JUNIOR]: 0.04,
  [Programme.TECHNET]: 0.4,
  [Programme.VHTO]: 0.06,
  [Programme.JINC]: 0.2,
  [Programme.STEM_TEACHER_ACADEMY]: 0.04,
  [Programme.INDEPENDENT]: 0.19,
};

export const KNOOPPUNT_HUBS = 12;

/** About 1,500 companies for the default 6,000 activities: four offers per company on average. */
export const ACTIVITIES_PER_COMPANY = 4;

/** Activity types per programme (relative weights). */
export const TYPE_MIX: Record<Programme, Partial<Record<ActivityType, number>>> = {
  // Guest lessons, company visits, assignments, career days (workshops).
  [Programme.JET_NET]: {
    [ActivityType.GUEST_LESSON]: 32,
    [ActivityType.COMPANY_VISIT]: 25,
    [ActivityType.PROJECT]: 20,
    [ActivityType.WORKSHOP]: 10,
    [ActivityType.COMPETITION]: 7,
    [ActivityType.WEBCAST]: 6,
  },
  [Programme.JET_NET_JUNIOR]: {
    [ActivityType.GUEST_LESSON]: 45,
    [ActivityType.COMPANY_VISIT]: 30,
    [ActivityType.WORKSHOP]: 25,
  },
  [Programme.TECHNET]: {
    [ActivityType.COMPANY_VISIT]: 35,
    [ActivityType.GUEST_LESSON]: 28,
    [ActivityType.WORKSHOP]: 17,
    [ActivityType.PROJECT]: 15,
    [ActivityType.COMPETITION]: 5,
  },
  [Programme.VHTO]: {
    [ActivityType.SPEED_DATE]: 55,
    [ActivityType.GUEST_LESSON]: 25,
    [ActivityType.COMPANY_VISIT]: 20,
  },
  [Programme.JINC]: {
    [ActivityType.BLIKSEMSTAGE]: 60,
    [ActivityType.APPLICATION_TRAINING]: 30,
    [ActivityType.WORKSHOP]: 10,
  },
  [Programme.STEM_TEACHER_ACADEMY]: {
    [ActivityType.TEACHER_INTERNSHIP]: 70,
    [ActivityType.WORKSHOP]: 30,
  },
  [Programme.WETENSCHAPSKNOOPPUNT]: {
    [ActivityType.WORKSHOP]: 40,
    [ActivityType.GUEST_LESSON]: 30,
    [ActivityType.WEBCAST]: 15,
    [ActivityType.COMPANY_VISIT]: 15,
  },
  [Programme.INDEPENDENT]: {
    [ActivityType.WORKSHOP]: 38,
    [ActivityType.COMPETITION]: 20,
    [ActivityType.WEBCAST]: 20,
    [ActivityType.GUEST_LESSON]: 12,
    [ActivityType.COMPANY_VISIT]: 10,
  },
};

const HAVO_VWO = [EducationLevel.HAVO, EducationLevel.VWO];
const PO_6_8 = [EducationLevel.PO_BOVENBOUW];

/** Level sets per programme (relative weights); a programme's audience as domain.md describes it. */
export const LEVEL_MIX: Record<Programme, Array<[EducationLevel[], number]>> = {
  // havo/vwo, later also vmbo.
  [Programme.JET_NET]: [
    [HAVO_VWO, 70],
    [[EducationLevel.HAVO], 8],
    [[EducationLevel.VWO], 7],
    [[EducationLevel.VMBO_GL, EducationLevel.VMBO_TL, ...HAVO_VWO], 15],
  ],
  [Programme.JET_NET_JUNIOR]: [
    [[EducationLevel.PO_MIDDENBOUW, EducationLevel.PO_BOVENBOUW], 50],
    [PO_6_8, 35],
    [[EducationLevel.PO_ONDERBOUW, EducationLevel.PO_MIDDENBOUW], 15],
  ],
  [Programme.TECHNET]: [
    [[...VMBO_LEVELS], 40],
    [[EducationLevel.VMBO_BB, EducationLevel.VMBO_KB], 30],
    [[EducationLevel.VMBO_KB, EducationLevel.VMBO_GL, EducationLevel.VMBO_TL], 15],
    [[EducationLevel.VMBO_GL, EducationLevel.VMBO_TL], 15],
  ],
  // Talentenkijker for groep 7-8, speeddates mostly for havo/vwo girls.
  [Programme.VHTO]: [
    [PO_6_8, 30],
    [HAVO_VWO, 50],
    [[...VMBO_LEVELS], 20],
  ],
  // Groep 8 and vmbo 1-2.
  [Programme.JINC]: [
    [PO_6_8, 35],
    [[...VMBO_LEVELS], 40],
    [[EducationLevel.PO_BOVENBOUW, ...VMBO_LEVELS], 25],
  ],
  [Programme.STEM_TEACHER_ACADEMY]: [
    [HAVO_VWO, 50],
    [[...VMBO_LEVELS], 30],
    [[EducationLevel.VMBO_GL, EducationLevel.VMBO_TL, ...HAVO_VWO], 20],
  ],
  [Programme.WETENSCHAPSKNOOPPUNT]: [
    [[...PRIMARY_LEVELS], 40],
    [[EducationLevel.PO_MIDDENBOUW, EducationLevel.PO_BOVENBOUW], 40],
    [PO_6_8, 20],
  ],
  [Programme.INDEPENDENT]: [
    [[...PRIMARY_LEVELS], 15],
    [[EducationLevel.PO_MIDDENBOUW, EducationLevel.PO_BOVENBOUW], 20],
    [[...VMBO_LEVELS], 25],
    [HAVO_VWO, 30],
    [[...VMBO_LEVELS, ...HAVO_VWO], 10],
  ],
};

/** Locations per company (1, 2 or 3), relative weights: Jet-Net's 1.4 per company, small firms mostly one. */
export const LOCATION_MIX: Record<Programme, [number, number, number]> = {
  [Programme.JET_NET]: [70, 22, 8],
  [Programme.JET_NET_JUNIOR]: [75, 20, 5],
  [Programme.TECHNET]: [88, 10, 2],
  [Programme.VHTO]: [75, 20, 5],
  [Programme.JINC]: [70, 22, 8],
  [Programme.STEM_TEACHER_ACADEMY]: [70, 22, 8],
  [Programme.WETENSCHAPSKNOOPPUNT]: [100, 0, 0],
  [Programme.INDEPENDENT]: [85, 12, 3],
};

/** Share of companies approved by a coordinator; the others signed up and wait, their offers are drafts. */
export const APPROVED_SHARE = 0.9;

/** Status of an approved company's activity. */
export const STATUS_MIX = { PUBLISHED: 88, DRAFT: 6, ARCHIVED: 6 } as const;

// JINC works in the big cities; these municipalities get most of its locations.
export const BIG_CITIES = [
  'Amsterdam',
  'Rotterdam',
  "'s-Gravenhage",
  'Utrecht',
  'Eindhoven',
  'Groningen',
  'Tilburg',
  'Almere',
  'Breda',
  'Nijmegen',
  'Arnhem',
  'Haarlem',
  'Zaanstad',
  'Enschede',
  "'s-Hertogenbosch",
  'Amersfoort',
] as const;

// One Wetenschapsknooppunt per university town: the 12 hubs of domain.md.
export const UNIVERSITY_TOWNS = [
  'Amsterdam',
  'Utrecht',
  'Leiden',
  'Delft',
  'Rotterdam',
  'Groningen',
  'Nijmegen',
  'Eindhoven',
  'Enschede',
  'Maastricht',
  'Tilburg',
  'Wageningen',
] as const;
