import { BookingStatus } from '@app/bookings';
import {
  ActivityStatus,
  ActivityType,
  Delivery,
  EducationLevel,
  Programme,
  Province,
  Rng,
  Role,
  THEMES,
  dutchDay,
  haversineKm,
} from '@app/core';
import {
  MAX_TRAVEL_KM,
  schoolYearLabel,
  schoolYearOf,
  type SchoolRequestDraft,
  type SupplyOfferDraft,
} from '@app/matching';
import {
  WaitlistTexts,
  bookingAnsweredText,
  bookingCancelledText,
  bookingCompletedText,
  bookingRequestedText,
  companyRegisteredText,
  reviewReceivedText,
  type BookingCanceller,
  type Message,
  type PartnerPlace,
} from '@app/notifications';
import { fillTemplate } from './activity-text';
import { CompanyNameGenerator } from './company-names';
import { seededUuid } from './prng';
import {
  ACCEPT_MESSAGES,
  CANCEL_REASONS,
  DECLINE_MESSAGES,
  REQUEST_MESSAGES,
  REVIEW_COMMENTS,
} from './school-year-texts';

// Sized on domain.md: Jet-Net gave about 600 activities a year to 180 schools and TechNet 1,200 to 800 schools,
// so a catalogue books well under one class per activity a year, and busy activities several.
const BOOKINGS_PER_ACTIVITY = { '0': 58, '1': 26, '2': 9, '3': 5, '4': 2 };
const PAST_STATUS = {
  [BookingStatus.COMPLETED]: 86,
  [BookingStatus.CANCELLED]: 7,
  [BookingStatus.DECLINED]: 7,
};
const FUTURE_STATUS = {
  [BookingStatus.ACCEPTED]: 60,
  [BookingStatus.REQUESTED]: 22,
  [BookingStatus.DECLINED]: 9,
  [BookingStatus.CANCELLED]: 9,
};
// Ratings as real ones are: J-shaped, mostly 4 and 5, few low ones.
export const RATING_WEIGHTS = { '5': 48, '4': 34, '3': 11, '2': 4, '1': 3 };
const REVIEWED_SHARE = 0.7;
// A school that had an activity last year often books it again: reach counts these repeat schools.
const REPEAT_SHARE = 0.35;
// How far a class travels to a company visit.
const VISIT_KM = 40;
// Next year's supply offers per published activity; every province gets a few at least.
const OFFER_SHARE = 0.05;
const MIN_OFFERS_PER_PROVINCE = 3;
const EXTRA_REQUEST_SHARE = 0.6;
export const APPLICANTS_PER_PROVINCE = 2;
const REQUEST_TYPES = [
  ActivityType.GUEST_LESSON,
  ActivityType.COMPANY_VISIT,
  ActivityType.WORKSHOP,
  ActivityType.PROJECT,
  ActivityType.SPEED_DATE,
];
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
// Cell of the school grid, about 11 by 10 km.
const CELL_LAT = 0.1;
const CELL_LON = 0.15;

export interface YearSchool {
  id: string;
  name: string;
  city: string;
  province: Province;
  lat: number;
  lon: number;
  levels: EducationLevel[];
}

/** An activity of an approved company, with where its location is. */
export interface YearActivity {
  id: string;
  companyId: string;
  companyName: string;
  locationId: string;
  city: string;
  province: Province;
  lat: number;
  lon: number;
  title: string;
  type: ActivityType;
  levels: EducationLevel[];
  themes: string[];
  delivery: Delivery;
  maxTravelKm: number | null;
  durationMinutes: number | null;
  maxParticipants: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  status: ActivityStatus;
}

/** A generated location an applicant company may share a business park (a postcode) with. */
export interface YearLocation {
  street: string;
  postcode: string;
  city: string;
  municipality: string | null;
  province: Province;
  lat: number;
  lon: number;
}

/** The Jet-Net partner location nearest to the demo teacher's school, with how many slots are free. */
export interface DemoPartner extends PartnerPlace {
  locationId: string;
  free: number;
}

