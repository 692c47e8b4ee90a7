import { Role } from '@app/core';

/** What an actor may ask to do. Each names the kind of record its ids refer to in `ACCESS`. */
export enum Permission {
  CoordinatorCreate = 'coordinator.create',
  CompanyApprove = 'company.approve',
  ActivityCreate = 'activity.create',
  ActivityManage = 'activity.manage',
  ActivityPublish = 'activity.publish',
  BookingRequest = 'booking.request',
  BookingAnswer = 'booking.answer',
  BookingManage = 'booking.manage',
  ReviewCreate = 'review.create',
  SchoolRequestCreate = 'school-request.create',
  SchoolRequestManage = 'school-request.manage',
  SupplyOfferCreate = 'supply-offer.create',
  SupplyOfferManage = 'supply-offer.manage',
  MatchingRun = 'matching.run',
  ProposalDecide = 'proposal.decide',
  WaitlistJoin = 'waitlist.join',
  WaitlistEntryManage = 'waitlist.entry-manage',
  WaitlistAdminister = 'waitlist.administer',
  PartnerCapacitySet = 'partner-capacity.set',
  PartnerCapacityRead = 'partner-capacity.read',

  // Reports: reach and coverage.
  ReportRead = 'report.read',

  // Owners and the approval queue: a company keeps its own activities, locations and name; coordinators list
  // companies and turn them down.
  ActivityListOwn = 'activity.list-own',
  LocationAdd = 'location.add',
  CompanyEdit = 'company.edit',
  CompanyList = 'company.list',
  CompanyReject = 'company.reject',
  CompanyRejectionRead = 'company.rejection-read',
  // Identity: proving a teacher's link to a school.
  TeacherApprove = 'teacher.approve',

  // Lists: a coordinator's of a province, a school's or company's of its own.
  SchoolRequestList = 'school-request.list',
  SchoolRequestListOwn = 'school-request.list-own',
  SupplyOfferList = 'supply-offer.list',
  SupplyOfferListOwn = 'supply-offer.list-own',
  WaitlistListOwn = 'waitlist.list-own',

  // Administration: the coordinators and the school registry.
  CoordinatorList = 'coordinator.list',
  SchoolImport = 'school.import',
}

/** The kinds of record whose owners the access layer can look up (see `owners.ts`). */
export type Resource =
  | 'school'
  | 'company'
  | 'location'
  | 'activity'
  | 'booking'
  | 'schoolRequest'
  | 'supplyOffer'
  | 'waitlistEntry'
  | 'proposal'
  // The ids are provinces themselves (Province values): for use cases on a whole province.
  | 'province';

/**
 * On whose records a role may use a permission: `all` records; those of the actor's own school or company; those
 * of an approved company (the actor's own, or any); those in the actor's provinces (`region`: a coordinator's),
 * of an approved company there too (`approvedCompanyInRegion`).
 */
export type Scope =
  | 'all'
  | 'ownSchool'
  | 'ownCompany'
  | 'ownApprovedCompany'
  | 'approvedCompany'
  | 'region'
  | 'approvedCompanyInRegion';

export interface AccessRule {
  /** The kind of record the ids name; null for permissions on no record in particular. */
  on: Resource | null;
  /**
   * The roles that may, with their scope. ADMIN may whatever COORDINATOR may, unless it has its own entry (it has
   * one, `all`, wherever a coordinator is kept to a region).
   */
  roles: Partial<Record<Role, Scope>>;
  /** Said to a role that may not do this at all. */
  denied: string;
  /** Only reads: open to an account whose e-mail address is not confirmed yet (acting waits for it). */
  reads?: true;
}

const { TEACHER, COMPANY, COORDINATOR, ADMIN } = Role;

