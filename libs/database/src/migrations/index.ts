import { Foundation1763800000000 } from './1763800000000-Foundation';
import { Bookings1764000000000 } from './1764000000000-Bookings';
import { Matching1764000000001 } from './1764000000001-Matching';
import { Waitlist1764100000000 } from './1764100000000-Waitlist';
import { WaitlistOfferRequests1764200000000 } from './1764200000000-WaitlistOfferRequests';
import { SearchDocuments1763900000000 } from './1763900000000-SearchDocuments';
import { SchoolsWithoutEarthIndex1764150000000 } from './1764150000000-SchoolsWithoutEarthIndex';
import { SearchDocumentsCoveringIndex1764300000000 } from './1764300000000-SearchDocumentsCoveringIndex';
import { WaitlistOfferCapacityPerStatement1764400000000 } from './1764400000000-WaitlistOfferCapacityPerStatement';
import { SearchFacetCounts1764500000000 } from './1764500000000-SearchFacetCounts';
import { SearchWordsTsvectorIndex1764600000000 } from './1764600000000-SearchWordsTsvectorIndex';
import { SchoolSearch1765000000000 } from './1765000000000-SchoolSearch';
import { AccountTokens1765000000200 } from './1765000000200-AccountTokens';
import { NotificationInbox1765000000300 } from './1765000000300-NotificationInbox';
import { CompanyRejection1765000000400 } from './1765000000400-CompanyRejection';
import { AccountVerification1765000000600 } from './1765000000600-AccountVerification';
import { SearchSweepSeen1765100000000 } from './1765100000000-SearchSweepSeen';
import { CoordinatorRegions1765000000500 } from './1765000000500-CoordinatorRegions';
import { SchoolImportRuns1765300000000 } from './1765300000000-SchoolImportRuns';
import { JobOutbox1765400000000 } from './1765400000000-JobOutbox';
import { AccountTokenMadeBySender1765500000000 } from './1765500000000-AccountTokenMadeBySender';
import { Sessions1765600000000 } from './1765600000000-Sessions';
import { IdempotencyKeys1765610000000 } from './1765610000000-IdempotencyKeys';
import { PendingSignUpSessions1765900000000 } from './1765900000000-PendingSignUpSessions';
import { SearchIndexGeneration1765950000000 } from './1765950000000-SearchIndexGeneration';

/** Every migration, in order. A new migration is added at the end of this list. */
export const MIGRATIONS = [
  Foundation1763800000000,
  Bookings1764000000000,
  Matching1764000000001,
  Waitlist1764100000000,
  SearchDocuments1763900000000,
  SchoolsWithoutEarthIndex1764150000000,
  WaitlistOfferRequests1764200000000,
  SearchDocumentsCoveringIndex1764300000000,
  WaitlistOfferCapacityPerStatement1764400000000,
  SearchFacetCounts1764500000000,
  SearchWordsTsvectorIndex1764600000000,
  SchoolSearch1765000000000,
  AccountTokens1765000000200,
  NotificationInbox1765000000300,
  CompanyRejection1765000000400,
  AccountVerification1765000000600,
  CoordinatorRegions1765000000500,
  SearchSweepSeen1765100000000,
  SchoolImportRuns1765300000000,
  JobOutbox1765400000000,
  AccountTokenMadeBySender1765500000000,
  Sessions1765600000000,
  IdempotencyKeys1765610000000,
  PendingSignUpSessions1765900000000,
  SearchIndexGeneration1765950000000,
];