export interface SchoolYearInput {
  seed: number;
  now: Date;
  schools: readonly YearSchool[];
  activities: readonly YearActivity[];
  locations: readonly YearLocation[];
  /** Lower-cased names of the companies that exist. */
  takenNames: ReadonlySet<string>;
  demo: {
    teacherId: string | null;
    schoolId: string | null;
    companyUserId: string | null;
    companyId: string | null;
    coordinatorId: string | null;
    /** The coordinator's provinces: they hear only of companies there. */
    coordinatorProvinces: readonly Province[];
    /** Where the teacher's school stands on the Jet-Net list, when it is on it. */
    schoolJetNetStatus: string | null;
    partner: DemoPartner | null;
  };
}

export interface PlannedBooking {
  id: string;
  activityId: string;
  schoolId: string;
  requestedBy: string | null;
  status: BookingStatus;
  level: EducationLevel;
  groupSize: number;
  preferredDate: Date;
  message: string | null;
  responseMessage: string | null;
  cancelReason: string | null;
  cancelledByRole: Role | null;
  respondedAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface PlannedReview {
  id: string;
  bookingId: string;
  activityId: string;
  schoolId: string;
  authorId: string | null;
  rating: number;
  comment: string | null;
  createdAt: Date;
}

export interface PlannedRequest extends SchoolRequestDraft {
  id: string;
  schoolId: string;
  createdAt: Date;
}

export interface PlannedOffer extends SupplyOfferDraft {
  id: string;
  activityId: string;
  reachProvinces: Province[];
  createdAt: Date;
}

export interface PlannedApplicant {
  companyId: string;
  locationId: string;
  name: string;
  createdAt: Date;
  location: YearLocation;
}

export interface PlannedNotification {
  id: string;
  userId: string;
  // A NotificationKind, as the service's texts give it.
  kind: string;
  subject: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export interface PlannedPartnerOffer {
  entryId: string;
  offerId: string;
  schoolId: string;
  province: Province;
  locationId: string;
  joinedAt: Date;
  offeredAt: Date;
  expiresAt: Date;
  /** The location has no free slot: it gets one more, as a company that takes another school would. */
  addSlot: boolean;
}

export interface SchoolYearPlan {
  schoolYear: number;
  bookings: PlannedBooking[];
  reviews: PlannedReview[];
  requests: PlannedRequest[];
  offers: PlannedOffer[];
  applicants: PlannedApplicant[];
  notifications: PlannedNotification[];
  partnerOffer: PlannedPartnerOffer | null;
  /** A DRAFT copy of one of the demo company's activities, for next year, when it has no draft. */
  draft: { id: string; sourceId: string; title: string } | null;
}

const at = (base: number, days: number, hours = 0) => new Date(base + days * DAY_MS + hours * HOUR_MS);

// A weekday between two instants, as a day number since 1970 (a Thursday); null when there is none.
function weekdayBetween(from: number, to: number, r: Rng): number | null {
  // The last day leaves room for a session that starts at 14:00, before a window that ends at midnight.
  const first = Math.ceil(from / DAY_MS);
  const last = Math.floor((to - 13 * HOUR_MS) / DAY_MS);
  if (first > last) return null;
  let day = r.int(first, last);
  const weekday = (day + 4) % 7;
  if (weekday === 6) day = day - 1 >= first ? day - 1 : day + 2;
  else if (weekday === 0) day = day - 2 >= first ? day - 2 : day + 1;
  return day <= last ? day : null;
}

// Schools in grid cells, to find those within a radius without comparing every pair.
class SchoolGrid {
  private readonly cells = new Map<number, YearSchool[]>();

  constructor(readonly schools: readonly YearSchool[]) {
    for (const school of schools) {
      const key = this.key(Math.floor(school.lat / CELL_LAT), Math.floor(school.lon / CELL_LON));
      const cell = this.cells.get(key);
      if (cell) cell.push(school);
      else this.cells.set(key, [school]);
    }
  }

  private key(ix: number, iy: number): number {
    return (ix + 2000) * 10_000 + (iy + 2000);
  }

