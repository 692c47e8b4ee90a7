import { AccountResolver } from '../resolvers/account.resolver';
import { AdminResolver } from '../resolvers/admin.resolver';
import { ActivityResolver } from '../resolvers/activity.resolver';
import { AuthResolver } from '../resolvers/auth.resolver';
import { BookingResolver } from '../resolvers/booking.resolver';
import { CompanyLocationResolver, CompanyResolver } from '../resolvers/company.resolver';
import {
  MatchProposalResolver,
  MatchRunResolver,
  SchoolRequestResolver,
  SupplyOfferResolver,
} from '../resolvers/matching.resolver';
import { NotificationResolver } from '../resolvers/notification.resolver';
import { ActivityReviewsResolver, ReviewResolver } from '../resolvers/review.resolver';
import { ReportResolver } from '../resolvers/report.resolver';
import { SchoolResolver } from '../resolvers/school.resolver';
import { SearchResolver } from '../resolvers/search.resolver';
import {
  PartnerCapacityResolver,
  PartnerOfferResolver,
  WaitlistResolver,
} from '../resolvers/waitlist.resolver';

/** Every resolver of the API; the schema (and schema.gql) is built from this list. */
export const RESOLVERS = [
  AuthResolver,
  SchoolResolver,
  CompanyResolver,
  CompanyLocationResolver,
  ActivityResolver,
  WaitlistResolver,
  PartnerOfferResolver,
  PartnerCapacityResolver,
  BookingResolver,
  ReviewResolver,
  ActivityReviewsResolver,
  SchoolRequestResolver,
  SupplyOfferResolver,
  MatchRunResolver,
  MatchProposalResolver,
  SearchResolver,
  ReportResolver,
  NotificationResolver,
  AccountResolver,
  AdminResolver,
];
