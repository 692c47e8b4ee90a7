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
    "\n  fragment CompanyActivity on Activity {\n    id\n    title\n    description\n    type\n    programme\n    levels\n    targetGroups\n    themes\n    delivery\n    provinces\n    maxTravelKm\n    durationMinutes\n    maxParticipants\n    costEuros\n    startsAt\n    endsAt\n    status\n    averageRating\n    reviewCount\n    location {\n      id\n      name\n      city\n      company {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CompanyActivityFragmentDoc,
    "\n  query MyActivities {\n    myActivities {\n      ...CompanyActivity\n    }\n  }\n": typeof types.MyActivitiesDocument,
    "\n  query OwnActivity($id: ID!) {\n    activity(id: $id) {\n      ...CompanyActivity\n    }\n  }\n": typeof types.OwnActivityDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...CompanyActivity\n    }\n  }\n": typeof types.CreateActivityDocument,
    "\n  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...CompanyActivity\n    }\n  }\n": typeof types.UpdateActivityDocument,
    "\n  mutation PublishActivity($id: ID!) {\n    publishActivity(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PublishActivityDocument,
    "\n  mutation ArchiveActivity($id: ID!) {\n    archiveActivity(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ArchiveActivityDocument,
    "\n  query OwnCompany {\n    me {\n      id\n      emailVerified\n      company {\n        id\n        name\n        approved\n        rejectionReason\n        locations {\n          id\n          name\n          postcode\n          city\n          province\n        }\n      }\n    }\n  }\n": typeof types.OwnCompanyDocument,
    "\n  mutation RespondToBooking($id: ID!, $accept: Boolean!, $message: String) {\n    respondToBooking(id: $id, accept: $accept, message: $message) {\n      id\n      status\n      responseMessage\n      updatedAt\n    }\n  }\n": typeof types.RespondToBookingDocument,
    "\n  query CompanyBookings {\n    myBookings {\n      id\n      status\n      createdAt\n      updatedAt\n      groupSize\n      level\n      sessions\n      fromMatching\n      message\n      preferredDate\n      responseMessage\n      cancelReason\n      cancelledByRole\n      activity {\n        id\n        title\n        startsAt\n      }\n      school {\n        id\n        name\n        city\n      }\n    }\n  }\n": typeof types.CompanyBookingsDocument,
    "\n  mutation AddCompanyLocation($input: CompanyLocationInput!) {\n    addCompanyLocation(input: $input) {\n      id\n      name\n      city\n      postcode\n      province\n    }\n  }\n": typeof types.AddCompanyLocationDocument,
    "\n  mutation UpdateCompany($name: String!) {\n    updateCompany(name: $name) {\n      id\n      name\n      approved\n      rejectionReason\n    }\n  }\n": typeof types.UpdateCompanyDocument,
    "\n  query PartnerCapacity($locationId: ID!, $programme: Programme!) {\n    partnerCapacity(locationId: $locationId, programme: $programme) {\n      slots\n      partnerDistanceKm\n      placed\n      pending\n      used\n    }\n  }\n": typeof types.PartnerCapacityDocument,
    "\n  mutation SetPartnerCapacity(\n    $locationId: ID!\n    $programme: Programme!\n    $slots: Int!\n    $partnerDistanceKm: Float\n  ) {\n    setPartnerCapacity(\n      locationId: $locationId\n      programme: $programme\n      slots: $slots\n      partnerDistanceKm: $partnerDistanceKm\n    ) {\n      slots\n      partnerDistanceKm\n      placed\n      pending\n      used\n    }\n  }\n": typeof types.SetPartnerCapacityDocument,
    "\n  query MySupplyOffers {\n    mySupplyOffers {\n      id\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      maxTravelKm\n      periodStart\n      periodEnd\n      status\n      reachProvinces\n      createdAt\n      location {\n        id\n        name\n        city\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n": typeof types.MySupplyOffersDocument,
    "\n  mutation CreateSupplyOffer($input: CreateSupplyOfferInput!) {\n    createSupplyOffer(input: $input) {\n      id\n      reachProvinces\n    }\n  }\n": typeof types.CreateSupplyOfferDocument,
    "\n  mutation UpdateSupplyOffer($id: ID!, $input: UpdateSupplyOfferInput!) {\n    updateSupplyOffer(id: $id, input: $input) {\n      id\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      maxTravelKm\n      periodStart\n      periodEnd\n      reachProvinces\n      activity {\n        id\n        title\n      }\n    }\n  }\n": typeof types.UpdateSupplyOfferDocument,
    "\n  mutation WithdrawSupplyOffer($id: ID!) {\n    withdrawSupplyOffer(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawSupplyOfferDocument,
};
const documents: Documents = {
    "\n  query UnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n": types.UnreadCountDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      emailVerified\n      schoolVerified\n      provinces\n      programmes\n      school {\n        id\n        name\n        city\n      }\n      company {\n        id\n        name\n        approved\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  fragment CompanyActivity on Activity {\n    id\n    title\n    description\n    type\n    programme\n    levels\n    targetGroups\n    themes\n    delivery\n    provinces\n    maxTravelKm\n    durationMinutes\n    maxParticipants\n    costEuros\n    startsAt\n    endsAt\n    status\n    averageRating\n    reviewCount\n    location {\n      id\n      name\n      city\n      company {\n        id\n        name\n      }\n    }\n  }\n": types.CompanyActivityFragmentDoc,
    "\n  query MyActivities {\n    myActivities {\n      ...CompanyActivity\n    }\n  }\n": types.MyActivitiesDocument,
    "\n  query OwnActivity($id: ID!) {\n    activity(id: $id) {\n      ...CompanyActivity\n    }\n  }\n": types.OwnActivityDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...CompanyActivity\n    }\n  }\n": types.CreateActivityDocument,
    "\n  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...CompanyActivity\n    }\n  }\n": types.UpdateActivityDocument,
    "\n  mutation PublishActivity($id: ID!) {\n    publishActivity(id: $id) {\n      id\n      status\n    }\n  }\n": types.PublishActivityDocument,
    "\n  mutation ArchiveActivity($id: ID!) {\n    archiveActivity(id: $id) {\n      id\n      status\n    }\n  }\n": types.ArchiveActivityDocument,
    "\n  query OwnCompany {\n    me {\n      id\n      emailVerified\n      company {\n        id\n        name\n        approved\n        rejectionReason\n        locations {\n          id\n          name\n          postcode\n          city\n          province\n        }\n      }\n    }\n  }\n": types.OwnCompanyDocument,
    "\n  mutation RespondToBooking($id: ID!, $accept: Boolean!, $message: String) {\n    respondToBooking(id: $id, accept: $accept, message: $message) {\n      id\n      status\n      responseMessage\n      updatedAt\n    }\n  }\n": types.RespondToBookingDocument,
    "\n  query CompanyBookings {\n    myBookings {\n      id\n      status\n      createdAt\n      updatedAt\n      groupSize\n      level\n      sessions\n      fromMatching\n      message\n      preferredDate\n      responseMessage\n      cancelReason\n      cancelledByRole\n      activity {\n        id\n        title\n        startsAt\n      }\n      school {\n        id\n        name\n        city\n      }\n    }\n  }\n": types.CompanyBookingsDocument,
    "\n  mutation AddCompanyLocation($input: CompanyLocationInput!) {\n    addCompanyLocation(input: $input) {\n      id\n      name\n      city\n      postcode\n      province\n    }\n  }\n": types.AddCompanyLocationDocument,
    "\n  mutation UpdateCompany($name: String!) {\n    updateCompany(name: $name) {\n      id\n      name\n      approved\n      rejectionReason\n    }\n  }\n": types.UpdateCompanyDocument,
    "\n  query PartnerCapacity($locationId: ID!, $programme: Programme!) {\n    partnerCapacity(locationId: $locationId, programme: $programme) {\n      slots\n      partnerDistanceKm\n      placed\n      pending\n      used\n    }\n  }\n": types.PartnerCapacityDocument,
    "\n  mutation SetPartnerCapacity(\n    $locationId: ID!\n    $programme: Programme!\n    $slots: Int!\n    $partnerDistanceKm: Float\n  ) {\n    setPartnerCapacity(\n      locationId: $locationId\n      programme: $programme\n      slots: $slots\n      partnerDistanceKm: $partnerDistanceKm\n    ) {\n      slots\n      partnerDistanceKm\n      placed\n      pending\n      used\n    }\n  }\n": types.SetPartnerCapacityDocument,
    "\n  query MySupplyOffers {\n    mySupplyOffers {\n      id\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      maxTravelKm\n      periodStart\n      periodEnd\n      status\n      reachProvinces\n      createdAt\n      location {\n        id\n        name\n        city\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n": types.MySupplyOffersDocument,
    "\n  mutation CreateSupplyOffer($input: CreateSupplyOfferInput!) {\n    createSupplyOffer(input: $input) {\n      id\n      reachProvinces\n    }\n  }\n": types.CreateSupplyOfferDocument,
    "\n  mutation UpdateSupplyOffer($id: ID!, $input: UpdateSupplyOfferInput!) {\n    updateSupplyOffer(id: $id, input: $input) {\n      id\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      maxTravelKm\n      periodStart\n      periodEnd\n      reachProvinces\n      activity {\n        id\n        title\n      }\n    }\n  }\n": types.UpdateSupplyOfferDocument,
    "\n  mutation WithdrawSupplyOffer($id: ID!) {\n    withdrawSupplyOffer(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawSupplyOfferDocument,
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
export function graphql(source: "\n  fragment CompanyActivity on Activity {\n    id\n    title\n    description\n    type\n    programme\n    levels\n    targetGroups\n    themes\n    delivery\n    provinces\n    maxTravelKm\n    durationMinutes\n    maxParticipants\n    costEuros\n    startsAt\n    endsAt\n    status\n    averageRating\n    reviewCount\n    location {\n      id\n      name\n      city\n      company {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CompanyActivity on Activity {\n    id\n    title\n    description\n    type\n    programme\n    levels\n    targetGroups\n    themes\n    delivery\n    provinces\n    maxTravelKm\n    durationMinutes\n    maxParticipants\n    costEuros\n    startsAt\n    endsAt\n    status\n    averageRating\n    reviewCount\n    location {\n      id\n      name\n      city\n      company {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActivities {\n    myActivities {\n      ...CompanyActivity\n    }\n  }\n"): (typeof documents)["\n  query MyActivities {\n    myActivities {\n      ...CompanyActivity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnActivity($id: ID!) {\n    activity(id: $id) {\n      ...CompanyActivity\n    }\n  }\n"): (typeof documents)["\n  query OwnActivity($id: ID!) {\n    activity(id: $id) {\n      ...CompanyActivity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...CompanyActivity\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...CompanyActivity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...CompanyActivity\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...CompanyActivity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishActivity($id: ID!) {\n    publishActivity(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PublishActivity($id: ID!) {\n    publishActivity(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveActivity($id: ID!) {\n    archiveActivity(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveActivity($id: ID!) {\n    archiveActivity(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnCompany {\n    me {\n      id\n      emailVerified\n      company {\n        id\n        name\n        approved\n        rejectionReason\n        locations {\n          id\n          name\n          postcode\n          city\n          province\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnCompany {\n    me {\n      id\n      emailVerified\n      company {\n        id\n        name\n        approved\n        rejectionReason\n        locations {\n          id\n          name\n          postcode\n          city\n          province\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToBooking($id: ID!, $accept: Boolean!, $message: String) {\n    respondToBooking(id: $id, accept: $accept, message: $message) {\n      id\n      status\n      responseMessage\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToBooking($id: ID!, $accept: Boolean!, $message: String) {\n    respondToBooking(id: $id, accept: $accept, message: $message) {\n      id\n      status\n      responseMessage\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyBookings {\n    myBookings {\n      id\n      status\n      createdAt\n      updatedAt\n      groupSize\n      level\n      sessions\n      fromMatching\n      message\n      preferredDate\n      responseMessage\n      cancelReason\n      cancelledByRole\n      activity {\n        id\n        title\n        startsAt\n      }\n      school {\n        id\n        name\n        city\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyBookings {\n    myBookings {\n      id\n      status\n      createdAt\n      updatedAt\n      groupSize\n      level\n      sessions\n      fromMatching\n      message\n      preferredDate\n      responseMessage\n      cancelReason\n      cancelledByRole\n      activity {\n        id\n        title\n        startsAt\n      }\n      school {\n        id\n        name\n        city\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCompanyLocation($input: CompanyLocationInput!) {\n    addCompanyLocation(input: $input) {\n      id\n      name\n      city\n      postcode\n      province\n    }\n  }\n"): (typeof documents)["\n  mutation AddCompanyLocation($input: CompanyLocationInput!) {\n    addCompanyLocation(input: $input) {\n      id\n      name\n      city\n      postcode\n      province\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompany($name: String!) {\n    updateCompany(name: $name) {\n      id\n      name\n      approved\n      rejectionReason\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCompany($name: String!) {\n    updateCompany(name: $name) {\n      id\n      name\n      approved\n      rejectionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerCapacity($locationId: ID!, $programme: Programme!) {\n    partnerCapacity(locationId: $locationId, programme: $programme) {\n      slots\n      partnerDistanceKm\n      placed\n      pending\n      used\n    }\n  }\n"): (typeof documents)["\n  query PartnerCapacity($locationId: ID!, $programme: Programme!) {\n    partnerCapacity(locationId: $locationId, programme: $programme) {\n      slots\n      partnerDistanceKm\n      placed\n      pending\n      used\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPartnerCapacity(\n    $locationId: ID!\n    $programme: Programme!\n    $slots: Int!\n    $partnerDistanceKm: Float\n  ) {\n    setPartnerCapacity(\n      locationId: $locationId\n      programme: $programme\n      slots: $slots\n      partnerDistanceKm: $partnerDistanceKm\n    ) {\n      slots\n      partnerDistanceKm\n      placed\n      pending\n      used\n    }\n  }\n"): (typeof documents)["\n  mutation SetPartnerCapacity(\n    $locationId: ID!\n    $programme: Programme!\n    $slots: Int!\n    $partnerDistanceKm: Float\n  ) {\n    setPartnerCapacity(\n      locationId: $locationId\n      programme: $programme\n      slots: $slots\n      partnerDistanceKm: $partnerDistanceKm\n    ) {\n      slots\n      partnerDistanceKm\n      placed\n      pending\n      used\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySupplyOffers {\n    mySupplyOffers {\n      id\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      maxTravelKm\n      periodStart\n      periodEnd\n      status\n      reachProvinces\n      createdAt\n      location {\n        id\n        name\n        city\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySupplyOffers {\n    mySupplyOffers {\n      id\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      maxTravelKm\n      periodStart\n      periodEnd\n      status\n      reachProvinces\n      createdAt\n      location {\n        id\n        name\n        city\n      }\n      activity {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSupplyOffer($input: CreateSupplyOfferInput!) {\n    createSupplyOffer(input: $input) {\n      id\n      reachProvinces\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSupplyOffer($input: CreateSupplyOfferInput!) {\n    createSupplyOffer(input: $input) {\n      id\n      reachProvinces\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupplyOffer($id: ID!, $input: UpdateSupplyOfferInput!) {\n    updateSupplyOffer(id: $id, input: $input) {\n      id\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      maxTravelKm\n      periodStart\n      periodEnd\n      reachProvinces\n      activity {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSupplyOffer($id: ID!, $input: UpdateSupplyOfferInput!) {\n    updateSupplyOffer(id: $id, input: $input) {\n      id\n      type\n      levels\n      themes\n      sessions\n      sessionsRemaining\n      maxTravelKm\n      periodStart\n      periodEnd\n      reachProvinces\n      activity {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSupplyOffer($id: ID!) {\n    withdrawSupplyOffer(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawSupplyOffer($id: ID!) {\n    withdrawSupplyOffer(id: $id) {\n      id\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;