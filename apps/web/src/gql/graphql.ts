/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A search over the published activities. Filters of different fields must all match; values within one field are alternatives. */
export type ActivitySearchInput = {
  /** Taking place in one of these ways. */
  delivery?: Array<Delivery> | null | undefined;
  /** For one of these levels. */
  levels?: Array<EducationLevel> | null | undefined;
  /** Only activities costing the school at most this (0: free). */
  maxCostEuros?: number | null | undefined;
  /** Only activities within radiusKm of this point (or of the school given by nearSchool). */
  near?: GeoPointInput | null | undefined;
  /** DUO vestigingscode of a school to measure distances from, instead of near. */
  nearSchool?: string | null | undefined;
  /** Page, counted from 1 (default 1). */
  page?: number | null | undefined;
  /** Hits per page, 1 to 100 (default 20). */
  pageSize?: number | null | undefined;
  /** From one of these programmes. */
  programmes?: Array<Programme> | null | undefined;
  /** Offered in one of these provinces. */
  provinces?: Array<Province> | null | undefined;
  /** Free text in Dutch; tolerant of typos, accents and inflection. At most 200 characters; the last word also matches as a prefix. */
  query?: string | null | undefined;
  /** Only activities whose company location is at most this far (more than 0, at most 300 km); needs near or nearSchool. */
  radiusKm?: number | null | undefined;
  /** Order of the hits; RELEVANCE by default (newest first without a query). DISTANCE needs a point. */
  sort?: SearchSort | null | undefined;
  /** Only activities with a start date on or after this moment (activities without a date drop out). */
  startsAfter?: string | null | undefined;
  /** Only activities with a start date on or before this moment (activities without a date drop out). */
  startsBefore?: string | null | undefined;
  /** For one of these target groups. */
  targetGroups?: Array<TargetGroup> | null | undefined;
  /** About one of these themes (energie, water, robotica, ...; the theme facet lists them). */
  themes?: Array<string> | null | undefined;
  /** Of one of these types. */
  types?: Array<ActivityType> | null | undefined;
};

/** Only PUBLISHED activities can be found. */
export type ActivityStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED';

/** The format of an activity. */
export type ActivityType =
  | 'APPLICATION_TRAINING'
  | 'BLIKSEMSTAGE'
  | 'COMPANY_VISIT'
  | 'COMPETITION'
  | 'GUEST_LESSON'
  | 'PROJECT'
  | 'SPEED_DATE'
  | 'TEACHER_INTERNSHIP'
  | 'WEBCAST'
  | 'WORKSHOP';

/** REQUESTED by the school; ACCEPTED or DECLINED by the company; COMPLETED after it took place; CANCELLED before. */
export type BookingStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'REQUESTED';

/** A school need: what, for whom, how many sessions, in which period. */
export type CreateSchoolRequestInput = {
  /** Levels of the groups; at least one. */
  levels: Array<EducationLevel>;
  /** Last day; not before periodStart and not in the past. */
  periodEnd: string;
  /** First day; the period lies within one school year (1 August – 31 July). */
  periodStart: string;
  /** Coordinators: the school to post for. Teachers post for their own school only. */
  schoolId?: string | number | null | undefined;
  /** Sessions wanted, 1 to 500. */
  sessions: number;
  /** Themes from the domain list; empty means any theme. */
  themes: Array<string>;
  /** The kind of activity wanted. */
  type: ActivityType;
};

/** Where an activity takes place. */
export type Delivery =
  | 'AT_PROVIDER'
  | 'AT_SCHOOL'
  | 'ONLINE';

/** Who an activity is for: primary school by bouw (groep 1-2, 3-5, 6-8), secondary school by track, mbo. */
export type EducationLevel =
  | 'HAVO'
  | 'MBO'
  | 'PO_BOVENBOUW'
  | 'PO_MIDDENBOUW'
  | 'PO_ONDERBOUW'
  | 'VMBO_BB'
  | 'VMBO_GL'
  | 'VMBO_KB'
  | 'VMBO_TL'
  | 'VWO';

/** A point in WGS84. */
export type GeoPointInput = {
  /** Latitude in degrees. */
  lat: number;
  /** Longitude in degrees. */
  lon: number;
};

/** A match run: QUEUED, RUNNING, DONE or FAILED. */
export type MatchRunStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

/** The programme that supplies an activity. */
export type Programme =
  | 'INDEPENDENT'
  | 'JET_NET'
  | 'JET_NET_JUNIOR'
  | 'JINC'
  | 'STEM_TEACHER_ACADEMY'
  | 'TECHNET'
  | 'VHTO'
  | 'WETENSCHAPSKNOOPPUNT';