/** The one table of which role may do what on whose data. */
export const ACCESS: Record<Permission, AccessRule> = {
  [Permission.CoordinatorCreate]: {
    on: null,
    roles: { [ADMIN]: 'all' },
    denied: 'Only an admin can create coordinators',
  },
  [Permission.CompanyApprove]: {
    on: 'company',
    roles: { [COORDINATOR]: 'region', [ADMIN]: 'all' },
    denied: 'Only a coordinator can approve companies',
  },
  [Permission.ActivityCreate]: {
    on: 'location',
    roles: { [COMPANY]: 'ownCompany', [COORDINATOR]: 'all' },
    denied: 'Only a company contact or a coordinator can create activities',
  },
  [Permission.ActivityManage]: {
    on: 'activity',
    roles: { [COMPANY]: 'ownCompany', [COORDINATOR]: 'all' },
    denied: 'Only the company of this activity or a coordinator can change it',
  },
  // Publishing also needs the company approved, whoever publishes.
  [Permission.ActivityPublish]: {
    on: 'activity',
    roles: { [COMPANY]: 'ownApprovedCompany', [COORDINATOR]: 'approvedCompany' },
    denied: 'Only the company of this activity or a coordinator can publish it',
  },
  [Permission.BookingRequest]: {
    on: 'school',
    roles: { [TEACHER]: 'ownSchool', [COORDINATOR]: 'region', [ADMIN]: 'all' },
    denied: 'Only a teacher or a coordinator books activities',
  },
  [Permission.BookingAnswer]: {
    on: 'booking',
    // The company answers for itself; a coordinator may cancel a booking, not accept one in its name.
    roles: { [COMPANY]: 'ownCompany' },
    denied: 'Only the company of this activity answers its bookings',
  },
  [Permission.BookingManage]: {
    on: 'booking',
    roles: { [TEACHER]: 'ownSchool', [COMPANY]: 'ownCompany', [COORDINATOR]: 'all' },
    denied: 'This booking is of another school or company',
  },
  [Permission.ReviewCreate]: {
    on: 'school',
    roles: { [TEACHER]: 'ownSchool' },
    denied: 'Only a teacher reviews activities, for the own school',
  },
  [Permission.SchoolRequestCreate]: {
    on: 'school',
    roles: { [TEACHER]: 'ownSchool', [COORDINATOR]: 'region', [ADMIN]: 'all' },
    denied: 'Only a teacher or a coordinator posts school requests',
  },
  [Permission.SchoolRequestManage]: {
    on: 'schoolRequest',
    roles: { [TEACHER]: 'ownSchool', [COORDINATOR]: 'region', [ADMIN]: 'all' },
    denied: 'This request is of another school',
  },
  [Permission.SupplyOfferCreate]: {
    on: 'location',
    roles: {
      [COMPANY]: 'ownApprovedCompany',
      [COORDINATOR]: 'approvedCompanyInRegion',
      [ADMIN]: 'approvedCompany',
    },
    denied: 'Only a company contact or a coordinator posts supply',
  },
  [Permission.SupplyOfferManage]: {
    on: 'supplyOffer',
    roles: { [COMPANY]: 'ownCompany', [COORDINATOR]: 'region', [ADMIN]: 'all' },
    denied: 'This offer is of another company',
  },
  [Permission.MatchingRun]: {
    on: 'province',
    roles: { [COORDINATOR]: 'region', [ADMIN]: 'all' },
    denied: 'Only a coordinator runs the matching',
  },
  [Permission.ProposalDecide]: {
    on: 'proposal',
    roles: { [COORDINATOR]: 'region', [ADMIN]: 'all' },
    denied: 'Only a coordinator decides on proposals',
  },
  [Permission.WaitlistJoin]: {
    on: 'school',
    roles: { [TEACHER]: 'ownSchool', [COORDINATOR]: 'region', [ADMIN]: 'all' },
    denied: 'Only a teacher of the school or a coordinator puts a school on a waiting list',
  },
  [Permission.WaitlistEntryManage]: {
    on: 'waitlistEntry',
    roles: { [TEACHER]: 'ownSchool', [COORDINATOR]: 'region', [ADMIN]: 'all' },
    denied: 'This waiting-list entry belongs to another school',
  },
  [Permission.WaitlistAdminister]: {
    on: 'waitlistEntry',
    roles: { [COORDINATOR]: 'region', [ADMIN]: 'all' },
    denied: 'Only coordinators manage the waiting lists',
  },
  [Permission.PartnerCapacitySet]: {
    on: 'location',
    roles: { [COMPANY]: 'ownApprovedCompany', [COORDINATOR]: 'region', [ADMIN]: 'all' },
    denied: 'Only the company of this location or a coordinator sets its partner capacity',
  },
  [Permission.PartnerCapacityRead]: {
    on: 'location',
    roles: { [COMPANY]: 'ownCompany', [COORDINATOR]: 'all' },
    denied: 'Only the company of this location or a coordinator sees its partner capacity',
    reads: true,
  },

  // Reports: reach and coverage.
  [Permission.ReportRead]: {
    on: 'province',
    roles: { [COORDINATOR]: 'region', [ADMIN]: 'all' },
    denied: 'Only coordinators read reach reports',
    reads: true,
  },

  // Owners and the approval queue. A coordinator has no company of its own: it reads a company's activities
  // through `activity` and search, and adds locations only by signing a company up.
  [Permission.ActivityListOwn]: {
    on: 'company',
    roles: { [COMPANY]: 'ownCompany' },
    denied: "Only a company contact lists the own company's activities",
    reads: true,
  },
  [Permission.LocationAdd]: {
    on: 'company',
    roles: { [COMPANY]: 'ownCompany' },
    denied: 'Only a company contact adds locations to the own company',
  },
  [Permission.CompanyEdit]: {
    on: 'company',
    roles: { [COMPANY]: 'ownCompany' },
    denied: 'Only a contact of the company changes it',
  },
  [Permission.CompanyList]: {
    on: null,
    roles: { [COORDINATOR]: 'region', [ADMIN]: 'all' },
    denied: 'Only a coordinator lists companies',
  },
  [Permission.CompanyReject]: {
    on: 'company',
    roles: { [COORDINATOR]: 'region', [ADMIN]: 'all' },
    denied: 'Only a coordinator turns companies down',
  },
  // Why a company was turned down is between the company and the coordinators.
  [Permission.CompanyRejectionRead]: {
    on: 'company',
    roles: { [COMPANY]: 'ownCompany', [COORDINATOR]: 'all' },
    denied: 'Only the company itself and coordinators read why it was turned down',
    reads: true,
  },
  // Identity: a proven teacher of the school vouches for a colleague; a coordinator for anyone.
  [Permission.TeacherApprove]: {
    on: 'school',
    roles: { [TEACHER]: 'ownSchool', [COORDINATOR]: 'region', [ADMIN]: 'all' },
    denied: 'Only a proven teacher of the school or a coordinator approves teachers',
  },

  // Lists. A school's or company's own list shows nothing until the link to it is proven (`visibleSchool`).
  [Permission.SchoolRequestList]: {
    on: 'province',
    roles: { [COORDINATOR]: 'region', [ADMIN]: 'all' },
    denied: 'Only coordinators list the requests of a province',
    reads: true,
  },
  [Permission.SchoolRequestListOwn]: {
    on: 'school',
    roles: { [TEACHER]: 'ownSchool' },
    denied: "Only a teacher lists the own school's requests",
    reads: true,
  },
  [Permission.SupplyOfferList]: {
    on: 'province',
    roles: { [COORDINATOR]: 'region', [ADMIN]: 'all' },
    denied: 'Only coordinators list the supply of a province',
    reads: true,
  },
  [Permission.SupplyOfferListOwn]: {
    on: 'company',
    roles: { [COMPANY]: 'ownCompany' },
    denied: "Only a company contact lists the own company's offers",
    reads: true,
  },
  [Permission.WaitlistListOwn]: {
    on: 'school',
    roles: { [TEACHER]: 'ownSchool' },
    denied: "Only a teacher lists the own school's waiting-list entries",
    reads: true,
  },

  // Administration: only admins see who the coordinators are and import the school registry.
  [Permission.CoordinatorList]: {
    on: null,
    roles: { [ADMIN]: 'all' },
    denied: 'Only an admin lists the coordinators',
    reads: true,
  },
  [Permission.SchoolImport]: {
    on: null,
    roles: { [ADMIN]: 'all' },
    denied: 'Only an admin imports the school registry',
  },
};

/** The scope `role` has for `permission`, or undefined when it may not use it at all. */
export function scopeOf(permission: Permission, role: Role): Scope | undefined {
  const roles = ACCESS[permission].roles;
  return roles[role] ?? (role === ADMIN ? roles[COORDINATOR] : undefined);
}
