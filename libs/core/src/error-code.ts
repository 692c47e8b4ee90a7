/** The error vocabulary of the API; the api app maps it to `extensions.code` in one place. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  // A rate limit: `extensions.retryAfter` says in how many seconds to try again.
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  // Apollo's codes for a document refused before it runs (the GraphQL limits).
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
}