/** A match proposal: PROPOSED until a coordinator ACCEPTS or REJECTS it. */
export type ProposalStatus =
  | 'ACCEPTED'
  | 'PROPOSED'
  | 'REJECTED';

/** The twelve Dutch provinces. */
export type Province =
  | 'DRENTHE'
  | 'FLEVOLAND'
  | 'FRYSLAN'
  | 'GELDERLAND'
  | 'GRONINGEN'
  | 'LIMBURG'
  | 'NOORD_BRABANT'
  | 'NOORD_HOLLAND'
  | 'OVERIJSSEL'
  | 'UTRECHT'
  | 'ZEELAND'
  | 'ZUID_HOLLAND';

/** A request to book a PUBLISHED activity for a group of the school. */
export type RequestBookingInput = {
  /** The activity. */
  activityId: string | number;
  /** Number of pupils: at least 1, at most the activity’s maxParticipants. */
  groupSize: number;
  /** Level of the group; one the activity is for. */
  level: EducationLevel;
  /** A message to the company, at most 2,000 characters. */
  message?: string | null | undefined;
  /** The date the school would like; not in the past. */
  preferredDate?: string | null | undefined;
  /** Coordinators: the school to book for. Teachers book for their own school only. */
  schoolId?: string | number | null | undefined;
};

/** What an account may do. */
export type Role =
  | 'ADMIN'
  | 'COMPANY'
  | 'COORDINATOR'
  | 'TEACHER';

/** Order of search hits: RELEVANCE (best match; newest first without a query), DISTANCE (nearest first), START_DATE (soonest first, undated last) or RATING (best reviewed first). */
export type SearchSort =
  | 'DISTANCE'
  | 'RATING'
  | 'RELEVANCE'
  | 'START_DATE';

/** Which pupils (or teachers) an activity is for. */
export type TargetGroup =
  | 'ALL_PUPILS'
  | 'DISADVANTAGED_YOUTH'
  | 'GIRLS'
  | 'TALENTED_PUPILS'
  | 'TEACHERS';

export type UnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadCountQuery = { myNotifications: { unreadCount: number } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, role: Role, emailVerified: boolean, schoolVerified: boolean, provinces: Array<Province>, programmes: Array<Programme>, school: { id: string, name: string, city: string } | null, company: { id: string, name: string, approved: boolean } | null } | null };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { logOut: boolean };

export type FindSchoolsQueryVariables = Exact<{
  query: string;
  province?: Province | null | undefined;
}>;


export type FindSchoolsQuery = { schools: Array<{ id: string, name: string, city: string, vestigingscode: string, schoolType: string | null, levels: Array<EducationLevel> }> };

export type ChosenSchoolQueryVariables = Exact<{
  code: string;
}>;


export type ChosenSchoolQuery = { school: { id: string, name: string, city: string, vestigingscode: string, province: Province, levels: Array<EducationLevel> } | null };

export type ActivityForBookingQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityForBookingQuery = { activity: { id: string, title: string, type: ActivityType, status: ActivityStatus, levels: Array<EducationLevel>, maxParticipants: number | null, location: { id: string, city: string, company: { id: string, name: string } } } | null };

export type RequestBookingForSchoolMutationVariables = Exact<{
  input: RequestBookingInput;
}>;


export type RequestBookingForSchoolMutation = { requestBooking: { id: string, status: BookingStatus, school: { id: string, name: string }, activity: { id: string, title: string } } };

export type ActivitiesForSchoolQueryVariables = Exact<{
  input: ActivitySearchInput;
}>;


export type ActivitiesForSchoolQuery = { searchActivities: { total: number, hits: Array<{ distanceKm: number | null, activity: { id: string, title: string, type: ActivityType, levels: Array<EducationLevel>, location: { id: string, city: string, company: { id: string, name: string } } } }> } };

export type RegionBalanceQueryVariables = Exact<{
  province?: Province | null | undefined;
  schoolYear?: number | null | undefined;
}>;


export type RegionBalanceQuery = { regionalBalance: Array<{ province: Province, type: ActivityType, level: EducationLevel, demandSessions: number, supplySessions: number, shortfallSessions: number }> };

export type DemandSupplyQueryVariables = Exact<{
  province: Province;
  includeWithdrawn: boolean;
}>;


export type DemandSupplyQuery = { schoolRequests: Array<{ id: string, status: string, type: ActivityType, levels: Array<EducationLevel>, themes: Array<string>, sessions: number, sessionsRemaining: number, periodStart: string, periodEnd: string, createdAt: string, school: { id: string, name: string, city: string } }>, supplyOffers: Array<{ id: string, status: string, type: ActivityType, levels: Array<EducationLevel>, themes: Array<string>, sessions: number, sessionsRemaining: number, periodStart: string, periodEnd: string, maxTravelKm: number, location: { id: string, name: string, city: string, province: Province, company: { id: string, name: string } } }> };

