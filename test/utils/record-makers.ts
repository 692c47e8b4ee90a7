import type { DataSource } from 'typeorm';
import { BookingStatus } from '@app/bookings';
import { ActivityStatus, Province, Role } from '@app/core';
import { MatchProposalEntity, MatchRunEntity } from '@app/matching';
import {
  ActivityFactory,
  BookingFactory,
  CompanyFactory,
  LocationFactory,
  PartnerCapacityFactory,
  PartnerOfferFactory,
  SchoolFactory,
  SchoolRequestFactory,
  SupplyOfferFactory,
  UserFactory,
  WaitlistEntryFactory,
} from '@app/testing';
import { WaitlistStatus } from '@app/waitlist';

/** Makers of throwaway records around school A and company A: each call makes a fresh one and gives its id. */
export interface RecordMakers {
  draftActivity(): Promise<string>;
  publishedActivity(): Promise<string>;
  booking(status: BookingStatus, preferredDate?: Date): Promise<string>;
  /** An activity school A has a completed booking of (so it may review it). */
  completedBookingActivity(): Promise<string>;
  schoolRequest(): Promise<string>;
  supplyOffer(): Promise<string>;
  /** Takes school A off the Jet-Net list, placed included (directly in the table: a fresh start per call). */
  leaveList(): Promise<void>;
  /** A fresh entry of school A on the Jet-Net list (its older ones are withdrawn first). */
  entry(status?: WaitlistStatus): Promise<string>;
  partnerOffer(): Promise<string>;
  capacityLocation(): Promise<string>;
  locationOfA(): Promise<string>;
  unapprovedCompany(): Promise<string>;
  unprovenTeacherOfA(): Promise<string>;
  proposal(): Promise<string>;
}

/**
 * The record makers of the suites that call every operation (the authorisation matrix, the input fuzzing).
 * `period` gives the dates of requests and offers; `runOf` makes a match run of school A's province.
 */
export function recordMakers(
  ds: DataSource,
  world: {
    schoolA: { id: string };
    province: Province;
    companyA: { id: string };
    locationA: { id: string };
    activity: { id: string };
    period: () => { periodStart: Date; periodEnd: Date };
    runOf: () => Promise<string>;
  },
): RecordMakers {
  const { schoolA, province, companyA, locationA, activity, period, runOf } = world;
  const leaveList = async () => {
    await ds.query(
      `UPDATE partner_offers SET status = 'REVOKED', decided_at = now()
        WHERE status = 'PENDING' AND entry_id IN (SELECT id FROM waitlist_entries WHERE school_id = $1)`,
      [schoolA.id],
    );
    await ds.query(
      `UPDATE waitlist_entries SET status = 'WITHDRAWN', withdrawn_at = now(), placed_location_id = NULL,
              placed_at = NULL
        WHERE school_id = $1 AND programme = 'JET_NET' AND status <> 'WITHDRAWN'`,
      [schoolA.id],
    );
  };
  const entry = async (status = WaitlistStatus.WAITING) => {
    await leaveList();
    return (await WaitlistEntryFactory.from({ schoolId: schoolA.id, province, status }).insert(ds)).id;
  };
  return {
    draftActivity: async () =>
      (await ActivityFactory.create(ds, locationA.id, { status: ActivityStatus.DRAFT, publishedAt: null }))
        .id,
    publishedActivity: async () => (await ActivityFactory.create(ds, locationA.id)).id,
    booking: async (status, preferredDate) =>
      (
        await BookingFactory.from({
          activityId: activity.id,
          schoolId: schoolA.id,
          status,
          preferredDate: preferredDate ?? null,
          respondedAt: status === BookingStatus.REQUESTED ? null : new Date(),
        }).insert(ds)
      ).id,
    completedBookingActivity: async () => {
      const reviewed = await ActivityFactory.create(ds, locationA.id);
      await BookingFactory.from({
        activityId: reviewed.id,
        schoolId: schoolA.id,
        status: BookingStatus.COMPLETED,
        respondedAt: new Date(),
        completedAt: new Date(),
      }).insert(ds);
      return reviewed.id;
    },
    schoolRequest: async () =>
      (await SchoolRequestFactory.from({ schoolId: schoolA.id, ...period() }).insert(ds)).id,
    supplyOffer: async () =>
      (await SupplyOfferFactory.from({ locationId: locationA.id, ...period() }).insert(ds)).id,
    leaveList,
    entry,
    partnerOffer: async () => {
      const entryId = await entry(WaitlistStatus.OFFERED);
      return (await PartnerOfferFactory.from({ entryId }).insert(ds)).id;
    },
    capacityLocation: async () => (await PartnerCapacityFactory.from({ slots: 1 }).insert(ds)).locationId,
    locationOfA: async () => (await LocationFactory.from({ companyId: companyA.id }).insert(ds)).id,
    unapprovedCompany: async () =>
      (await CompanyFactory.create(ds, { approved: false, approvedAt: null })).company.id,
    unprovenTeacherOfA: async () =>
      (await UserFactory.from({ role: Role.TEACHER, schoolId: schoolA.id, schoolVerified: false }).insert(ds))
        .id,
    proposal: async () => {
      const request = await SchoolRequestFactory.from({ schoolId: schoolA.id, ...period() }).insert(ds);
      const offer = await SupplyOfferFactory.from({ locationId: locationA.id, ...period() }).insert(ds);
      const saved = await ds.getRepository(MatchProposalEntity).save({
        runId: await runOf(),
        ordinal: 1,
        requestId: request.id,
        supplyId: offer.id,
        requestRevision: request.revision,
        supplyRevision: offer.revision,
        sessions: 1,
        distanceKm: 12,
        score: 1,
      });
      return saved.id;
    },
  };
}

const UTRECHT = {
  province: Province.UTRECHT,
  city: 'Utrecht',
  municipality: 'Utrecht',
  lat: 52.09,
  lon: 5.12,
};

/**
 * The ground of the suites that call every operation: school A and company A in Noord-Brabant (with an activity of
 * A, `activity` its fields), school B and company B in Utrecht, match runs of Noord-Brabant, and unique strings.
 */
export async function twoProvinces(
  ds: DataSource,
  name: string,
  activity: Parameters<typeof ActivityFactory.create>[2] = {},
) {
  let counter = 0;
  const unique = () => `${Date.now().toString(36)}${(counter += 1)}`;
  const schoolA = await SchoolFactory.create(ds, { name: `${name}college Oss` });
  const schoolB = await SchoolFactory.create(ds, {
    ...UTRECHT,
    name: 'Domschool Utrecht',
    postcode: '3511AA',
  });
  const { company: companyA, location: locationA } = await CompanyFactory.create(ds, { name: `${name} A` });
  const { company: companyB, location: locationB } = await CompanyFactory.create(
    ds,
    { name: `${name} B` },
    { ...UTRECHT, postcode: '3511AA' },
  );
  const activityA = await ActivityFactory.create(ds, locationA.id, activity);
  const runOf = async () =>
    (await ds.getRepository(MatchRunEntity).save({ province: Province.NOORD_BRABANT })).id;
  return { unique, schoolA, schoolB, companyA, locationA, companyB, locationB, activity: activityA, runOf };
}
