export { BookingFactory, ReviewFactory } from './factories/bookings.factory';
export {
  ActivityFactory,
  CompanyFactory,
  LocationFactory,
  SchoolFactory,
} from './factories/catalogue.factory';
export { SchoolRequestFactory, SupplyOfferFactory } from './factories/matching.factory';
export { NotificationFactory } from './factories/notification.factory';
export { RowFactory } from './factories/row.factory';
export { TEST_PASSWORD, UserFactory } from './factories/user.factory';
export {
  PartnerCapacityFactory,
  PartnerOfferFactory,
  WaitlistEntryFactory,
} from './factories/waitlist.factory';
export { errorCode, errorReason, gqlRequest, type GraphQLResponse } from './graphql-client';
export {
  createTestDatabase,
  runId,
  TEST_SERVER_URL,
  withAdminClient,
  type TestDatabase,
} from './test-database';
export { waitFor } from './wait-for';
export {
  EINDHOVEN,
  capacityUsage,
  createSchools,
  deleteQueueKeys,
  invariantViolations,
  userToken,
} from './waitlist-helpers';
