import { BookingStatus } from '@app/bookings';
import { ActivityStatus, ActivityType, Delivery, EducationLevel, Province, Rng } from '@app/core';
import {
  APPLICANTS_PER_PROVINCE,
  planSchoolYear,
  type SchoolYearInput,
  type YearActivity,
  type YearSchool,
} from './school-year-plan';

const NOW = new Date('2026-12-03T10:00:00Z');
const TODAY = Date.parse('2026-12-03T00:00:00Z');

// A small country: schools and companies around Oss (Noord-Brabant) and Utrecht.
function input(seed = 42): SchoolYearInput {
  const rng = new Rng('school-year-plan-spec');
  const centres = [
    { province: Province.NOORD_BRABANT, lat: 51.76, lon: 5.52 },
    { province: Province.UTRECHT, lat: 52.09, lon: 5.12 },
  ];
  const schools: YearSchool[] = Array.from({ length: 200 }, (_, i) => {
    const centre = centres[i % 2];
    return {
      id: `school-${String(i).padStart(3, '0')}`,
      name: `School ${i}`,
      city: centre.province === Province.UTRECHT ? 'Utrecht' : 'Oss',
      province: centre.province,
      lat: centre.lat + (rng.next() - 0.5) * 0.3,
      lon: centre.lon + (rng.next() - 0.5) * 0.4,
      levels: i % 3 === 0 ? [EducationLevel.PO_BOVENBOUW] : [EducationLevel.HAVO, EducationLevel.VWO],
    };
  });
  const activities: YearActivity[] = Array.from({ length: 120 }, (_, i) => {
    const centre = centres[i % 2];
    const event = i % 5 === 0;
    return {
      id: `activity-${String(i).padStart(3, '0')}`,
      companyId: `company-${i % 30}`,
      companyName: `Bedrijf ${i % 30}`,
      locationId: `location-${i % 40}`,
      city: 'Oss',
      province: centre.province,
      lat: centre.lat,
      lon: centre.lon,
      title: `Gastles ${i}`,
      type: ActivityType.GUEST_LESSON,
      levels: i % 4 === 0 ? [EducationLevel.PO_BOVENBOUW] : [EducationLevel.HAVO],
      themes: ['energie'],
      delivery: Delivery.AT_SCHOOL,
      maxTravelKm: 30,
      durationMinutes: 60,
      maxParticipants: 30,
      startsAt: event ? new Date('2027-02-10T08:00:00Z') : null,
      endsAt: event ? new Date('2027-02-10T09:00:00Z') : null,
      status: i % 10 === 9 ? ActivityStatus.ARCHIVED : ActivityStatus.PUBLISHED,
    };
  });
  return {
    seed,
    now: NOW,
    schools,
    activities,
    locations: centres.map((c) => ({
      ...c,
      street: 'Industrieweg 1',
      postcode: '5349AB',
      city: 'Oss',
      municipality: null,
    })),
    takenNames: new Set(),
    demo: {
      teacherId: 'teacher',
      schoolId: schools[1].id,
      companyUserId: 'company-user',
      companyId: 'company-1',
      coordinatorId: 'coordinator',
      coordinatorProvinces: [Province.NOORD_BRABANT],
      schoolJetNetStatus: null,
      partner: {
        locationId: 'location-1',
        companyName: 'Bedrijf 1',
        locationName: 'Vestiging Oss',
        city: 'Oss',
        free: 0,
      },
    },
  };
}