  /** Schools within `km` of the point, with their distance. */
  within(point: { lat: number; lon: number }, km: number): Array<{ school: YearSchool; km: number }> {
    const latSpan = km / 110.5;
    const lonSpan = km / (111 * Math.cos((Math.min(89, Math.abs(point.lat) + latSpan) * Math.PI) / 180));
    const found: Array<{ school: YearSchool; km: number }> = [];
    const [x0, x1] = [
      Math.floor((point.lat - latSpan) / CELL_LAT),
      Math.floor((point.lat + latSpan) / CELL_LAT),
    ];
    const [y0, y1] = [
      Math.floor((point.lon - lonSpan) / CELL_LON),
      Math.floor((point.lon + lonSpan) / CELL_LON),
    ];
    for (let ix = x0; ix <= x1; ix += 1) {
      for (let iy = y0; iy <= y1; iy += 1) {
        for (const school of this.cells.get(this.key(ix, iy)) ?? []) {
          const distance = haversineKm(point, school);
          if (distance <= km) found.push({ school, km: distance });
        }
      }
    }
    return found;
  }
}

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((value) => b.includes(value));
const LEVEL_BITS = Object.values(EducationLevel);

/**
 * A school year of activity around the generated supply, deterministic for the seed and the day: last year's
 * and this year's bookings (past ones completed and mostly reviewed), school requests and supply offers for next
 * year in every province, companies waiting for approval, and a busy week for the demo accounts with the
 * notifications the service would have written.
 */
export function planSchoolYear(input: SchoolYearInput): SchoolYearPlan {
  const { seed, demo } = input;
  const rng = new Rng(seed).fork('school-year');
  // Everything is dated from the start of today (Dutch calendar), so that two runs on one day agree.
  const today = Date.parse(`${dutchDay(input.now)}T00:00:00Z`);
  const year = schoolYearOf(input.now);
  const grid = new SchoolGrid(input.schools);
  const schoolById = new Map(input.schools.map((school) => [school.id, school]));
  const plan: SchoolYearPlan = {
    schoolYear: year,
    bookings: [],
    reviews: [],
    requests: [],
    offers: [],
    applicants: [],
    notifications: [],
    partnerOffer: null,
    draft: null,
  };
  const noReview = new Set<string>();
  const booked = new Set<string>();

  // The schools an activity can serve: in reach and with a level it is for. Activities at one location with
  // one radius and the same levels share the answer, so it is worked out once for them.
  const levelMask = (levels: readonly EducationLevel[]) =>
    levels.reduce((mask, level) => mask | (1 << LEVEL_BITS.indexOf(level)), 0);
  const schoolMask = new Map(input.schools.map((school) => [school, levelMask(school.levels)]));
  const reachable = new Map<string, YearSchool[]>();
  const radiusOf = (activity: YearActivity) =>
    activity.delivery === Delivery.ONLINE
      ? null
      : activity.delivery === Delivery.AT_SCHOOL
        ? (activity.maxTravelKm ?? 30)
        : VISIT_KM;
  // Schools around a location, looked up once for the largest radius any of its activities has.
  const around = new Map<string, Array<{ school: YearSchool; km: number }>>();
  const widest = new Map<string, number>();
  for (const activity of input.activities) {
    const radius = radiusOf(activity) ?? 0;
    widest.set(activity.locationId, Math.max(radius, widest.get(activity.locationId) ?? 0));
  }
  const candidates = (activity: YearActivity): YearSchool[] => {
    const radius = radiusOf(activity);
    const mask = levelMask(activity.levels);
    const key = `${radius === null ? 'online' : `${activity.locationId}|${radius}`}|${mask}`;
    let found = reachable.get(key);
    if (!found) {
      if (radius === null) {
        found = input.schools.filter((school) => (schoolMask.get(school)! & mask) !== 0);
      } else {
        let near = around.get(activity.locationId);
        if (!near) {
          near = grid.within(activity, widest.get(activity.locationId) ?? radius);
          around.set(activity.locationId, near);
        }
        found = near
          .filter((e) => e.km <= radius && (schoolMask.get(e.school)! & mask) !== 0)
          .map((e) => e.school);
      }
      reachable.set(key, found);
    }
    return found;
  };
  const inReach = (activity: YearActivity, school: YearSchool) => {
    const radius = radiusOf(activity);
    return (
      (schoolMask.get(school)! & levelMask(activity.levels)) !== 0 &&
      (radius === null || haversineKm(activity, school) <= radius)
    );
  };

  // A session day within [from, to] and the activity's own dates; null when they do not meet. An activity
  // dated in another school year than `from` recurs: its edition of that year has the same dates.
  const sessionDate = (activity: YearActivity, from: number, to: number, r: Rng): Date | null => {
    const edition = schoolYearOf(new Date(from));
    const shift = (date: Date | null) => {
      if (!date) return null;
      const moved = new Date(date);
      moved.setUTCFullYear(date.getUTCFullYear() + edition - schoolYearOf(date));
      return moved.getTime();
    };
    const startsAt = shift(activity.startsAt);
    const endsAt = shift(activity.endsAt);
    if (startsAt !== null && endsAt !== null && endsAt - startsAt < DAY_MS) {
      // An event; in another year its date may fall in a weekend, and then it is on the Monday.
      const weekday = new Date(startsAt).getUTCDay();
      const event = startsAt + (weekday === 6 ? 2 : weekday === 0 ? 1 : 0) * DAY_MS;
      return event >= from && event <= to ? new Date(event) : null;
    }
    const day = weekdayBetween(Math.max(from, startsAt ?? from), Math.min(to, endsAt ?? to), r);
    // 9:00-14:00 in the Netherlands.
    return day === null ? null : new Date(day * DAY_MS + r.pick([7, 8, 9, 11, 12]) * HOUR_MS);
  };

  const groupSize = (activity: YearActivity, r: Rng) => {
    const max = activity.maxParticipants ?? 30;
    return activity.type === ActivityType.TEACHER_INTERNSHIP
      ? r.int(1, Math.min(3, max))
      : Math.max(1, Math.min(max, r.int(14, 30)));
  };

  const addBooking = (
    activity: YearActivity,
    school: YearSchool,
    date: Date,
    r: Rng,
    status: BookingStatus,
    times: { createdAt: Date; respondedAt?: Date },
  ): PlannedBooking => {
    const when = date.getTime();
    const duration = (activity.durationMinutes ?? 60) * 60_000;
    const createdAt = times.createdAt;
    const latest = Math.min(when, today);
    const respondedAt =
      status === BookingStatus.REQUESTED || status === BookingStatus.CANCELLED
        ? null
        : (times.respondedAt ??
          new Date(Math.min(createdAt.getTime() + r.int(1, 6) * DAY_MS + r.int(1, 8) * HOUR_MS, latest)));
    const cancelledAt =
      status === BookingStatus.CANCELLED
        ? new Date(createdAt.getTime() + Math.floor(r.next() * (latest - createdAt.getTime())))
        : null;
    const completedAt =
      status === BookingStatus.COMPLETED
        ? new Date(Math.min(when + duration + r.int(0, 2) * DAY_MS, today))
        : null;
    const booking: PlannedBooking = {
      id: seededUuid(seed, 'booking', plan.bookings.length),
      activityId: activity.id,
      schoolId: school.id,
      requestedBy: school.id === demo.schoolId ? demo.teacherId : null,
      status,
      level: r.pick(activity.levels.filter((level) => school.levels.includes(level))),
      groupSize: groupSize(activity, r),
      preferredDate: date,
      message: r.chance(0.6) ? r.pick(REQUEST_MESSAGES) : null,
      responseMessage:
        status === BookingStatus.DECLINED
          ? r.pick(DECLINE_MESSAGES)
          : respondedAt && r.chance(0.5)
            ? r.pick(ACCEPT_MESSAGES)
            : null,
      cancelReason: cancelledAt ? r.pick(CANCEL_REASONS) : null,
      cancelledByRole: cancelledAt ? (r.chance(0.6) ? Role.TEACHER : Role.COMPANY) : null,
      respondedAt,
      completedAt,
      cancelledAt,
      createdAt,
      updatedAt: new Date(
        Math.max(
          createdAt.getTime(),
          respondedAt?.getTime() ?? 0,
          completedAt?.getTime() ?? 0,
          cancelledAt?.getTime() ?? 0,
        ),
      ),
    };
    plan.bookings.push(booking);
    booked.add(`${activity.id}|${school.id}|${schoolYearOf(date)}`);
    return booking;
  };

  // A booking dated in school year `y`: its state follows from whether its day has passed.
  const bookYear = (activity: YearActivity, school: YearSchool, y: number, r: Rng): void => {
    if (booked.has(`${activity.id}|${school.id}|${y}`)) return;
    const date = sessionDate(activity, Date.UTC(y, 8, 1), Date.UTC(y + 1, 6, 10), r);
    if (!date) return;
    const when = date.getTime();
    const past = when < today;
    const status = r.weighted<BookingStatus>(past ? PAST_STATUS : FUTURE_STATUS);
    const createdAt =
      status === BookingStatus.REQUESTED
        ? at(today, -r.int(1, 20), r.int(7, 18))
        : new Date(Math.min(when - r.int(14, 90) * DAY_MS, today - DAY_MS));
    addBooking(activity, school, date, r, status, { createdAt });
  };

  // Last year's and this year's bookings; this year a share of last year's schools come back.
  const bookable = input.activities.filter((a) => a.status !== ActivityStatus.DRAFT && a.levels.length > 0);
  const lastYear = new Map<string, YearSchool[]>();
  const bookingRng = rng.fork('bookings');
  for (const activity of bookable) {
    const schools = candidates(activity);
    if (schools.length === 0) continue;
    for (let n = Number(bookingRng.weighted(BOOKINGS_PER_ACTIVITY)); n > 0; n -= 1) {
      const school = bookingRng.pick(schools);
      bookYear(activity, school, year - 1, bookingRng);
      lastYear.set(activity.id, [...(lastYear.get(activity.id) ?? []), school]);
    }
  }
  for (const activity of bookable.filter((a) => a.status === ActivityStatus.PUBLISHED)) {
    const schools = candidates(activity);
    if (schools.length === 0) continue;
    const before = lastYear.get(activity.id) ?? [];
    for (let n = Number(bookingRng.weighted(BOOKINGS_PER_ACTIVITY)); n > 0; n -= 1) {
      const school =
        before.length > 0 && bookingRng.chance(REPEAT_SHARE)
          ? bookingRng.pick(before)
          : bookingRng.pick(schools);
      bookYear(activity, school, year, bookingRng);
    }
  }

  planDemoWeek();
  planReviews();
  planNextYear();
  planApplicants();
  planNotifications();
  return plan;

  // The demo logins' week: the teacher has a booking to review, an answered request and a Jet-Net offer; the
  // company has requests to answer and a draft.
  function planDemoWeek(): void {
    const r = rng.fork('demo');
    const school = demo.schoolId ? schoolById.get(demo.schoolId) : undefined;
    const published = input.activities.filter((a) => a.status === ActivityStatus.PUBLISHED);
    const near = school
      ? published
          .filter((a) => a.companyId !== demo.companyId && inReach(a, school))
          .sort((a, b) => haversineKm(a, school) - haversineKm(b, school) || a.id.localeCompare(b.id))
      : [];
    // The nearest activity (not online, when there are others) that has a session day in the window.
    const nearest = (from: number, to: number, skip?: string): [YearActivity, Date] | null => {
      const local = near.filter((a) => a.delivery !== Delivery.ONLINE);
      for (const activity of [...local, ...near.filter((a) => !local.includes(a))]) {
        if (activity.id === skip || booked.has(`${activity.id}|${school!.id}|${year}`)) continue;
        const date = sessionDate(activity, from, to, r);
        if (date) return [activity, date];
      }
      return null;
    };
    const reviewable = school ? nearest(today - 6 * DAY_MS, today) : null;
    if (school && reviewable) {
      const [activity, date] = reviewable;
      const booking = addBooking(activity, school, date, r, BookingStatus.COMPLETED, {
        createdAt: at(date.getTime(), -30, 2),
      });
      noReview.add(booking.id);
    }
    const answered = school ? nearest(today + 14 * DAY_MS, today + 75 * DAY_MS, reviewable?.[0].id) : null;
    if (school && answered) {
      const [activity, date] = answered;
      const booking = addBooking(activity, school, date, r, BookingStatus.ACCEPTED, {
        createdAt: at(today, -6, 9),
        respondedAt: at(today, -1, 10),
      });
      booking.responseMessage = r.pick(ACCEPT_MESSAGES);
    }
    const own = published.filter((a) => a.companyId === demo.companyId);
    if (demo.companyId) {
      // Requests to answer, the teacher's own among them when her school is in reach.
      let asked = 0;
      for (const activity of own) {
        const schools = candidates(activity);
        const from = school && asked === 0 && inReach(activity, school) ? [school] : r.sample(schools, 2);
        for (const requester of from) {
          if (asked >= 4 || booked.has(`${activity.id}|${requester.id}|${year}`)) continue;
          const date = sessionDate(activity, today + 10 * DAY_MS, Date.UTC(year + 1, 6, 10), r);
          if (!date) continue;
          addBooking(activity, requester, date, r, BookingStatus.REQUESTED, {
            createdAt: at(today, -r.int(0, 4), r.int(7, 15)),
          });
          asked += 1;
        }
      }
      const hasDraft = input.activities.some(
        (a) => a.companyId === demo.companyId && a.status === ActivityStatus.DRAFT,
      );
      if (!hasDraft && own.length > 0) {
        plan.draft = {
          id: seededUuid(seed, 'demo-draft', 0),
          sourceId: own[0].id,
          title: `${own[0].title} (${schoolYearLabel(year + 1)})`,
        };
      }
    }
    // A pending Jet-Net partner offer, as the worker would make it for a waiting school.
    if (
      school &&
      demo.partner &&
      (demo.schoolJetNetStatus === null || demo.schoolJetNetStatus === 'WAITING')
    ) {
      plan.partnerOffer = {
        entryId: seededUuid(seed, 'demo-waitlist-entry', 0),
        offerId: seededUuid(seed, 'demo-partner-offer', 0),
        schoolId: school.id,
        province: school.province,
        locationId: demo.partner.locationId,
        joinedAt: at(today, -r.int(200, 700), 10),
        offeredAt: at(today, -2, 8),
        expiresAt: at(today, 12, 8),
        addSlot: demo.partner.free <= 0,
      };
    }
  }

  function planReviews(): void {
    const r = rng.fork('reviews');
    const companyOf = new Map(input.activities.map((a) => [a.id, a.companyName]));
    for (const booking of plan.bookings) {
      if (booking.status !== BookingStatus.COMPLETED || noReview.has(booking.id) || !r.chance(REVIEWED_SHARE))
        continue;
      const rating = Number(r.weighted(RATING_WEIGHTS)) as 1 | 2 | 3 | 4 | 5;
      const written = booking.completedAt!.getTime() + r.int(0, 10) * DAY_MS + r.int(1, 10) * HOUR_MS;
      plan.reviews.push({
        id: seededUuid(seed, 'review', plan.reviews.length),
        bookingId: booking.id,
        activityId: booking.activityId,
        schoolId: booking.schoolId,
        authorId: booking.requestedBy,
        rating,
        comment: r.chance(0.85)
          ? fillTemplate(r.pick(REVIEW_COMMENTS[rating]), {
              company: companyOf.get(booking.activityId) ?? '',
            })
          : null,
        createdAt: new Date(Math.min(written, today)),
      });
    }
  }

  // Next school year's demand and supply in every province, planned in December-April as schools do.
  function planNextYear(): void {
    const r = rng.fork('next-year');
    const next = year + 1;
    const periods = [
      [Date.UTC(next, 7, 1), Date.UTC(next + 1, 6, 31)],
      [Date.UTC(next, 8, 1), Date.UTC(next, 11, 20)],
      [Date.UTC(next + 1, 0, 6), Date.UTC(next + 1, 2, 31)],
      [Date.UTC(next + 1, 3, 1), Date.UTC(next + 1, 6, 10)],
    ] as const;
    const created = () => at(today, -r.int(0, 45), r.int(7, 16));
    const offerable = input.activities.filter(
      (a) => a.status === ActivityStatus.PUBLISHED && a.delivery !== Delivery.ONLINE,
    );
    for (const province of Object.values(Province)) {
      const here = offerable.filter((a) => a.province === province);
      const schoolsHere = input.schools.filter((s) => s.province === province);
      if (schoolsHere.length === 0) continue;
      const count = Math.max(MIN_OFFERS_PER_PROVINCE, Math.round(here.length * OFFER_SHARE));
      let matched = false;
      for (const activity of r.sample(here, count)) {
        const [start, end] = r.chance(0.5) ? periods[0] : r.pick(periods.slice(1));
        const maxTravelKm = Math.min(
          MAX_TRAVEL_KM,
          activity.delivery === Delivery.AT_SCHOOL ? (activity.maxTravelKm ?? 30) : VISIT_KM,
        );
        const offer: PlannedOffer = {
          id: seededUuid(seed, 'supply-offer', plan.offers.length),
          locationId: activity.locationId,
          activityId: activity.id,
          type: activity.type,
          levels: activity.levels,
          themes: activity.themes,
          sessions: r.int(2, 8),
          periodStart: new Date(start),
          periodEnd: new Date(end),
          maxTravelKm,
          reachProvinces: [province],
          createdAt: created(),
        };
        plan.offers.push(offer);
        // Schools in reach ask for what it offers; the first offer of a province always finds one.
        const askers = grid
          .within(activity, maxTravelKm)
          .map((e) => e.school)
          .filter((s) => s.province === province && overlaps(s.levels, offer.levels));
        const wanted = matched ? Number(r.weighted({ '0': 30, '1': 50, '2': 20 })) : 2;
        for (const school of r.sample(askers, wanted)) {
          const levels = offer.levels.filter((level) => school.levels.includes(level));
          plan.requests.push({
            id: seededUuid(seed, 'school-request', plan.requests.length),
            schoolId: school.id,
            type: offer.type,
            levels: r.sample(levels, r.int(1, Math.min(2, levels.length))),
            themes: r.chance(0.5) || offer.themes.length === 0 ? [] : [r.pick(offer.themes)],
            sessions: r.int(1, 3),
            periodStart: offer.periodStart,
            periodEnd: offer.periodEnd,
            createdAt: created(),
          });
          matched = true;
        }
      }
      // And demand nobody offers yet: what the coordinator has to find supply for.
      for (const school of r.sample(
        schoolsHere.filter((s) => s.levels.length > 0),
        Math.round(count * EXTRA_REQUEST_SHARE),
      )) {
        const [start, end] = r.pick(periods);
        plan.requests.push({
          id: seededUuid(seed, 'school-request', plan.requests.length),
          schoolId: school.id,
          type: r.pick(REQUEST_TYPES),
          levels: r.sample(school.levels, r.int(1, Math.min(2, school.levels.length))),
          themes: r.sample(THEMES, r.int(0, 2)),
          sessions: r.int(1, 4),
          periodStart: new Date(start),
          periodEnd: new Date(end),
          createdAt: created(),
        });
      }
    }
  }

  // Companies that signed up lately and wait for a coordinator, a few in every province.
  function planApplicants(): void {
    const r = rng.fork('applicants');
    const names = new CompanyNameGenerator(input.takenNames);
    for (const province of Object.values(Province)) {
      const here = input.locations.filter((l) => l.province === province);
      if (here.length === 0) continue;
      for (let i = 0; i < APPLICANTS_PER_PROVINCE; i += 1) {
        const index = plan.applicants.length;
        plan.applicants.push({
          companyId: seededUuid(seed, 'applicant', index),
          locationId: seededUuid(seed, 'applicant-location', index),
          name: names.next(r).name,
          createdAt: at(today, -r.int(1, 25), r.int(7, 17)),
          location: r.pick(here),
        });
      }
    }
  }

  // What the service would have told the demo accounts, in its own words, read when older than a week.
  function planNotifications(): void {
    const activityById = new Map(input.activities.map((a) => [a.id, a]));
    const add = (userId: string | null, message: Message, when: Date) => {
      if (!userId) return;
      plan.notifications.push({
        id: '',
        userId,
        kind: message.kind,
        subject: message.subject,
        body: message.body,
        link: message.link ?? null,
        createdAt: when,
        readAt: when.getTime() < today - 7 * DAY_MS ? new Date(when.getTime() + DAY_MS) : null,
      });
    };
    // The other side hears of a cancellation.
    const cancelled = (userId: string | null, booking: PlannedBooking, activity: YearActivity) => {
      const by: BookingCanceller =
        booking.cancelledByRole === Role.TEACHER
          ? { side: 'school' }
          : { side: 'company', companyName: activity.companyName };
      const text = bookingCancelledText({
        bookingId: booking.id,
        activityTitle: activity.title,
        by,
        reason: booking.cancelReason,
      });
      add(userId, text, booking.cancelledAt!);
    };
    for (const booking of plan.bookings) {
      if (schoolYearOf(booking.preferredDate) !== year) continue;
      const activity = activityById.get(booking.activityId)!;
      const school = schoolById.get(booking.schoolId)!;
      const bookingId = booking.id;
      const activityTitle = activity.title;
      if (booking.schoolId === demo.schoolId) {
        if (booking.respondedAt) {
          const text = bookingAnsweredText({
            bookingId,
            companyName: activity.companyName,
            activityTitle,
            accepted: booking.status !== BookingStatus.DECLINED,
            message: booking.responseMessage,
          });
          add(demo.teacherId, text, booking.respondedAt);
        }
        if (booking.completedAt) {
          add(demo.teacherId, bookingCompletedText({ bookingId, activityTitle }), booking.completedAt);
        }
        if (booking.cancelledByRole === Role.COMPANY) cancelled(demo.teacherId, booking, activity);
      }
      if (activity.companyId === demo.companyId) {
        const text = bookingRequestedText({
          bookingId,
          schoolName: school.name,
          schoolCity: school.city,
          activityTitle,
          groupSize: booking.groupSize,
          level: booking.level,
          preferredDate: booking.preferredDate,
          message: booking.message,
        });
        add(demo.companyUserId, text, booking.createdAt);
        if (booking.cancelledByRole === Role.TEACHER) cancelled(demo.companyUserId, booking, activity);
      }
    }
    for (const review of plan.reviews) {
      const activity = activityById.get(review.activityId)!;
      if (activity.companyId !== demo.companyId || review.createdAt.getTime() < Date.UTC(year, 7, 1))
        continue;
      const text = reviewReceivedText({
        activityId: activity.id,
        activityTitle: activity.title,
        rating: review.rating,
        comment: review.comment,
      });
      add(demo.companyUserId, text, review.createdAt);
    }
    if (plan.partnerOffer && demo.partner) {
      const text = WaitlistTexts.offered(Programme.JET_NET, demo.partner, plan.partnerOffer.expiresAt);
      add(demo.teacherId, text, plan.partnerOffer.offeredAt);
    }
    for (const applicant of plan.applicants) {
      if (!demo.coordinatorProvinces.includes(applicant.location.province)) continue;
      const { city, province } = applicant.location;
      add(
        demo.coordinatorId,
        companyRegisteredText({ companyName: applicant.name, city, province }),
        applicant.createdAt,
      );
    }
    plan.notifications.sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.kind.localeCompare(b.kind),
    );
    plan.notifications.forEach((n, i) => (n.id = seededUuid(seed, 'notification', i)));
  }
}
