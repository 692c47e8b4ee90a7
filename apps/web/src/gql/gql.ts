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
    "\n  query ActivityPage($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      status\n      type\n      levels\n      targetGroups\n      themes\n      programme\n      delivery\n      provinces\n      costEuros\n      durationMinutes\n      maxParticipants\n      startsAt\n      endsAt\n      averageRating\n      reviewCount\n      location {\n        id\n        name\n        city\n        postcode\n        location {\n          lat\n          lon\n        }\n        company {\n          id\n          name\n        }\n      }\n      reviews(first: 20) {\n        id\n        rating\n        comment\n        createdAt\n        schoolCity\n        level\n      }\n    }\n  }\n": typeof types.ActivityPageDocument,
    "\n  query SearchActivities($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      page\n      pageSize\n      hits {\n        distanceKm\n        highlight\n        activity {\n          id\n          title\n          description\n          type\n          levels\n          delivery\n          costEuros\n          startsAt\n          averageRating\n          reviewCount\n          location {\n            id\n            city\n            location {\n              lat\n              lon\n            }\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n    }\n  }\n": typeof types.SearchActivitiesDocument,
    "\n  query SearchTotal($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n    }\n  }\n": typeof types.SearchTotalDocument,
    "\n  query PublicMySchool {\n    me {\n      id\n      school {\n        id\n        name\n        vestigingscode\n        location {\n          lat\n          lon\n        }\n      }\n    }\n  }\n": typeof types.PublicMySchoolDocument,
};
const documents: Documents = {
    "\n  query UnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n": types.UnreadCountDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      emailVerified\n      schoolVerified\n      provinces\n      programmes\n      school {\n        id\n        name\n        city\n      }\n      company {\n        id\n        name\n        approved\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  query ActivityPage($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      status\n      type\n      levels\n      targetGroups\n      themes\n      programme\n      delivery\n      provinces\n      costEuros\n      durationMinutes\n      maxParticipants\n      startsAt\n      endsAt\n      averageRating\n      reviewCount\n      location {\n        id\n        name\n        city\n        postcode\n        location {\n          lat\n          lon\n        }\n        company {\n          id\n          name\n        }\n      }\n      reviews(first: 20) {\n        id\n        rating\n        comment\n        createdAt\n        schoolCity\n        level\n      }\n    }\n  }\n": types.ActivityPageDocument,
    "\n  query SearchActivities($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      page\n      pageSize\n      hits {\n        distanceKm\n        highlight\n        activity {\n          id\n          title\n          description\n          type\n          levels\n          delivery\n          costEuros\n          startsAt\n          averageRating\n          reviewCount\n          location {\n            id\n            city\n            location {\n              lat\n              lon\n            }\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n    }\n  }\n": types.SearchActivitiesDocument,
    "\n  query SearchTotal($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n    }\n  }\n": types.SearchTotalDocument,
    "\n  query PublicMySchool {\n    me {\n      id\n      school {\n        id\n        name\n        vestigingscode\n        location {\n          lat\n          lon\n        }\n      }\n    }\n  }\n": types.PublicMySchoolDocument,
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
export function graphql(source: "\n  query ActivityPage($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      status\n      type\n      levels\n      targetGroups\n      themes\n      programme\n      delivery\n      provinces\n      costEuros\n      durationMinutes\n      maxParticipants\n      startsAt\n      endsAt\n      averageRating\n      reviewCount\n      location {\n        id\n        name\n        city\n        postcode\n        location {\n          lat\n          lon\n        }\n        company {\n          id\n          name\n        }\n      }\n      reviews(first: 20) {\n        id\n        rating\n        comment\n        createdAt\n        schoolCity\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityPage($id: ID!) {\n    activity(id: $id) {\n      id\n      title\n      description\n      status\n      type\n      levels\n      targetGroups\n      themes\n      programme\n      delivery\n      provinces\n      costEuros\n      durationMinutes\n      maxParticipants\n      startsAt\n      endsAt\n      averageRating\n      reviewCount\n      location {\n        id\n        name\n        city\n        postcode\n        location {\n          lat\n          lon\n        }\n        company {\n          id\n          name\n        }\n      }\n      reviews(first: 20) {\n        id\n        rating\n        comment\n        createdAt\n        schoolCity\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchActivities($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      page\n      pageSize\n      hits {\n        distanceKm\n        highlight\n        activity {\n          id\n          title\n          description\n          type\n          levels\n          delivery\n          costEuros\n          startsAt\n          averageRating\n          reviewCount\n          location {\n            id\n            city\n            location {\n              lat\n              lon\n            }\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchActivities($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n      page\n      pageSize\n      hits {\n        distanceKm\n        highlight\n        activity {\n          id\n          title\n          description\n          type\n          levels\n          delivery\n          costEuros\n          startsAt\n          averageRating\n          reviewCount\n          location {\n            id\n            city\n            location {\n              lat\n              lon\n            }\n            company {\n              id\n              name\n            }\n          }\n        }\n      }\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchTotal($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n    }\n  }\n"): (typeof documents)["\n  query SearchTotal($input: ActivitySearchInput!) {\n    searchActivities(input: $input) {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicMySchool {\n    me {\n      id\n      school {\n        id\n        name\n        vestigingscode\n        location {\n          lat\n          lon\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicMySchool {\n    me {\n      id\n      school {\n        id\n        name\n        vestigingscode\n        location {\n          lat\n          lon\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;