describe('planSchoolYear', () => {
  const plan = planSchoolYear(input());

  it('is the same for the same seed and day, and another for another seed', () => {
    expect(JSON.stringify(planSchoolYear(input()))).toBe(JSON.stringify(plan));
    expect(JSON.stringify(planSchoolYear({ ...input(), now: new Date('2026-12-03T22:00:00Z') }))).toBe(
      JSON.stringify(plan),
    );
    expect(JSON.stringify(planSchoolYear(input(7)))).not.toBe(JSON.stringify(plan));
  });

  it('dates bookings in this school year and the last; the past ones are over', () => {
    expect(plan.schoolYear).toBe(2026);
    for (const booking of plan.bookings) {
      const time = booking.preferredDate.getTime();
      expect(time).toBeGreaterThanOrEqual(Date.UTC(2025, 7, 1));
      expect(time).toBeLessThan(Date.UTC(2027, 7, 1));
      expect([0, 6]).not.toContain(booking.preferredDate.getUTCDay());
      expect(booking.createdAt.getTime()).toBeLessThanOrEqual(TODAY);
      if (time < TODAY)
        expect([BookingStatus.REQUESTED, BookingStatus.ACCEPTED]).not.toContain(booking.status);
      else expect(booking.status).not.toBe(BookingStatus.COMPLETED);
    }
    expect(new Set(plan.bookings.map((b) => b.status))).toEqual(new Set(Object.values(BookingStatus)));
  });

  it('reviews most completed bookings, mostly with 4 or 5 stars', () => {
    const completed = plan.bookings.filter((b) => b.status === BookingStatus.COMPLETED).length;
    expect(plan.reviews.length / completed).toBeGreaterThan(0.5);
    const high = plan.reviews.filter((r) => r.rating >= 4).length;
    expect(high / plan.reviews.length).toBeGreaterThan(0.7);
    expect(plan.reviews.every((r) => !r.comment?.includes('{'))).toBe(true);
  });

  it('gives the demo teacher a booking to review, an answer and a partner offer; the company requests', () => {
    const ownBookings = plan.bookings.filter((b) => b.schoolId === input().demo.schoolId);
    const reviewed = new Set(plan.reviews.map((r) => r.bookingId));
    expect(
      ownBookings.some(
        (b) =>
          b.status === BookingStatus.COMPLETED &&
          !reviewed.has(b.id) &&
          b.completedAt!.getTime() > TODAY - 7 * 86_400_000,
      ),
    ).toBe(true);
    expect(ownBookings.some((b) => b.status === BookingStatus.ACCEPTED && b.responseMessage)).toBe(true);
    expect(plan.partnerOffer).toMatchObject({ locationId: 'location-1', addSlot: true });
    expect(plan.partnerOffer!.expiresAt.getTime()).toBeGreaterThan(NOW.getTime());
    const companyActivities = new Set(
      input()
        .activities.filter((a) => a.companyId === 'company-1')
        .map((a) => a.id),
    );
    const toAnswer = plan.bookings.filter(
      (b) => companyActivities.has(b.activityId) && b.status === BookingStatus.REQUESTED,
    );
    expect(toAnswer.length).toBeGreaterThanOrEqual(2);
    expect(plan.draft?.sourceId).toMatch(/^activity-/);
    expect(
      plan.notifications.filter((n) => n.userId === 'teacher' && !n.readAt).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it("writes the service's notifications, each with its link into the web app", () => {
    expect(plan.notifications.length).toBeGreaterThan(0);
    const byKind = (kind: string) => plan.notifications.filter((n) => n.kind === kind);
    const requested = byKind('BOOKING_REQUESTED');
    expect(requested.length).toBeGreaterThanOrEqual(2);
    // Each links to its own booking and names that booking's activity.
    const titles = new Map(input().activities.map((a) => [a.id, a.title]));
    for (const n of requested) {
      const booking = plan.bookings.find((b) => n.link === `/boekingen/${b.id}`);
      expect(booking).toBeDefined();
      expect(n.subject).toBe(`Nieuwe aanvraag: ${titles.get(booking!.activityId)}`);
    }
    expect(byKind('PARTNER_OFFER')).toEqual([
      expect.objectContaining({
        userId: 'teacher',
        link: '/wachtlijst',
        subject: 'Aanbod: Jet-Net-partner Bedrijf 1',
      }),
    ]);
    const registered = byKind('COMPANY_REGISTERED');
    // The coordinator hears of the companies waiting in the provinces they work in.
    const inRegion = plan.applicants.filter((a) =>
      input().demo.coordinatorProvinces.includes(a.location.province),
    );
    expect(inRegion.length).toBeGreaterThan(0);
    expect(registered).toHaveLength(inRegion.length);
    expect(registered.every((n) => n.userId === 'coordinator' && n.link === '/coordinator/bedrijven')).toBe(
      true,
    );
    expect(plan.notifications.filter((n) => !n.link)).toEqual([]);
  });

  it('plans next year in every province with schools, and applicants in every province with companies', () => {
    for (const province of [Province.NOORD_BRABANT, Province.UTRECHT]) {
      const schools = new Set(
        input()
          .schools.filter((s) => s.province === province)
          .map((s) => s.id),
      );
      expect(plan.requests.some((r) => schools.has(r.schoolId))).toBe(true);
      expect(plan.offers.some((o) => o.reachProvinces.includes(province))).toBe(true);
    }
    for (const item of [...plan.requests, ...plan.offers]) {
      expect(item.periodStart.getTime()).toBeGreaterThanOrEqual(Date.UTC(2027, 7, 1));
      expect(item.periodEnd.getTime()).toBeLessThan(Date.UTC(2028, 7, 1));
    }
    expect(plan.applicants).toHaveLength(2 * APPLICANTS_PER_PROVINCE);
    expect(new Set(plan.applicants.map((a) => a.name)).size).toBe(plan.applicants.length);
  });
});
