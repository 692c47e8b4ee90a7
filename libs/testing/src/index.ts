export { ActivityFactory, CompanyFactory, SchoolFactory, TEST_PASSWORD, UserFactory } from './factories';
export { errorCode, gqlRequest, type GraphQLResponse } from './graphql-client';
export {
  createTestDatabase,
  runId,
  TEST_SERVER_URL,
  withAdminClient,
  type TestDatabase,
} from './test-database';
