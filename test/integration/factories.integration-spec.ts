import { DataSource } from 'typeorm';
import { BookingEntity, BookingStatus, ReviewEntity } from '@app/bookings';
import { ActivityEntity, CompanyEntity, CompanyLocationEntity, SchoolEntity } from '@app/catalogue';
import { Province, Role } from '@app/core';
import { dataSourceOptions } from '@app/database';
import { UserEntity, verifyPassword } from '@app/identity';
import { SchoolRequestEntity, SupplyOfferEntity } from '@app/matching';
import { NotificationEntity } from '@app/notifications';
import {
  ActivityFactory,
  BookingFactory,
  CompanyFactory,
  LocationFactory,
  NotificationFactory,
  PartnerCapacityFactory,
  PartnerOfferFactory,
  ReviewFactory,
  SchoolFactory,
  SchoolRequestFactory,
  SupplyOfferFactory,
  TEST_PASSWORD,
  UserFactory,
  WaitlistEntryFactory,
  createTestDatabase,
  invariantViolations,
  type TestDatabase,
} from '@app/testing';
import {
  PartnerCapacityEntity,
  PartnerOfferEntity,
  WaitlistEntryEntity,
  WaitlistEventEntity,
  WaitlistStatus,
} from '@app/waitlist';

// The builders of libs/testing: every aggregate builds without a database and inserts with what it refers to.
describe('test factories', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = new DataSource(
      dataSourceOptions(db.url, {
        entities: [
          SchoolEntity,
          CompanyEntity,
          CompanyLocationEntity,
          ActivityEntity,
          UserEntity,
          BookingEntity,
          ReviewEntity,
          SchoolRequestEntity,
          SupplyOfferEntity,
          PartnerCapacityEntity,
          WaitlistEntryEntity,
          WaitlistEventEntity,
          PartnerOfferEntity,
          NotificationEntity,
        ],
        extra: { max: 2 },
      }),
    );
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const count = async (table: string) =>
    (await ds.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  it('builds a row from defaults and the values given, the same object every time, without a database', () => {
    const factory = BookingFactory.from({ groupSize: 12, status: BookingStatus.ACCEPTED });
    const booking = factory.build();
    expect(booking).toMatchObject({ groupSize: 12, status: BookingStatus.ACCEPTED, sessions: 1 });
    expect(booking.activityId).toMatch(/^[0-9a-f-]{36}$/);
    expect(factory.build()).toBe(booking);
    expect(SchoolFactory.from().build().brin).not.toBe(SchoolFactory.from().build().brin);
  });

  it.each([
    ['school', () => SchoolFactory.from({ province: Province.UTRECHT }), 'schools', { province: 'UTRECHT' }],
    [
      'company',
      () => CompanyFactory.from({ approved: false, approvedAt: null }),
      'companies',
      { approved: false },
    ],
    ['location', () => LocationFactory.from({ city: 'Delft' }), 'company_locations', { city: 'Delft' }],
    ['activity', () => ActivityFactory.from({ title: 'Robotles' }), 'activities', { title: 'Robotles' }],
    ['booking', () => BookingFactory.from({ groupSize: 12 }), 'bookings', { group_size: 12 }],
    ['review', () => ReviewFactory.from({ rating: 2 }), 'reviews', { rating: 2 }],
    ['school request', () => SchoolRequestFactory.from({ sessions: 3 }), 'school_requests', { sessions: 3 }],
    [
      'supply offer',
      () => SupplyOfferFactory.from({ maxTravelKm: 80 }),
      'supply_offers',
      { max_travel_km: 80 },
    ],
    ['partner capacity', () => PartnerCapacityFactory.from({ slots: 4 }), 'partner_capacity', { slots: 4 }],
    [
      'waiting-list entry',
      () => WaitlistEntryFactory.from({ priority: 5 }),
      'waitlist_entries',
      { priority: 5 },
    ],
    ['partner offer', () => PartnerOfferFactory.from(), 'partner_offers', { status: 'PENDING' }],
    ['notification', () => NotificationFactory.from({ kind: 'X' }), 'notifications', { kind: 'X' }],
  ])('%s: inserted with the rows it refers to', async (_, factory, table, expected) => {
    const before = await count(table);
    const saved = (await factory().insert(ds)) as { id?: string; locationId?: string };
    expect(await count(table)).toBe(before + 1);
    const [row] = await ds.query<Array<Record<string, unknown>>>(
      saved.id ? `SELECT * FROM ${table} WHERE id = $1` : `SELECT * FROM ${table} WHERE location_id = $1`,
      [saved.id ?? saved.locationId],
    );
    expect(row).toMatchObject(expected);
  });

  it('refers to the rows it is given instead of making new ones', async () => {
    const activity = await ActivityFactory.from().insert(ds);
    const school = await SchoolFactory.from().insert(ds);
    const [activities, schools] = [await count('activities'), await count('schools')];
    const review = await ReviewFactory.from({ activityId: activity.id, schoolId: school.id }).insert(ds);
    expect([await count('activities'), await count('schools')]).toEqual([activities, schools]);
    const [booking] = await ds.query<Array<{ activity_id: string; school_id: string; status: string }>>(
      `SELECT activity_id, school_id, status FROM bookings WHERE id = $1`,
      [review.bookingId],
    );
    expect(booking).toEqual({ activity_id: activity.id, school_id: school.id, status: 'COMPLETED' });
  });

  it('makes an account of each role, belonging where the role needs it, that can log in when asked', async () => {
    const teacher = await UserFactory.from({ role: Role.TEACHER }).insert(ds);
    const contact = await UserFactory.from({ role: Role.COMPANY }).insert(ds);
    const coordinator = await UserFactory.from({ role: Role.COORDINATOR }).insert(ds);
    const admin = await UserFactory.from({ role: Role.ADMIN }).insert(ds);
    expect(await ds.getRepository(SchoolEntity).existsBy({ id: teacher.schoolId! })).toBe(true);
    expect(await ds.getRepository(CompanyEntity).existsBy({ id: contact.companyId! })).toBe(true);
    expect([coordinator.schoolId, coordinator.companyId, admin.schoolId, admin.companyId]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    const withLogin = await UserFactory.create(ds, Role.TEACHER, { schoolId: teacher.schoolId });
    const [{ password_hash: hash }] = await ds.query<Array<{ password_hash: string }>>(
      `SELECT password_hash FROM users WHERE id = $1`,
      [withLogin.id],
    );
    expect(await verifyPassword(hash, TEST_PASSWORD)).toBe(true);
  });

  it('makes a pending offer whose entry is OFFERED within a free slot, keeping every waiting-list invariant', async () => {
    const offer = await PartnerOfferFactory.from().insert(ds);
    const entry = await ds.getRepository(WaitlistEntryEntity).findOneByOrFail({ id: offer.entryId });
    expect(entry.status).toBe(WaitlistStatus.OFFERED);
    expect(offer.expiresAt.getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    // The placed-needs-an-event rule does not apply: nothing is placed.
    expect(await invariantViolations(ds)).toEqual([]);
  });
});
