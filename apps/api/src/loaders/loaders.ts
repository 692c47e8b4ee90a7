import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ReviewService, type PublicReview } from '@app/bookings';
import {
  ActivityService,
  CompanyService,
  SchoolService,
  type ActivityEntity,
  type CompanyEntity,
  type CompanyLocationEntity,
  type SchoolEntity,
} from '@app/catalogue';
import {
  MatchRunService,
  SchoolRequestService,
  SupplyOfferService,
  type MatchProposalEntity,
  type SchoolRequestEntity,
  type SupplyOfferEntity,
} from '@app/matching';
import { WaitlistService } from '@app/waitlist';
import { WaitlistLoaders } from './waitlist.loaders';

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): Array<T | null> {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T>(ids: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row)) ?? [];
    list.push(row);
    map.set(key(row), list);
  }
  return ids.map((id) => map.get(id) ?? []);
}

/** One set of DataLoaders a request: every relation a list can ask for is batched. */
export class Loaders {
  readonly school: DataLoader<string, SchoolEntity | null>;
  readonly company: DataLoader<string, CompanyEntity | null>;
  readonly location: DataLoader<string, CompanyLocationEntity | null>;
  readonly locationsOfCompany: DataLoader<string, CompanyLocationEntity[]>;
  readonly waitlist: WaitlistLoaders;
  readonly activity: DataLoader<string, ActivityEntity | null>;
  /** Activities with their location, which it hands to `location` (a page of search hits: one query). */
  readonly activityWithLocation: DataLoader<string, ActivityEntity | null>;
  readonly reviewsOfActivity: DataLoader<string, PublicReview[]>;
  readonly reviewOfBooking: DataLoader<string, PublicReview | null>;
  readonly schoolRequest: DataLoader<string, SchoolRequestEntity | null>;
  readonly supplyOffer: DataLoader<string, SupplyOfferEntity | null>;
  readonly proposalsOfRun: DataLoader<string, MatchProposalEntity[]>;

  constructor(
    schools: SchoolService,
    companies: CompanyService,
    waitlist: WaitlistService,
    matching: {
      activities: ActivityService;
      reviews: ReviewService;
      requests: SchoolRequestService;
      offers: SupplyOfferService;
      runs: MatchRunService;
    },
  ) {
    this.waitlist = new WaitlistLoaders(waitlist);
    this.school = new DataLoader(async (ids) => byId(ids, await schools.findByIds(ids)));
    this.company = new DataLoader(async (ids) => byId(ids, await companies.findByIds(ids)));
    this.location = new DataLoader(async (ids) => byId(ids, await companies.findLocationsByIds(ids)));
    this.locationsOfCompany = new DataLoader(async (ids) =>
      groupBy(ids, await companies.findLocationsByCompanyIds(ids), (row) => row.companyId),
    );
    this.activity = new DataLoader(async (ids) => byId(ids, await matching.activities.findByIds(ids)));
    this.activityWithLocation = new DataLoader(async (ids) => {
      const activities = await matching.activities.findWithLocationsByIds(ids);
      for (const activity of activities) {
        if (activity.location) this.location.prime(activity.location.id, activity.location);
      }
      return byId(ids, activities);
    });
    // The newest 50 reviews of each activity; the field slices further.
    this.reviewsOfActivity = new DataLoader(async (ids) =>
      groupBy(ids, await matching.reviews.latestFor(ids, 50), (row) => row.activityId),
    );
    this.reviewOfBooking = new DataLoader(async (ids) => {
      const reviews = new Map((await matching.reviews.ofBookings(ids)).map((row) => [row.bookingId, row]));
      return ids.map((id) => reviews.get(id) ?? null);
    });
    this.schoolRequest = new DataLoader(async (ids) => byId(ids, await matching.requests.findByIds(ids)));
    this.supplyOffer = new DataLoader(async (ids) => byId(ids, await matching.offers.findByIds(ids)));
    this.proposalsOfRun = new DataLoader(async (ids) =>
      groupBy(ids, await matching.runs.proposalsOfRuns(ids), (row) => row.runId),
    );
  }
}

@Injectable()
export class LoaderFactory {
  constructor(
    private readonly schools: SchoolService,
    private readonly companies: CompanyService,
    private readonly waitlist: WaitlistService,
    private readonly activities: ActivityService,
    private readonly reviews: ReviewService,
    private readonly requests: SchoolRequestService,
    private readonly offers: SupplyOfferService,
    private readonly runs: MatchRunService,
  ) {}

  create(): Loaders {
    return new Loaders(this.schools, this.companies, this.waitlist, {
      activities: this.activities,
      reviews: this.reviews,
      requests: this.requests,
      offers: this.offers,
      runs: this.runs,
    });
  }
}
