/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query UnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n": typeof types.UnreadCountDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      emailVerified\n      schoolVerified\n      provinces\n      programmes\n      school {\n        id\n        name\n        city\n      }\n      company {\n        id\n        name\n        approved\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  query FindSchools($query: String!, $province: Province) {\n    schools(query: $query, province: $province, first: 10) {\n      id\n      name\n      city\n      vestigingscode\n      schoolType\n      levels\n    }\n  }\n": typeof types.FindSchoolsDocument,
    "\n  query ChosenSchool($code: String!) {\n    school(vestigingscode: $code) {\n      id\n      name\n      city\n      vestigingscode\n      province\n      levels\n    }\n  }\n": typeof types.ChosenSchoolDocument,
    "\n  query ActivityForBooking($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      type\n      status\n      levels\n      maxParticipants\n      location {\n        id\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ActivityForBookingDocument,
    "\n  mutation RequestBookingForSchool($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      status\n      school {\n        id\n        name\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n": typeof types.RequestBookingForSchoolDocument,
    "\n  query ActivitiesForSchool($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      hits {\n        distanceKm\n        activity {\n          id\n          title\n          type\n          levels\n          location {\n            id\n            city\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActivitiesForSchoolDocument,
    "\n  query RegionBalance($province: Province, $schoolYear: Int) {\n    regionalBalance(province: $province, schoolYear: $schoolYear) {\n      province\n      type\n      level\n      demandSessions\n      supplySessions\n      shortfallSessions\n    }\n  }\n": typeof types.RegionBalanceDocument,
    "\n  query DemandSupply($province: Province!, $includeWithdrawn: Boolean!) {\n    schoolRequests(province: $province, includeWithdrawn: $includeWithdrawn) {\n      id\n      status\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      periodStart\n      periodEnd\n      createdAt\n      school {\n        id\n        name\n        city\n      }\n    }\n    supplyOffers(province: $province, includeWithdrawn: $includeWithdrawn) {\n      id\n      status\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      periodStart\n      periodEnd\n      maxTravelKm\n      location {\n        id\n        name\n        city\n        province\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DemandSupplyDocument,
    "\n  mutation RunMatching($province: Province!) {\n    runMatching(province: $province) {\n      id\n      status\n      province\n      createdAt\n    }\n  }\n": typeof types.RunMatchingDocument,
    "\n  query MatchRunDetail($id: ID!) {\n    matchRun(id: $id) {\n      id\n      status\n      province\n      createdAt\n      finishedAt\n      demandSessions\n      supplySessions\n      matchedSessions\n      upperBound\n      error\n      proposals {\n        id\n        status\n        sessions\n        distanceKm\n        score\n        reasons\n        bookingId\n        request {\n          id\n          type\n          levels\n          school {\n            id\n            name\n            city\n          }\n        }\n        supply {\n          id\n          location {\n            id\n            name\n            city\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MatchRunDetailDocument,
    "\n  query MatchRuns($province: Province) {\n    matchRuns(province: $province, limit: 20) {\n      id\n      status\n      createdAt\n      demandSessions\n      matchedSessions\n      upperBound\n    }\n  }\n": typeof types.MatchRunsDocument,
    "\n  mutation DecideProposal($id: ID!, $accept: Boolean!) {\n    decideProposal(id: $id, accept: $accept) {\n      id\n      status\n      bookingId\n    }\n  }\n": typeof types.DecideProposalDocument,
    "\n  mutation CreateSchoolRequestForSchool($input: CreateSchoolRequestInput!) {\n    createSchoolRequest(input: $input) {\n      id\n      sessions\n      type\n      school {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateSchoolRequestForSchoolDocument,
};
const documents: Documents = {
    "\n  query UnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n": types.UnreadCountDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      emailVerified\n      schoolVerified\n      provinces\n      programmes\n      school {\n        id\n        name\n        city\n      }\n      company {\n        id\n        name\n        approved\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  query FindSchools($query: String!, $province: Province) {\n    schools(query: $query, province: $province, first: 10) {\n      id\n      name\n      city\n      vestigingscode\n      schoolType\n      levels\n    }\n  }\n": types.FindSchoolsDocument,
    "\n  query ChosenSchool($code: String!) {\n    school(vestigingscode: $code) {\n      id\n      name\n      city\n      vestigingscode\n      province\n      levels\n    }\n  }\n": types.ChosenSchoolDocument,
    "\n  query ActivityForBooking($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      type\n      status\n      levels\n      maxParticipants\n      location {\n        id\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ActivityForBookingDocument,
    "\n  mutation RequestBookingForSchool($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      status\n      school {\n        id\n        name\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n": types.RequestBookingForSchoolDocument,
    "\n  query ActivitiesForSchool($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      hits {\n        distanceKm\n        activity {\n          id\n          title\n          type\n          levels\n          location {\n            id\n            city\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ActivitiesForSchoolDocument,
    "\n  query RegionBalance($province: Province, $schoolYear: Int) {\n    regionalBalance(province: $province, schoolYear: $schoolYear) {\n      province\n      type\n      level\n      demandSessions\n      supplySessions\n      shortfallSessions\n    }\n  }\n": types.RegionBalanceDocument,
    "\n  query DemandSupply($province: Province!, $includeWithdrawn: Boolean!) {\n    schoolRequests(province: $province, includeWithdrawn: $includeWithdrawn) {\n      id\n      status\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      periodStart\n      periodEnd\n      createdAt\n      school {\n        id\n        name\n        city\n      }\n    }\n    supplyOffers(province: $province, includeWithdrawn: $includeWithdrawn) {\n      id\n      status\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      periodStart\n      periodEnd\n      maxTravelKm\n      location {\n        id\n        name\n        city\n        province\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DemandSupplyDocument,
    "\n  mutation RunMatching($province: Province!) {\n    runMatching(province: $province) {\n      id\n      status\n      province\n      createdAt\n    }\n  }\n": types.RunMatchingDocument,
    "\n  query MatchRunDetail($id: ID!) {\n    matchRun(id: $id) {\n      id\n      status\n      province\n      createdAt\n      finishedAt\n      demandSessions\n      supplySessions\n      matchedSessions\n      upperBound\n      error\n      proposals {\n        id\n        status\n        sessions\n        distanceKm\n        score\n        reasons\n        bookingId\n        request {\n          id\n          type\n          levels\n          school {\n            id\n            name\n            city\n          }\n        }\n        supply {\n          id\n          location {\n            id\n            name\n            city\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MatchRunDetailDocument,
    "\n  query MatchRuns($province: Province) {\n    matchRuns(province: $province, limit: 20) {\n      id\n      status\n      createdAt\n      demandSessions\n      matchedSessions\n      upperBound\n    }\n  }\n": types.MatchRunsDocument,
    "\n  mutation DecideProposal($id: ID!, $accept: Boolean!) {\n    decideProposal(id: $id, accept: $accept) {\n      id\n      status\n      bookingId\n    }\n  }\n": types.DecideProposalDocument,
    "\n  mutation CreateSchoolRequestForSchool($input: CreateSchoolRequestInput!) {\n    createSchoolRequest(input: $input) {\n      id\n      sessions\n      type\n      school {\n        id\n        name\n      }\n    }\n  }\n": types.CreateSchoolRequestForSchoolDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query UnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      emailVerified\n      schoolVerified\n      provinces\n      programmes\n      school {\n        id\n        name\n        city\n      }\n      company {\n        id\n        name\n        approved\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      emailVerified\n      schoolVerified\n      provinces\n      programmes\n      school {\n        id\n        name\n        city\n      }\n      company {\n        id\n        name\n        approved\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindSchools($query: String!, $province: Province) {\n    schools(query: $query, province: $province, first: 10) {\n      id\n      name\n      city\n      vestigingscode\n      schoolType\n      levels\n    }\n  }\n"): (typeof documents)["\n  query FindSchools($query: String!, $province: Province) {\n    schools(query: $query, province: $province, first: 10) {\n      id\n      name\n      city\n      vestigingscode\n      schoolType\n      levels\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChosenSchool($code: String!) {\n    school(vestigingscode: $code) {\n      id\n      name\n      city\n      vestigingscode\n      province\n      levels\n    }\n  }\n"): (typeof documents)["\n  query ChosenSchool($code: String!) {\n    school(vestigingscode: $code) {\n      id\n      name\n      city\n      vestigingscode\n      province\n      levels\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityForBooking($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      type\n      status\n      levels\n      maxParticipants\n      location {\n        id\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityForBooking($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      type\n      status\n      levels\n      maxParticipants\n      location {\n        id\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestBookingForSchool($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      status\n      school {\n        id\n        name\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestBookingForSchool($input: RequestBookingInput!) {\n    requestBooking(input: $input) {\n      id\n      status\n      school {\n        id\n        name\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitiesForSchool($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      hits {\n        distanceKm\n        activity {\n          id\n          title\n          type\n          levels\n          location {\n            id\n            city\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivitiesForSchool($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      hits {\n        distanceKm\n        activity {\n          id\n          title\n          type\n          levels\n          location {\n            id\n            city\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionBalance($province: Province, $schoolYear: Int) {\n    regionalBalance(province: $province, schoolYear: $schoolYear) {\n      province\n      type\n      level\n      demandSessions\n      supplySessions\n      shortfallSessions\n    }\n  }\n"): (typeof documents)["\n  query RegionBalance($province: Province, $schoolYear: Int) {\n    regionalBalance(province: $province, schoolYear: $schoolYear) {\n      province\n      type\n      level\n      demandSessions\n      supplySessions\n      shortfallSessions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemandSupply($province: Province!, $includeWithdrawn: Boolean!) {\n    schoolRequests(province: $province, includeWithdrawn: $includeWithdrawn) {\n      id\n      status\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      periodStart\n      periodEnd\n      createdAt\n      school {\n        id\n        name\n        city\n      }\n    }\n    supplyOffers(province: $province, includeWithdrawn: $includeWithdrawn) {\n      id\n      status\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      periodStart\n      periodEnd\n      maxTravelKm\n      location {\n        id\n        name\n        city\n        province\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemandSupply($province: Province!, $includeWithdrawn: Boolean!) {\n    schoolRequests(province: $province, includeWithdrawn: $includeWithdrawn) {\n      id\n      status\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      periodStart\n      periodEnd\n      createdAt\n      school {\n        id\n        name\n        city\n      }\n    }\n    supplyOffers(province: $province, includeWithdrawn: $includeWithdrawn) {\n      id\n      status\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      periodStart\n      periodEnd\n      maxTravelKm\n      location {\n        id\n        name\n        city\n        province\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunMatching($province: Province!) {\n    runMatching(province: $province) {\n      id\n      status\n      province\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation RunMatching($province: Province!) {\n    runMatching(province: $province) {\n      id\n      status\n      province\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchRunDetail($id: ID!) {\n    matchRun(id: $id) {\n      id\n      status\n      province\n      createdAt\n      finishedAt\n      demandSessions\n      supplySessions\n      matchedSessions\n      upperBound\n      error\n      proposals {\n        id\n        status\n        sessions\n        distanceKm\n        score\n        reasons\n        bookingId\n        request {\n          id\n          type\n          levels\n          school {\n            id\n            name\n            city\n          }\n        }\n        supply {\n          id\n          location {\n            id\n            name\n            city\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchRunDetail($id: ID!) {\n    matchRun(id: $id) {\n      id\n      status\n      province\n      createdAt\n      finishedAt\n      demandSessions\n      supplySessions\n      matchedSessions\n      upperBound\n      error\n      proposals {\n        id\n        status\n        sessions\n        distanceKm\n        score\n        reasons\n        bookingId\n        request {\n          id\n          type\n          levels\n          school {\n            id\n            name\n            city\n          }\n        }\n        supply {\n          id\n          location {\n            id\n            name\n            city\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchRuns($province: Province) {\n    matchRuns(province: $province, limit: 20) {\n      id\n      status\n      createdAt\n      demandSessions\n      matchedSessions\n      upperBound\n    }\n  }\n"): (typeof documents)["\n  query MatchRuns($province: Province) {\n    matchRuns(province: $province, limit: 20) {\n      id\n      status\n      createdAt\n      demandSessions\n      matchedSessions\n      upperBound\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideProposal($id: ID!, $accept: Boolean!) {\n    decideProposal(id: $id, accept: $accept) {\n      id\n      status\n      bookingId\n    }\n  }\n"): (typeof documents)["\n  mutation DecideProposal($id: ID!, $accept: Boolean!) {\n    decideProposal(id: $id, accept: $accept) {\n      id\n      status\n      bookingId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSchoolRequestForSchool($input: CreateSchoolRequestInput!) {\n    createSchoolRequest(input: $input) {\n      id\n      sessions\n      type\n      school {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSchoolRequestForSchool($input: CreateSchoolRequestInput!) {\n    createSchoolRequest(input: $input) {\n      id\n      sessions\n      type\n      school {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;