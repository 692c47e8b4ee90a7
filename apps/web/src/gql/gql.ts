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
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query EmailSettings {\n    me {\n      id\n      role\n      emailOffKinds\n    }\n  }\n": typeof types.EmailSettingsDocument,
    "\n  mutation SetEmailNotifications($kinds: [NotificationKind!]!, $enabled: Boolean!) {\n    setEmailNotifications(kinds: $kinds, enabled: $enabled) {\n      id\n      emailOffKinds\n    }\n  }\n": typeof types.SetEmailNotificationsDocument,
    "\n  query MyNotifications($after: String, $unreadOnly: Boolean) {\n    myNotifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      nextCursor\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query SignUpSchools($query: String!) {\n    schools(query: $query, first: 8) {\n      id\n      vestigingscode\n      name\n      city\n    }\n  }\n": typeof types.SignUpSchoolsDocument,
    "\n  query Account {\n    me {\n      id\n      name\n      email\n      role\n      emailVerified\n      schoolVerified\n      school {\n        id\n        name\n        city\n        vestigingscode\n      }\n      company {\n        id\n        name\n        approved\n      }\n    }\n  }\n": typeof types.AccountDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation LogInAfterReset($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LogInAfterResetDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      user {\n        id\n        email\n        role\n        emailVerified\n        schoolVerified\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.VerifyEmailDocument,
};
const documents: Documents = {
    "\n  query UnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n": types.UnreadCountDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      emailVerified\n      schoolVerified\n      provinces\n      programmes\n      school {\n        id\n        name\n        city\n      }\n      company {\n        id\n        name\n        approved\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query EmailSettings {\n    me {\n      id\n      role\n      emailOffKinds\n    }\n  }\n": types.EmailSettingsDocument,
    "\n  mutation SetEmailNotifications($kinds: [NotificationKind!]!, $enabled: Boolean!) {\n    setEmailNotifications(kinds: $kinds, enabled: $enabled) {\n      id\n      emailOffKinds\n    }\n  }\n": types.SetEmailNotificationsDocument,
    "\n  query MyNotifications($after: String, $unreadOnly: Boolean) {\n    myNotifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      nextCursor\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query SignUpSchools($query: String!) {\n    schools(query: $query, first: 8) {\n      id\n      vestigingscode\n      name\n      city\n    }\n  }\n": types.SignUpSchoolsDocument,
    "\n  query Account {\n    me {\n      id\n      name\n      email\n      role\n      emailVerified\n      schoolVerified\n      school {\n        id\n        name\n        city\n        vestigingscode\n      }\n      company {\n        id\n        name\n        approved\n      }\n    }\n  }\n": types.AccountDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation LogInAfterReset($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n": types.LogInAfterResetDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      user {\n        id\n        email\n        role\n        emailVerified\n        schoolVerified\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.VerifyEmailDocument,
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
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailSettings {\n    me {\n      id\n      role\n      emailOffKinds\n    }\n  }\n"): (typeof documents)["\n  query EmailSettings {\n    me {\n      id\n      role\n      emailOffKinds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEmailNotifications($kinds: [NotificationKind!]!, $enabled: Boolean!) {\n    setEmailNotifications(kinds: $kinds, enabled: $enabled) {\n      id\n      emailOffKinds\n    }\n  }\n"): (typeof documents)["\n  mutation SetEmailNotifications($kinds: [NotificationKind!]!, $enabled: Boolean!) {\n    setEmailNotifications(kinds: $kinds, enabled: $enabled) {\n      id\n      emailOffKinds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($after: String, $unreadOnly: Boolean) {\n    myNotifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      nextCursor\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($after: String, $unreadOnly: Boolean) {\n    myNotifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      nextCursor\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignUpSchools($query: String!) {\n    schools(query: $query, first: 8) {\n      id\n      vestigingscode\n      name\n      city\n    }\n  }\n"): (typeof documents)["\n  query SignUpSchools($query: String!) {\n    schools(query: $query, first: 8) {\n      id\n      vestigingscode\n      name\n      city\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account {\n    me {\n      id\n      name\n      email\n      role\n      emailVerified\n      schoolVerified\n      school {\n        id\n        name\n        city\n        vestigingscode\n      }\n      company {\n        id\n        name\n        approved\n      }\n    }\n  }\n"): (typeof documents)["\n  query Account {\n    me {\n      id\n      name\n      email\n      role\n      emailVerified\n      schoolVerified\n      school {\n        id\n        name\n        city\n        vestigingscode\n      }\n      company {\n        id\n        name\n        approved\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogInAfterReset($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogInAfterReset($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      user {\n        id\n        email\n        role\n        emailVerified\n        schoolVerified\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      user {\n        id\n        email\n        role\n        emailVerified\n        schoolVerified\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;