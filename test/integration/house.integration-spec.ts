import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AccessService, Permission } from '@app/access';
import { DomainException, ErrorCode, Province, Role, type Actor } from '@app/core';
import { dataSourceOptions, EventBus, Tx } from '@app/database';
import { createTestDatabase, type TestDatabase } from '@app/testing';

// The house's primitives against the real PostgreSQL: one transaction object, the event bus riding on it, and
// the access layer's look-ups of who owns what.

let db: TestDatabase;
let ds: DataSource;

async function refusal(work: Promise<unknown>): Promise<{ code: ErrorCode; reason?: string }> {
  try {
    await work;
  } catch (error) {
    if (error instanceof DomainException) return { code: error.code, reason: error.reason };
    throw error;
  }
  throw new Error('expected a refusal');
}

const companyCount = async () =>
  Number((await ds.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM companies`))[0].n);

beforeAll(async () => {
  db = await createTestDatabase();
  ds = new DataSource(dataSourceOptions(db.url));
  await ds.initialize();
});

afterAll(async () => {
  await ds.destroy();
  await db.drop();
});

describe('Tx', () => {
  it('runs after-commit steps only after COMMIT, where they see the committed rows', async () => {
    const seen: number[] = [];
    const before = await companyCount();
    await Tx.run(ds, async (tx) => {
      await tx.query(`INSERT INTO companies (name) VALUES ('Na de commit BV')`);
      tx.afterCommit(async () => void seen.push(await companyCount()));
      expect(seen).toEqual([]);
    });
    expect(seen).toEqual([before + 1]);
  });

  it('drops the after-commit steps and the writes when the work throws', async () => {
    const before = await companyCount();
    let ran = false;
    await expect(
      Tx.run(ds, async (tx) => {
        await tx.query(`INSERT INTO companies (name) VALUES ('Teruggedraaid BV')`);
        tx.afterCommit(async () => void (ran = true));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(ran).toBe(false);
    expect(await companyCount()).toBe(before);
  });

  it('opens read-only transactions with local settings, and can answer before its COMMIT', async () => {
    const setting = await Tx.run(
      ds,
      async (tx) =>
        (await tx.query<Array<{ v: string }>>(`SELECT current_setting('enable_seqscan') AS v`))[0].v,
      { readOnly: true, settings: { enable_seqscan: 'off' }, answerBeforeCommit: true },
    );
    expect(setting).toBe('off');
    await expect(
      Tx.run(ds, (tx) => tx.query(`INSERT INTO companies (name) VALUES ('Alleen lezen BV')`), {
        readOnly: true,
      }),
    ).rejects.toThrow(/read-only/);
    // The setting was local to that transaction.
    const after = await ds.query<Array<{ v: string }>>(`SELECT current_setting('enable_seqscan') AS v`);
    expect(after[0].v).toBe('on');
  });
});

describe('EventBus', () => {
  it('runs in-transaction handlers inside the publisher and the others after its commit', async () => {
    const bus = new EventBus();
    const order: string[] = [];
    bus.onInTransaction('companies.changed', async ({ companyIds }, tx) => {
      await tx.query(`UPDATE companies SET name = name || ' (gezien)' WHERE id = ANY($1::uuid[])`, [
        companyIds,
      ]);
      order.push('in');
    });
    bus.onCommitted('companies.changed', async ({ companyIds }) => {
      const rows = await ds.query<Array<{ name: string }>>(`SELECT name FROM companies WHERE id = $1`, [
        companyIds[0],
      ]);
      order.push(`after:${rows[0].name}`);
    });
    await Tx.run(ds, async (tx) => {
      const [{ id }] = await tx.query<Array<{ id: string }>>(
        `INSERT INTO companies (name) VALUES ('Gebeurtenis BV') RETURNING id`,
      );
      await bus.publish(tx, 'companies.changed', { companyIds: [id] });
      order.push('published');
    });
    expect(order).toEqual(['in', 'published', 'after:Gebeurtenis BV (gezien)']);
  });

  it('rolls the publisher back when an in-transaction handler fails, and runs no after-commit handler', async () => {
    const bus = new EventBus();
    let after = false;
    bus.onInTransaction('booking.cancelled', () => Promise.reject(new Error('cannot give back')));
    bus.onCommitted('booking.cancelled', async () => void (after = true));
    const before = await companyCount();
    await expect(
      Tx.run(ds, async (tx) => {
        await tx.query(`INSERT INTO companies (name) VALUES ('Mislukt BV')`);
        await bus.publish(tx, 'booking.cancelled', { bookingId: 'x', proposalId: null });
      }),
    ).rejects.toThrow('cannot give back');
    expect(after).toBe(false);
    expect(await companyCount()).toBe(before);
  });
});

describe('AccessService', () => {
  let access: AccessService;
  let schoolA: string;
  let schoolB: string;
  let approvedLocation: string;
  let pendingLocation: string;
  let approvedCompany: string;
  let pendingCompany: string;
  let draft: string;
  let published: string;

  const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({
    userId: '00000000-0000-4000-8000-000000000001',
    role,
    schoolId: null,
    companyId: null,
    emailVerified: true,
    schoolVerified: true,
    // A coordinator of every province, as the test factories make them.
    provinces: role === Role.COORDINATOR ? Object.values(Province) : [],
    programmes: [],
    ...extra,
  });

  beforeAll(async () => {
    access = new AccessService(ds);
    const school = async (code: string) =>
      (
        await ds.query<Array<{ id: string }>>(
          `INSERT INTO schools (vestigingscode, brin, name, school_type, sector, city, municipality, province, lat, lon)
           VALUES ($1::text, left($1::text, 4), 'School ' || $1::text, 'VO', 'vo', 'Oss', 'Oss', 'NOORD_BRABANT', 51.76, 5.52)
           RETURNING id`,
          [code],
        )
      )[0].id;
    schoolA = await school('99AA00');
    schoolB = await school('99BB00');
    const company = async (name: string, approved: boolean) => {
      const [{ id }] = await ds.query<Array<{ id: string }>>(
        `INSERT INTO companies (name, approved) VALUES ($1, $2) RETURNING id`,
        [name, approved],
      );
      const [location] = await ds.query<Array<{ id: string }>>(
        `INSERT INTO company_locations (company_id, name, postcode, city, province, lat, lon)
         VALUES ($1, 'Hoofdvestiging', '5611AB', 'Eindhoven', 'NOORD_BRABANT', 51.44, 5.48) RETURNING id`,
        [id],
      );
      return { id, location: location.id };
    };
    const approved = await company('Toegang BV', true);
    const pending = await company('Wacht BV', false);
    [approvedCompany, approvedLocation, pendingCompany, pendingLocation] = [
      approved.id,
      approved.location,
      pending.id,
      pending.location,
    ];
    const activity = async (status: string) =>
      (
        await ds.query<Array<{ id: string }>>(
          `INSERT INTO activities (location_id, title, description, type, programme, levels, delivery, status)
           VALUES ($1, 'Gastles', '', 'GUEST_LESSON', 'INDEPENDENT', '{HAVO}', 'AT_SCHOOL', $2) RETURNING id`,
          [approvedLocation, status],
        )
      )[0].id;
    draft = await activity('DRAFT');
    published = await activity('PUBLISHED');
  });

  it('refuses a role the table does not name, with ROLE_NOT_ALLOWED', async () => {
    expect(await refusal(access.require(actor(Role.TEACHER), Permission.MatchingRun))).toEqual({
      code: ErrorCode.FORBIDDEN,
      reason: 'ROLE_NOT_ALLOWED',
    });
    await expect(access.require(actor(Role.COORDINATOR), Permission.MatchingRun)).resolves.toBeUndefined();
    // ADMIN may whatever COORDINATOR may; only ADMIN creates coordinators.
    await expect(access.require(actor(Role.ADMIN), Permission.MatchingRun)).resolves.toBeUndefined();
    expect(await refusal(access.require(actor(Role.COORDINATOR), Permission.CoordinatorCreate))).toEqual({
      code: ErrorCode.FORBIDDEN,
      reason: 'ROLE_NOT_ALLOWED',
    });
  });

  it("checks a company's own records, and that the company is approved where the table says so", async () => {
    const contact = actor(Role.COMPANY, { companyId: approvedCompany });
    await expect(
      access.require(contact, Permission.ActivityCreate, [approvedLocation]),
    ).resolves.toBeUndefined();
    expect(await refusal(access.require(contact, Permission.ActivityCreate, [pendingLocation]))).toEqual({
      code: ErrorCode.FORBIDDEN,
      reason: 'NOT_YOUR_COMPANY',
    });
    const newcomer = actor(Role.COMPANY, { companyId: pendingCompany });
    expect(await refusal(access.require(newcomer, Permission.SupplyOfferCreate, [pendingLocation]))).toEqual({
      code: ErrorCode.FORBIDDEN,
      reason: 'COMPANY_NOT_APPROVED',
    });
    expect(
      await refusal(access.require(actor(Role.COORDINATOR), Permission.SupplyOfferCreate, [pendingLocation])),
    ).toEqual({ code: ErrorCode.FORBIDDEN, reason: 'COMPANY_NOT_APPROVED' });
  });

  it("hides another company's draft as NOT_FOUND but refuses its published activity as FORBIDDEN", async () => {
    const other = actor(Role.COMPANY, { companyId: pendingCompany });
    expect(await refusal(access.require(other, Permission.ActivityManage, [draft]))).toEqual({
      code: ErrorCode.NOT_FOUND,
      reason: undefined,
    });
    expect(await refusal(access.require(other, Permission.ActivityManage, [published]))).toEqual({
      code: ErrorCode.FORBIDDEN,
      reason: 'NOT_YOUR_COMPANY',
    });
    expect(
      await refusal(
        access.require(other, Permission.ActivityManage, ['6f1c1c1e-0000-4000-8000-000000000000']),
      ),
    ).toEqual({ code: ErrorCode.NOT_FOUND, reason: undefined });
    expect(await refusal(access.require(other, Permission.ActivityManage, ['not-an-id']))).toEqual({
      code: ErrorCode.NOT_FOUND,
      reason: undefined,
    });
  });

  it('lets an account whose address is not confirmed yet read what the table marks as reads, and not act', async () => {
    const newcomer = actor(Role.COMPANY, { companyId: approvedCompany, emailVerified: false });
    await expect(
      access.require(newcomer, Permission.ActivityListOwn, [approvedCompany]),
    ).resolves.toBeUndefined();
    await expect(
      access.require(newcomer, Permission.CompanyRejectionRead, [approvedCompany]),
    ).resolves.toBeUndefined();
    expect(await refusal(access.require(newcomer, Permission.ActivityCreate, [approvedLocation]))).toEqual({
      code: ErrorCode.FORBIDDEN,
      reason: 'EMAIL_NOT_VERIFIED',
    });
  });

  it('lets a teacher act for the own school only, and a coordinator for the school named', async () => {
    const teacher = actor(Role.TEACHER, { schoolId: schoolA });
    await expect(access.require(teacher, Permission.WaitlistJoin, [schoolA])).resolves.toBeUndefined();
    expect(await refusal(access.require(teacher, Permission.WaitlistJoin, [schoolB]))).toEqual({
      code: ErrorCode.FORBIDDEN,
      reason: 'NOT_YOUR_SCHOOL',
    });
    expect(await access.actingSchool(teacher, Permission.BookingRequest)).toBe(schoolA);
    await expect(access.actingSchool(teacher, Permission.BookingRequest, schoolB)).rejects.toMatchObject({
      reason: 'NOT_YOUR_SCHOOL',
    });
    await expect(access.actingSchool(actor(Role.TEACHER), Permission.BookingRequest)).rejects.toMatchObject({
      reason: 'NO_SCHOOL_LINKED',
    });
    expect(await access.actingSchool(actor(Role.COORDINATOR), Permission.BookingRequest, schoolB)).toBe(
      schoolB,
    );
    await expect(
      access.actingSchool(actor(Role.COORDINATOR), Permission.BookingRequest),
    ).rejects.toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
    });
    await expect(
      access.actingSchool(actor(Role.COMPANY), Permission.BookingRequest, schoolA),
    ).rejects.toMatchObject({ reason: 'ROLE_NOT_ALLOWED' });
  });

  it("keeps a coordinator to their provinces, by the records' provinces or a province named", async () => {
    const holland = actor(Role.COORDINATOR, { provinces: [Province.NOORD_HOLLAND, Province.UTRECHT] });
    const brabant = actor(Role.COORDINATOR, { provinces: [Province.NOORD_BRABANT] });
    const outside = { code: ErrorCode.FORBIDDEN, reason: 'OUTSIDE_YOUR_REGION' };
    // The companies' locations, the schools, and provinces named are all in Noord-Brabant.
    expect(await refusal(access.require(holland, Permission.CompanyApprove, [pendingCompany]))).toEqual(
      outside,
    );
    await expect(
      access.require(brabant, Permission.CompanyApprove, [pendingCompany]),
    ).resolves.toBeUndefined();
    expect(await refusal(access.actingSchool(holland, Permission.WaitlistJoin, schoolA))).toEqual(outside);
    expect(await access.actingSchool(brabant, Permission.WaitlistJoin, schoolA)).toBe(schoolA);
    expect(await refusal(access.require(holland, Permission.MatchingRun, [Province.NOORD_BRABANT]))).toEqual(
      outside,
    );
    await expect(
      access.require(holland, Permission.MatchingRun, [Province.UTRECHT]),
    ).resolves.toBeUndefined();
    expect(await refusal(access.require(holland, Permission.MatchingRun, ['ATLANTIS']))).toEqual({
      code: ErrorCode.NOT_FOUND,
      reason: undefined,
    });
    // Approved in the region, too, where the table says so.
    expect(await refusal(access.require(brabant, Permission.SupplyOfferCreate, [pendingLocation]))).toEqual({
      code: ErrorCode.FORBIDDEN,
      reason: 'COMPANY_NOT_APPROVED',
    });
    expect(await refusal(access.require(holland, Permission.SupplyOfferCreate, [approvedLocation]))).toEqual(
      outside,
    );
    // Lists: the provinces named (refused outside), else the coordinator's own; every province for an admin.
    expect(access.provincesFor(holland, Permission.WaitlistAdminister)).toEqual([
      Province.UTRECHT,
      Province.NOORD_HOLLAND,
    ]);
    expect(access.provincesFor(holland, Permission.WaitlistAdminister, Province.UTRECHT)).toEqual([
      Province.UTRECHT,
    ]);
    expect(() => access.provincesFor(holland, Permission.WaitlistAdminister, Province.LIMBURG)).toThrow(
      expect.objectContaining(outside),
    );
    expect(access.provincesFor(actor(Role.COORDINATOR), Permission.WaitlistAdminister)).toBeNull();
    // The admin acts everywhere, without provinces of its own.
    expect(access.provincesFor(actor(Role.ADMIN), Permission.WaitlistAdminister)).toBeNull();
    await expect(
      access.require(actor(Role.ADMIN), Permission.CompanyApprove, [pendingCompany]),
    ).resolves.toBeUndefined();
  });

  it("reads within the use case's transaction, so it sees rows that transaction wrote", async () => {
    const contact = actor(Role.COMPANY, { companyId: approvedCompany });
    await Tx.run(ds, async (tx) => {
      const [{ id }] = await tx.query<Array<{ id: string }>>(
        `INSERT INTO company_locations (company_id, name, postcode, city, province, lat, lon)
         VALUES ($1, 'Nieuw', '5611AB', 'Eindhoven', 'NOORD_BRABANT', 51.44, 5.48) RETURNING id`,
        [approvedCompany],
      );
      await expect(access.require(contact, Permission.ActivityCreate, [id], tx)).resolves.toBeUndefined();
      expect(await refusal(access.require(contact, Permission.ActivityCreate, [id]))).toEqual({
        code: ErrorCode.NOT_FOUND,
        reason: undefined,
      });
    });
  });
});
