// The vocabulary of the domain, shared by every lib; the api registers these as GraphQL enums.

export enum Province {
  GRONINGEN = 'GRONINGEN',
  FRYSLAN = 'FRYSLAN',
  DRENTHE = 'DRENTHE',
  OVERIJSSEL = 'OVERIJSSEL',
  FLEVOLAND = 'FLEVOLAND',
  GELDERLAND = 'GELDERLAND',
  UTRECHT = 'UTRECHT',
  NOORD_HOLLAND = 'NOORD_HOLLAND',
  ZUID_HOLLAND = 'ZUID_HOLLAND',
  ZEELAND = 'ZEELAND',
  NOORD_BRABANT = 'NOORD_BRABANT',
  LIMBURG = 'LIMBURG',
}

export enum EducationLevel {
  PO_ONDERBOUW = 'PO_ONDERBOUW',
  PO_MIDDENBOUW = 'PO_MIDDENBOUW',
  PO_BOVENBOUW = 'PO_BOVENBOUW',
  VMBO_BB = 'VMBO_BB',
  VMBO_KB = 'VMBO_KB',
  VMBO_GL = 'VMBO_GL',
  VMBO_TL = 'VMBO_TL',
  HAVO = 'HAVO',
  VWO = 'VWO',
  MBO = 'MBO',
}

export const PRIMARY_LEVELS = [
  EducationLevel.PO_ONDERBOUW,
  EducationLevel.PO_MIDDENBOUW,
  EducationLevel.PO_BOVENBOUW,
] as const;
export const VMBO_LEVELS = [
  EducationLevel.VMBO_BB,
  EducationLevel.VMBO_KB,
  EducationLevel.VMBO_GL,
  EducationLevel.VMBO_TL,
] as const;

export enum ActivityType {
  GUEST_LESSON = 'GUEST_LESSON',
  COMPANY_VISIT = 'COMPANY_VISIT',
  SPEED_DATE = 'SPEED_DATE',
  BLIKSEMSTAGE = 'BLIKSEMSTAGE',
  APPLICATION_TRAINING = 'APPLICATION_TRAINING',
  TEACHER_INTERNSHIP = 'TEACHER_INTERNSHIP',
  WORKSHOP = 'WORKSHOP',
  PROJECT = 'PROJECT',
  COMPETITION = 'COMPETITION',
  WEBCAST = 'WEBCAST',
}

export enum Programme {
  JET_NET = 'JET_NET',
  JET_NET_JUNIOR = 'JET_NET_JUNIOR',
  TECHNET = 'TECHNET',
  VHTO = 'VHTO',
  JINC = 'JINC',
  STEM_TEACHER_ACADEMY = 'STEM_TEACHER_ACADEMY',
  WETENSCHAPSKNOOPPUNT = 'WETENSCHAPSKNOOPPUNT',
  INDEPENDENT = 'INDEPENDENT',
}

export enum TargetGroup {
  ALL_PUPILS = 'ALL_PUPILS',
  GIRLS = 'GIRLS',
  DISADVANTAGED_YOUTH = 'DISADVANTAGED_YOUTH',
  TALENTED_PUPILS = 'TALENTED_PUPILS',
  TEACHERS = 'TEACHERS',
}

export enum Delivery {
  AT_SCHOOL = 'AT_SCHOOL',
  AT_PROVIDER = 'AT_PROVIDER',
  ONLINE = 'ONLINE',
}

export enum ActivityStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}

export enum Role {
  TEACHER = 'TEACHER',
  COMPANY = 'COMPANY',
  COORDINATOR = 'COORDINATOR',
  ADMIN = 'ADMIN',
}

/** The theme facet values of domain.md; activities may carry only these. */
export const THEMES = [
  'energie',
  'water',
  'klimaat en duurzaamheid',
  'mobiliteit',
  'ICT en programmeren',
  'robotica',
  'gezondheid en zorg',
  'voeding en agri',
  'bouw en infra',
  'chemie',
  'maakindustrie',
  'lucht- en ruimtevaart',
  'design',
] as const;
export type Theme = (typeof THEMES)[number];

/** Who is acting: the authenticated user as the domain sees it. */
export interface Actor {
  userId: string;
  role: Role;
  schoolId: string | null;
  companyId: string | null;
  /** The e-mail address is confirmed; until then a teacher or company contact reads but does not act. */
  emailVerified: boolean;
  /** A teacher's link to `schoolId` is proven; until then the school's records are closed to them. */
  schoolVerified: boolean;
  /** A coordinator's provinces: the access layer keeps them to these; empty for other roles. */
  provinces: Province[];
  /** A coordinator's programmes; empty means every programme. */
  programmes: Programme[];
  /**
   * A pending sign-up's (a sign-up with an address that has an account): the ids of the company and locations it
   * claimed, which exist in no table. The access layer takes them as the actor's own and empty, as a new account's.
   */
  claimed?: readonly string[];
}

/** ADMIN may do everything a COORDINATOR may. */
export function isCoordinator(actor: Actor | null | undefined): boolean {
  return actor?.role === Role.COORDINATOR || actor?.role === Role.ADMIN;
}

/** What a notification is about; the web app picks its icon and the user their e-mail settings by it. */
export enum NotificationKind {
  BOOKING_REQUESTED = 'BOOKING_REQUESTED',
  BOOKING_ANSWERED = 'BOOKING_ANSWERED',
  BOOKING_CANCELLED = 'BOOKING_CANCELLED',
  BOOKING_COMPLETED = 'BOOKING_COMPLETED',
  REVIEW_RECEIVED = 'REVIEW_RECEIVED',
  COMPANY_REGISTERED = 'COMPANY_REGISTERED',
  COMPANY_APPROVED = 'COMPANY_APPROVED',
  COMPANY_REJECTED = 'COMPANY_REJECTED',
  PARTNER_OFFER = 'PARTNER_OFFER',
  PARTNER_OFFER_REMINDER = 'PARTNER_OFFER_REMINDER',
  PARTNER_OFFER_EXPIRED = 'PARTNER_OFFER_EXPIRED',
  PLACED = 'PLACED',
  MATCH_PROPOSED = 'MATCH_PROPOSED',
}
