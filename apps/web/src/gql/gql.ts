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
    "\n  query Coordinators {\n    coordinators {\n      id\n      name\n      email\n      provinces\n      programmes\n    }\n  }\n": typeof types.CoordinatorsDocument,
    "\n  mutation CreateCoordinator($input: CreateCoordinatorInput!) {\n    createCoordinator(input: $input) {\n      id\n      name\n      email\n      provinces\n      programmes\n    }\n  }\n": typeof types.CreateCoordinatorDocument,
    "\n  fragment SchoolImportFields on SchoolImportRun {\n    id\n    source\n    fileName\n    state\n    rowsTotal\n    rowsRead\n    rowsImported\n    rowsFailed\n    inserted\n    updated\n    unchanged\n    error\n    createdAt\n    startedAt\n    finishedAt\n    failures {\n      line\n      vestigingscode\n      message\n    }\n  }\n": typeof types.SchoolImportFieldsFragmentDoc,
    "\n  query SchoolImports($limit: Int!) {\n    schoolImports(limit: $limit) {\n      ...SchoolImportFields\n    }\n  }\n": typeof types.SchoolImportsDocument,
    "\n  mutation StartSchoolImport($source: SchoolImportSource!) {\n    startSchoolImport(source: $source) {\n      ...SchoolImportFields\n    }\n  }\n": typeof types.StartSchoolImportDocument,
    "\n  query CoordinatorCompanies($approved: Boolean, $province: Province, $query: String) {\n    companies(approved: $approved, province: $province, query: $query) {\n      id\n      name\n      approved\n      rejectionReason\n      locations {\n        id\n        name\n        city\n        province\n      }\n    }\n  }\n": typeof types.CoordinatorCompaniesDocument,
    "\n  mutation ApproveCompany($id: ID!) {\n    approveCompany(id: $id) {\n      id\n      approved\n      rejectionReason\n    }\n  }\n": typeof types.ApproveCompanyDocument,
    "\n  mutation RejectCompany($id: ID!, $reason: String!) {\n    rejectCompany(id: $id, reason: $reason) {\n      id\n      approved\n      rejectionReason\n    }\n  }\n": typeof types.RejectCompanyDocument,
    "\n  query CoordinatorReach($schoolYear: Int!, $programme: Programme, $province: Province) {\n    reachReport(schoolYear: $schoolYear, programme: $programme, province: $province) {\n      schoolYear\n      rows {\n        province\n        programme\n        schoolsReached\n        schoolsNotReached\n        repeatSchools\n        activitiesGiven\n        pupilsReached\n        companiesActive\n        averageRating\n        waitingAtYearEnd\n      }\n    }\n  }\n": typeof types.CoordinatorReachDocument,
    "\n  query UnreachedSchools($schoolYear: Int!, $province: Province!) {\n    unreachedSchools(schoolYear: $schoolYear, province: $province) {\n      nearestSupplyKm\n      school {\n        id\n        name\n        city\n        vestigingscode\n        location {\n          lat\n          lon\n        }\n      }\n    }\n  }\n": typeof types.UnreachedSchoolsDocument,
    "\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    status\n    priority\n    position\n    joinedAt\n    placedAt\n    programme\n    province\n    school {\n      id\n      name\n      city\n      vestigingscode\n    }\n    currentOffer {\n      id\n      createdAt\n      expiresAt\n      location {\n        id\n        name\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n    partner {\n      id\n      name\n      city\n      company {\n        id\n        name\n      }\n    }\n    events {\n      at\n      kind\n      actorRole\n      note\n    }\n  }\n": typeof types.WaitlistEntryFieldsFragmentDoc,
    "\n  query CoordinatorWaitlist($programme: Programme!, $province: Province, $statuses: [WaitlistStatus!]) {\n    waitlist(programme: $programme, province: $province, statuses: $statuses) {\n      ...WaitlistEntryFields\n    }\n  }\n": typeof types.CoordinatorWaitlistDocument,
    "\n  mutation PrioritizeWaitlistEntry($entryId: ID!, $priority: Int!, $reason: String!) {\n    prioritizeWaitlistEntry(entryId: $entryId, priority: $priority, reason: $reason) {\n      ...WaitlistEntryFields\n    }\n  }\n": typeof types.PrioritizeWaitlistEntryDocument,
    "\n  mutation PlaceWaitlistEntry($entryId: ID!, $locationId: ID!, $reason: String!) {\n    placeWaitlistEntry(entryId: $entryId, locationId: $locationId, reason: $reason) {\n      ...WaitlistEntryFields\n    }\n  }\n": typeof types.PlaceWaitlistEntryDocument,
    "\n  query PlacementLocations($province: Province, $query: String) {\n    companies(approved: true, province: $province, query: $query) {\n      id\n      name\n      locations {\n        id\n        name\n        city\n        province\n      }\n    }\n  }\n": typeof types.PlacementLocationsDocument,
    "\n  query LocationPartnerCapacity($locationId: ID!, $programme: Programme!) {\n    partnerCapacity(locationId: $locationId, programme: $programme) {\n      slots\n      used\n      placed\n      pending\n      partnerDistanceKm\n    }\n  }\n": typeof types.LocationPartnerCapacityDocument,
};
const documents: Documents = {
    "\n  query UnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n": types.UnreadCountDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      emailVerified\n      schoolVerified\n      provinces\n      programmes\n      school {\n        id\n        name\n        city\n      }\n      company {\n        id\n        name\n        approved\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  query Coordinators {\n    coordinators {\n      id\n      name\n      email\n      provinces\n      programmes\n    }\n  }\n": types.CoordinatorsDocument,
    "\n  mutation CreateCoordinator($input: CreateCoordinatorInput!) {\n    createCoordinator(input: $input) {\n      id\n      name\n      email\n      provinces\n      programmes\n    }\n  }\n": types.CreateCoordinatorDocument,
    "\n  fragment SchoolImportFields on SchoolImportRun {\n    id\n    source\n    fileName\n    state\n    rowsTotal\n    rowsRead\n    rowsImported\n    rowsFailed\n    inserted\n    updated\n    unchanged\n    error\n    createdAt\n    startedAt\n    finishedAt\n    failures {\n      line\n      vestigingscode\n      message\n    }\n  }\n": types.SchoolImportFieldsFragmentDoc,
    "\n  query SchoolImports($limit: Int!) {\n    schoolImports(limit: $limit) {\n      ...SchoolImportFields\n    }\n  }\n": types.SchoolImportsDocument,
    "\n  mutation StartSchoolImport($source: SchoolImportSource!) {\n    startSchoolImport(source: $source) {\n      ...SchoolImportFields\n    }\n  }\n": types.StartSchoolImportDocument,
    "\n  query CoordinatorCompanies($approved: Boolean, $province: Province, $query: String) {\n    companies(approved: $approved, province: $province, query: $query) {\n      id\n      name\n      approved\n      rejectionReason\n      locations {\n        id\n        name\n        city\n        province\n      }\n    }\n  }\n": types.CoordinatorCompaniesDocument,
    "\n  mutation ApproveCompany($id: ID!) {\n    approveCompany(id: $id) {\n      id\n      approved\n      rejectionReason\n    }\n  }\n": types.ApproveCompanyDocument,
    "\n  mutation RejectCompany($id: ID!, $reason: String!) {\n    rejectCompany(id: $id, reason: $reason) {\n      id\n      approved\n      rejectionReason\n    }\n  }\n": types.RejectCompanyDocument,
    "\n  query CoordinatorReach($schoolYear: Int!, $programme: Programme, $province: Province) {\n    reachReport(schoolYear: $schoolYear, programme: $programme, province: $province) {\n      schoolYear\n      rows {\n        province\n        programme\n        schoolsReached\n        schoolsNotReached\n        repeatSchools\n        activitiesGiven\n        pupilsReached\n        companiesActive\n        averageRating\n        waitingAtYearEnd\n      }\n    }\n  }\n": types.CoordinatorReachDocument,
    "\n  query UnreachedSchools($schoolYear: Int!, $province: Province!) {\n    unreachedSchools(schoolYear: $schoolYear, province: $province) {\n      nearestSupplyKm\n      school {\n        id\n        name\n        city\n        vestigingscode\n        location {\n          lat\n          lon\n        }\n      }\n    }\n  }\n": types.UnreachedSchoolsDocument,
    "\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    status\n    priority\n    position\n    joinedAt\n    placedAt\n    programme\n    province\n    school {\n      id\n      name\n      city\n      vestigingscode\n    }\n    currentOffer {\n      id\n      createdAt\n      expiresAt\n      location {\n        id\n        name\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n    partner {\n      id\n      name\n      city\n      company {\n        id\n        name\n      }\n    }\n    events {\n      at\n      kind\n      actorRole\n      note\n    }\n  }\n": types.WaitlistEntryFieldsFragmentDoc,
    "\n  query CoordinatorWaitlist($programme: Programme!, $province: Province, $statuses: [WaitlistStatus!]) {\n    waitlist(programme: $programme, province: $province, statuses: $statuses) {\n      ...WaitlistEntryFields\n    }\n  }\n": types.CoordinatorWaitlistDocument,
    "\n  mutation PrioritizeWaitlistEntry($entryId: ID!, $priority: Int!, $reason: String!) {\n    prioritizeWaitlistEntry(entryId: $entryId, priority: $priority, reason: $reason) {\n      ...WaitlistEntryFields\n    }\n  }\n": types.PrioritizeWaitlistEntryDocument,
    "\n  mutation PlaceWaitlistEntry($entryId: ID!, $locationId: ID!, $reason: String!) {\n    placeWaitlistEntry(entryId: $entryId, locationId: $locationId, reason: $reason) {\n      ...WaitlistEntryFields\n    }\n  }\n": types.PlaceWaitlistEntryDocument,
    "\n  query PlacementLocations($province: Province, $query: String) {\n    companies(approved: true, province: $province, query: $query) {\n      id\n      name\n      locations {\n        id\n        name\n        city\n        province\n      }\n    }\n  }\n": types.PlacementLocationsDocument,
    "\n  query LocationPartnerCapacity($locationId: ID!, $programme: Programme!) {\n    partnerCapacity(locationId: $locationId, programme: $programme) {\n      slots\n      used\n      placed\n      pending\n      partnerDistanceKm\n    }\n  }\n": types.LocationPartnerCapacityDocument,
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
export function graphql(source: "\n  query Coordinators {\n    coordinators {\n      id\n      name\n      email\n      provinces\n      programmes\n    }\n  }\n"): (typeof documents)["\n  query Coordinators {\n    coordinators {\n      id\n      name\n      email\n      provinces\n      programmes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCoordinator($input: CreateCoordinatorInput!) {\n    createCoordinator(input: $input) {\n      id\n      name\n      email\n      provinces\n      programmes\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCoordinator($input: CreateCoordinatorInput!) {\n    createCoordinator(input: $input) {\n      id\n      name\n      email\n      provinces\n      programmes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchoolImportFields on SchoolImportRun {\n    id\n    source\n    fileName\n    state\n    rowsTotal\n    rowsRead\n    rowsImported\n    rowsFailed\n    inserted\n    updated\n    unchanged\n    error\n    createdAt\n    startedAt\n    finishedAt\n    failures {\n      line\n      vestigingscode\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment SchoolImportFields on SchoolImportRun {\n    id\n    source\n    fileName\n    state\n    rowsTotal\n    rowsRead\n    rowsImported\n    rowsFailed\n    inserted\n    updated\n    unchanged\n    error\n    createdAt\n    startedAt\n    finishedAt\n    failures {\n      line\n      vestigingscode\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolImports($limit: Int!) {\n    schoolImports(limit: $limit) {\n      ...SchoolImportFields\n    }\n  }\n"): (typeof documents)["\n  query SchoolImports($limit: Int!) {\n    schoolImports(limit: $limit) {\n      ...SchoolImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSchoolImport($source: SchoolImportSource!) {\n    startSchoolImport(source: $source) {\n      ...SchoolImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartSchoolImport($source: SchoolImportSource!) {\n    startSchoolImport(source: $source) {\n      ...SchoolImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorCompanies($approved: Boolean, $province: Province, $query: String) {\n    companies(approved: $approved, province: $province, query: $query) {\n      id\n      name\n      approved\n      rejectionReason\n      locations {\n        id\n        name\n        city\n        province\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorCompanies($approved: Boolean, $province: Province, $query: String) {\n    companies(approved: $approved, province: $province, query: $query) {\n      id\n      name\n      approved\n      rejectionReason\n      locations {\n        id\n        name\n        city\n        province\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveCompany($id: ID!) {\n    approveCompany(id: $id) {\n      id\n      approved\n      rejectionReason\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveCompany($id: ID!) {\n    approveCompany(id: $id) {\n      id\n      approved\n      rejectionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectCompany($id: ID!, $reason: String!) {\n    rejectCompany(id: $id, reason: $reason) {\n      id\n      approved\n      rejectionReason\n    }\n  }\n"): (typeof documents)["\n  mutation RejectCompany($id: ID!, $reason: String!) {\n    rejectCompany(id: $id, reason: $reason) {\n      id\n      approved\n      rejectionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorReach($schoolYear: Int!, $programme: Programme, $province: Province) {\n    reachReport(schoolYear: $schoolYear, programme: $programme, province: $province) {\n      schoolYear\n      rows {\n        province\n        programme\n        schoolsReached\n        schoolsNotReached\n        repeatSchools\n        activitiesGiven\n        pupilsReached\n        companiesActive\n        averageRating\n        waitingAtYearEnd\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorReach($schoolYear: Int!, $programme: Programme, $province: Province) {\n    reachReport(schoolYear: $schoolYear, programme: $programme, province: $province) {\n      schoolYear\n      rows {\n        province\n        programme\n        schoolsReached\n        schoolsNotReached\n        repeatSchools\n        activitiesGiven\n        pupilsReached\n        companiesActive\n        averageRating\n        waitingAtYearEnd\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreachedSchools($schoolYear: Int!, $province: Province!) {\n    unreachedSchools(schoolYear: $schoolYear, province: $province) {\n      nearestSupplyKm\n      school {\n        id\n        name\n        city\n        vestigingscode\n        location {\n          lat\n          lon\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnreachedSchools($schoolYear: Int!, $province: Province!) {\n    unreachedSchools(schoolYear: $schoolYear, province: $province) {\n      nearestSupplyKm\n      school {\n        id\n        name\n        city\n        vestigingscode\n        location {\n          lat\n          lon\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    status\n    priority\n    position\n    joinedAt\n    placedAt\n    programme\n    province\n    school {\n      id\n      name\n      city\n      vestigingscode\n    }\n    currentOffer {\n      id\n      createdAt\n      expiresAt\n      location {\n        id\n        name\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n    partner {\n      id\n      name\n      city\n      company {\n        id\n        name\n      }\n    }\n    events {\n      at\n      kind\n      actorRole\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    status\n    priority\n    position\n    joinedAt\n    placedAt\n    programme\n    province\n    school {\n      id\n      name\n      city\n      vestigingscode\n    }\n    currentOffer {\n      id\n      createdAt\n      expiresAt\n      location {\n        id\n        name\n        city\n        company {\n          id\n          name\n        }\n      }\n    }\n    partner {\n      id\n      name\n      city\n      company {\n        id\n        name\n      }\n    }\n    events {\n      at\n      kind\n      actorRole\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorWaitlist($programme: Programme!, $province: Province, $statuses: [WaitlistStatus!]) {\n    waitlist(programme: $programme, province: $province, statuses: $statuses) {\n      ...WaitlistEntryFields\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorWaitlist($programme: Programme!, $province: Province, $statuses: [WaitlistStatus!]) {\n    waitlist(programme: $programme, province: $province, statuses: $statuses) {\n      ...WaitlistEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrioritizeWaitlistEntry($entryId: ID!, $priority: Int!, $reason: String!) {\n    prioritizeWaitlistEntry(entryId: $entryId, priority: $priority, reason: $reason) {\n      ...WaitlistEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation PrioritizeWaitlistEntry($entryId: ID!, $priority: Int!, $reason: String!) {\n    prioritizeWaitlistEntry(entryId: $entryId, priority: $priority, reason: $reason) {\n      ...WaitlistEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceWaitlistEntry($entryId: ID!, $locationId: ID!, $reason: String!) {\n    placeWaitlistEntry(entryId: $entryId, locationId: $locationId, reason: $reason) {\n      ...WaitlistEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceWaitlistEntry($entryId: ID!, $locationId: ID!, $reason: String!) {\n    placeWaitlistEntry(entryId: $entryId, locationId: $locationId, reason: $reason) {\n      ...WaitlistEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementLocations($province: Province, $query: String) {\n    companies(approved: true, province: $province, query: $query) {\n      id\n      name\n      locations {\n        id\n        name\n        city\n        province\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlacementLocations($province: Province, $query: String) {\n    companies(approved: true, province: $province, query: $query) {\n      id\n      name\n      locations {\n        id\n        name\n        city\n        province\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocationPartnerCapacity($locationId: ID!, $programme: Programme!) {\n    partnerCapacity(locationId: $locationId, programme: $programme) {\n      slots\n      used\n      placed\n      pending\n      partnerDistanceKm\n    }\n  }\n"): (typeof documents)["\n  query LocationPartnerCapacity($locationId: ID!, $programme: Programme!) {\n    partnerCapacity(locationId: $locationId, programme: $programme) {\n      slots\n      used\n      placed\n      pending\n      partnerDistanceKm\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;