export type RunMatchingMutationVariables = Exact<{
  province: Province;
}>;


export type RunMatchingMutation = { runMatching: { id: string, status: MatchRunStatus, province: Province, createdAt: string } };

export type MatchRunDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type MatchRunDetailQuery = { matchRun: { id: string, status: MatchRunStatus, province: Province, createdAt: string, finishedAt: string | null, demandSessions: number, supplySessions: number, matchedSessions: number, upperBound: number | null, error: string | null, proposals: Array<{ id: string, status: ProposalStatus, sessions: number, distanceKm: number, score: number, reasons: Array<string>, bookingId: string | null, request: { id: string, type: ActivityType, levels: Array<EducationLevel>, school: { id: string, name: string, city: string } }, supply: { id: string, location: { id: string, name: string, city: string, company: { id: string, name: string } } } }> } | null };

export type MatchRunsQueryVariables = Exact<{
  province?: Province | null | undefined;
}>;


export type MatchRunsQuery = { matchRuns: Array<{ id: string, status: MatchRunStatus, createdAt: string, demandSessions: number, matchedSessions: number, upperBound: number | null }> };

export type DecideProposalMutationVariables = Exact<{
  id: string | number;
  accept: boolean;
}>;


export type DecideProposalMutation = { decideProposal: { id: string, status: ProposalStatus, bookingId: string | null } };

export type CreateSchoolRequestForSchoolMutationVariables = Exact<{
  input: CreateSchoolRequestInput;
}>;


export type CreateSchoolRequestForSchoolMutation = { createSchoolRequest: { id: string, sessions: number, type: ActivityType, school: { id: string, name: string } } };


export const UnreadCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<UnreadCountQuery, UnreadCountQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"schoolVerified"}},{"kind":"Field","name":{"kind":"Name","value":"provinces"}},{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LogOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"}}]}}]} as unknown as DocumentNode<LogOutMutation, LogOutMutationVariables>;
export const FindSchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindSchools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"vestigingscode"}},{"kind":"Field","name":{"kind":"Name","value":"schoolType"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}}]}}]}}]} as unknown as DocumentNode<FindSchoolsQuery, FindSchoolsQueryVariables>;
export const ChosenSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChosenSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vestigingscode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"vestigingscode"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}}]}}]}}]} as unknown as DocumentNode<ChosenSchoolQuery, ChosenSchoolQueryVariables>;
export const ActivityForBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityForBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"maxParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityForBookingQuery, ActivityForBookingQueryVariables>;
export const RequestBookingForSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestBookingForSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RequestBookingForSchoolMutation, RequestBookingForSchoolMutationVariables>;
export const ActivitiesForSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivitiesForSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivitySearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivitiesForSchoolQuery, ActivitiesForSchoolQueryVariables>;
export const RegionBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Province"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"demandSessions"}},{"kind":"Field","name":{"kind":"Name","value":"supplySessions"}},{"kind":"Field","name":{"kind":"Name","value":"shortfallSessions"}}]}}]}}]} as unknown as DocumentNode<RegionBalanceQuery, RegionBalanceQueryVariables>;
export const DemandSupplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandSupply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Province"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeWithdrawn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeWithdrawn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeWithdrawn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplyOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeWithdrawn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeWithdrawn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"maxTravelKm"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemandSupplyQuery, DemandSupplyQueryVariables>;
export const RunMatchingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunMatching"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Province"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runMatching"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<RunMatchingMutation, RunMatchingMutationVariables>;
export const MatchRunDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchRunDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"demandSessions"}},{"kind":"Field","name":{"kind":"Name","value":"supplySessions"}},{"kind":"Field","name":{"kind":"Name","value":"matchedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"upperBound"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"bookingId"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatchRunDetailQuery, MatchRunDetailQueryVariables>;
export const MatchRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"demandSessions"}},{"kind":"Field","name":{"kind":"Name","value":"matchedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"upperBound"}}]}}]}}]} as unknown as DocumentNode<MatchRunsQuery, MatchRunsQueryVariables>;
export const DecideProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bookingId"}}]}}]}}]} as unknown as DocumentNode<DecideProposalMutation, DecideProposalMutationVariables>;
export const CreateSchoolRequestForSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSchoolRequestForSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSchoolRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSchoolRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSchoolRequestForSchoolMutation, CreateSchoolRequestForSchoolMutationVariables>;