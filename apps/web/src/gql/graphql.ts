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

export type ActivityPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityPageQuery = { activity: { id: string, title: string, description: string, status: ActivityStatus, type: ActivityType, levels: Array<EducationLevel>, targetGroups: Array<TargetGroup>, themes: Array<string>, programme: Programme, delivery: Delivery, provinces: Array<Province>, costEuros: number, durationMinutes: number | null, maxParticipants: number | null, startsAt: string | null, endsAt: string | null, averageRating: number | null, reviewCount: number, location: { id: string, name: string, city: string, postcode: string, location: { lat: number, lon: number }, company: { id: string, name: string } }, reviews: Array<{ id: string, rating: number, comment: string | null, createdAt: string, schoolCity: string, level: EducationLevel }> } | null };

export type SearchActivitiesQueryVariables = Exact<{
  input: ActivitySearchInput;
}>;


export type SearchActivitiesQuery = { searchActivities: { total: number, page: number, pageSize: number, hits: Array<{ distanceKm: number | null, highlight: string | null, activity: { id: string, title: string, description: string, type: ActivityType, levels: Array<EducationLevel>, delivery: Delivery, costEuros: number, startsAt: string | null, averageRating: number | null, reviewCount: number, location: { id: string, city: string, location: { lat: number, lon: number }, company: { id: string, name: string } } } }>, facets: Array<{ field: string, values: Array<{ value: string, count: number }> }> } };

export type SearchTotalQueryVariables = Exact<{
  input: ActivitySearchInput;
}>;


export type SearchTotalQuery = { searchActivities: { total: number } };

export type PublicMySchoolQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicMySchoolQuery = { me: { id: string, school: { id: string, name: string, vestigingscode: string, location: { lat: number, lon: number } } | null } | null };


export const UnreadCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<UnreadCountQuery, UnreadCountQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"schoolVerified"}},{"kind":"Field","name":{"kind":"Name","value":"provinces"}},{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LogOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"}}]}}]} as unknown as DocumentNode<LogOutMutation, LogOutMutationVariables>;
export const ActivityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"provinces"}},{"kind":"Field","name":{"kind":"Name","value":"costEuros"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"schoolCity"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityPageQuery, ActivityPageQueryVariables>;
export const SearchActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivitySearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"highlight"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"costEuros"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchActivitiesQuery, SearchActivitiesQueryVariables>;
export const SearchTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivitySearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<SearchTotalQuery, SearchTotalQueryVariables>;
export const PublicMySchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicMySchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vestigingscode"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicMySchoolQuery, PublicMySchoolQueryVariables>;