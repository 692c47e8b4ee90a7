import { Role } from '@app/core';
import { COMPANY_LIST_LIMIT } from '@app/catalogue';
import { ActivityFactory, CompanyFactory, errorCode } from '@app/testing';
import { roleTokens } from '../utils/role-tokens';
import { startTestApp, type TestApp } from '../utils/test-app';

// The coordinators' approval queue: list companies, turn one down with a reason, and the company asks again.

const LIST = `query($a: Boolean, $p: Province, $q: String) { companies(approved: $a, province: $p, query: $q) { id name } }`;
const REJECT = `mutation($id: ID!, $r: String!) { rejectCompany(id: $id, reason: $r) { id approved rejectionReason } }`;
const APPROVE = `mutation($id: ID!) { approveCompany(id: $id) { id approved rejectionReason } }`;
const UPDATE = `mutation($n: String!) { updateCompany(name: $n) { id name approved rejectionReason } }`;

describe('company approval queue', () => {
  let t: TestApp;
  let coordinatorToken: string;
  let adminToken: string;
  let teacherToken: string;

  const stored = async (id: string) =>
    (
      await t.dataSource.query<
        Array<{ name: string; approved: boolean; rejection_reason: string | null; rejected: boolean }>
      >(
        `SELECT name, approved, rejection_reason, rejected_at IS NOT NULL AS rejected FROM companies WHERE id = $1`,
        [id],
      )
    )[0];
  const notificationsOf = (companyId: string) =>
    t.dataSource.query<Array<{ kind: string; subject: string; body: string; link: string | null }>>(
      `SELECT n.kind, n.subject, n.body, n.link FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE u.company_id = $1 ORDER BY n.created_at, n.id`,
      [companyId],
    );
  // A company waiting for approval, with a contact.
  const waiting = async (name: string, province = 'NOORD_BRABANT') => {
    const created = await CompanyFactory.create(
      t.dataSource,
      { name, approved: false, approvedAt: null },
      { province: province as never },
    );
    const token = await t.tokenFor(Role.COMPANY, { companyId: created.company.id });
    return { ...created, token };
  };
  const ids = (res: { data?: Record<string, any> | null }) =>
    (res.data?.companies as Array<{ id: string }>).map((c) => c.id);

  beforeAll(async () => {
    t = await startTestApp();
    ({ coordinator: coordinatorToken, admin: adminToken, teacher: teacherToken } = await roleTokens(t));
  });
  afterAll(async () => {
    await t.close();
  });

  describe('companies', () => {
    let fixture: Record<'approved' | 'older' | 'newer' | 'rejected' | 'groningen', string>;

    beforeAll(async () => {
      const make = async (
        key: string,
        values: Record<string, unknown>,
        province: string,
        daysAgo: number,
      ) => {
        const { company } = await CompanyFactory.create(
          t.dataSource,
          { name: `Lijst ${key}`, ...values },
          { province: province as never },
        );
        await t.dataSource.query(
          `UPDATE companies SET created_at = now() - $2 * interval '1 day' WHERE id = $1`,
          [company.id, daysAgo],
        );
        return company.id;
      };
      const pending = { approved: false, approvedAt: null };
      fixture = {
        approved: await make('Goedgekeurd', {}, 'NOORD_BRABANT', 5),
        older: await make('Wachtend oud', pending, 'NOORD_BRABANT', 4),
        newer: await make('Wachtend nieuw', pending, 'NOORD_BRABANT', 3),
        rejected: await make(
          'Afgewezen',
          { ...pending, rejectionReason: 'Geen KvK-nummer', rejectedAt: new Date() },
          'NOORD_BRABANT',
          2,
        ),
        groningen: await make('Wachtend Groningen', pending, 'GRONINGEN', 1),
      };
    });

    it('lists the approval queue newest first: unapproved and not turned down', async () => {
      const res = await t.gql(LIST, { a: false, q: 'lijst' }, coordinatorToken);
      expect(res.errors).toBeUndefined();
      expect(ids(res)).toEqual([fixture.groningen, fixture.newer, fixture.older]);
    });

    it('lists approved companies, and every company when approval is not named', async () => {
      expect(ids(await t.gql(LIST, { a: true, q: 'lijst' }, coordinatorToken))).toEqual([fixture.approved]);
      expect(ids(await t.gql(LIST, { q: 'lijst' }, adminToken))).toEqual([
        fixture.groningen,
        fixture.rejected,
        fixture.newer,
        fixture.older,
        fixture.approved,
      ]);
    });

    it('filters by the province of any location', async () => {
      expect(ids(await t.gql(LIST, { p: 'GRONINGEN', q: 'lijst' }, coordinatorToken))).toEqual([
        fixture.groningen,
      ]);
      // A second location in Groningen puts a Brabant company in Groningen's list too.
      await t.dataSource.query(
        `INSERT INTO company_locations (company_id, name, postcode, city, province, lat, lon)
         VALUES ($1, 'Noord', '9711AA', 'Groningen', 'GRONINGEN', 53.22, 6.57)`,
        [fixture.older],
      );
      expect(ids(await t.gql(LIST, { a: false, p: 'GRONINGEN', q: 'lijst' }, coordinatorToken))).toEqual([
        fixture.groningen,
        fixture.older,
      ]);
    });

    it('finds names by a part of them, case and accents ignored, wildcards meant literally', async () => {
      const { company } = await CompanyFactory.create(t.dataSource, { name: 'Bètaphysics Zoëtermeer' });
      expect(ids(await t.gql(LIST, { q: 'BETAPHYS' }, coordinatorToken))).toEqual([company.id]);
      expect(ids(await t.gql(LIST, { q: 'zoeterm' }, coordinatorToken))).toEqual([company.id]);
      expect(ids(await t.gql(LIST, { q: 'Bèta%Zoë' }, coordinatorToken))).toEqual([]);
      expect(ids(await t.gql(LIST, { q: 'lijst_' }, coordinatorToken))).toEqual([]);
    });

    it(`answers at most ${COMPANY_LIST_LIMIT}, the newest`, async () => {
      await t.dataSource.query(
        `INSERT INTO companies (name, approved, created_at)
         SELECT 'Massa ' || i, false, now() - i * interval '1 minute' FROM generate_series(1, $1) i`,
        [COMPANY_LIST_LIMIT + 5],
      );
      const res = await t.gql(`{ companies(query: "massa") { name } }`, {}, coordinatorToken);
      const names = (res.data?.companies as Array<{ name: string }>).map((c) => c.name);
      expect(names).toHaveLength(COMPANY_LIST_LIMIT);
      expect(names.slice(0, 2)).toEqual(['Massa 1', 'Massa 2']);
    });

    it('is for coordinators and admins: a company contact and a teacher are FORBIDDEN', async () => {
      const contact = await t.tokenFor(Role.COMPANY);
      for (const token of [contact, teacherToken]) {
        const res = await t.gql(LIST, {}, token);
        expect(errorCode(res)).toBe('FORBIDDEN');
        expect(res.data).toBeNull();
      }
      expect(errorCode(await t.gql(LIST, {}))).toBe('UNAUTHENTICATED');
      expect(errorCode(await t.gql(LIST, { q: 'x'.repeat(101) }, coordinatorToken))).toBe('BAD_USER_INPUT');
    });
  });

  describe('rejectCompany', () => {
    it('keeps the reason, notifies the contacts with a link, and takes the company out of the queue', async () => {
      const company = await waiting('Vage Vennootschap');
      const res = await t.gql(
        REJECT,
        { id: company.company.id, r: '  Wij missen uw KvK-nummer.  ' },
        coordinatorToken,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.rejectCompany).toEqual({
        id: company.company.id,
        approved: false,
        rejectionReason: 'Wij missen uw KvK-nummer.',
      });
      expect(await stored(company.company.id)).toEqual({
        name: 'Vage Vennootschap',
        approved: false,
        rejection_reason: 'Wij missen uw KvK-nummer.',
        rejected: true,
      });
      const notifications = await notificationsOf(company.company.id);
      expect(notifications).toEqual([
        {
          kind: 'COMPANY_REJECTED',
          subject: 'Vage Vennootschap is nog niet goedgekeurd',
          body: expect.stringContaining('Reden: Wij missen uw KvK-nummer.'),
          link: '/bedrijf/gegevens',
        },
      ]);
      expect(ids(await t.gql(LIST, { a: false, q: 'vage' }, coordinatorToken))).toEqual([]);

      // The same request again (a double click) notifies once.
      await t.gql(REJECT, { id: company.company.id, r: 'Wij missen uw KvK-nummer.' }, coordinatorToken);
      expect(await notificationsOf(company.company.id)).toHaveLength(1);
    });

    it('shows the reason to coordinators and the own contacts only', async () => {
      const company = await waiting('Schimmige Bouw');
      await t.gql(REJECT, { id: company.company.id, r: 'Onduidelijk wat u aanbiedt.' }, coordinatorToken);
      // Reached through a (published) activity, as anyone can.
      const activity = await ActivityFactory.create(t.dataSource, company.location.id);
      const reasonAs = async (token?: string) => {
        const res = await t.gql(
          `query($id: ID!) { activity(id: $id) { location { company { rejectionReason } } } }`,
          { id: activity.id },
          token,
        );
        expect(res.errors).toBeUndefined();
        return res.data?.activity.location.company.rejectionReason;
      };
      expect(await reasonAs(coordinatorToken)).toBe('Onduidelijk wat u aanbiedt.');
      expect(await reasonAs(adminToken)).toBe('Onduidelijk wat u aanbiedt.');
      expect(await reasonAs(company.token)).toBe('Onduidelijk wat u aanbiedt.');
      const me = await t.gql(`{ me { company { rejectionReason } } }`, {}, company.token);
      expect(me.data?.me.company.rejectionReason).toBe('Onduidelijk wat u aanbiedt.');
      expect(await reasonAs(await t.tokenFor(Role.COMPANY))).toBeNull();
      expect(await reasonAs(teacherToken)).toBeNull();
      expect(await reasonAs()).toBeNull();
    });

    it.each([
      ['an empty reason', '', 'REJECTION_REASON_REQUIRED'],
      ['a reason of only spaces', ' \n\t ', 'REJECTION_REASON_REQUIRED'],
      ['a reason over 1000 characters', 'x'.repeat(1001), 'REJECTION_REASON_TOO_LONG'],
    ])('refuses %s with BAD_USER_INPUT, and changes nothing', async (_label, reason, expected) => {
      const company = await waiting(`Zonder reden ${expected}${reason.length}`);
      const before = await stored(company.company.id);
      const res = await t.gql(REJECT, { id: company.company.id, r: reason }, coordinatorToken);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions).toMatchObject({ reason: expected, field: 'reason' });
      expect(await stored(company.company.id)).toEqual(before);
      expect(before.rejection_reason).toBeNull();
      expect(await notificationsOf(company.company.id)).toEqual([]);
    });

    it('refuses to turn down an approved company with CONFLICT, and changes nothing', async () => {
      const { company } = await CompanyFactory.create(t.dataSource);
      await t.tokenFor(Role.COMPANY, { companyId: company.id });
      const res = await t.gql(REJECT, { id: company.id, r: 'Toch niet.' }, coordinatorToken);
      expect(errorCode(res)).toBe('CONFLICT');
      expect(res.errors?.[0]?.extensions?.reason).toBe('COMPANY_ALREADY_APPROVED');
      expect(await stored(company.id)).toMatchObject({
        approved: true,
        rejection_reason: null,
        rejected: false,
      });
      expect(await notificationsOf(company.id)).toEqual([]);
    });

    it('is for coordinators only, and answers NOT_FOUND for an unknown company', async () => {
      const company = await waiting('Eigenwijs BV');
      for (const token of [company.token, teacherToken]) {
        const res = await t.gql(REJECT, { id: company.company.id, r: 'Zelf afgewezen' }, token);
        expect(errorCode(res)).toBe('FORBIDDEN');
      }
      expect(await stored(company.company.id)).toMatchObject({ rejection_reason: null });
      for (const id of ['00000000-0000-4000-8000-000000000000', 'geen-id']) {
        expect(errorCode(await t.gql(REJECT, { id, r: 'Onbekend' }, coordinatorToken))).toBe('NOT_FOUND');
      }
    });
  });

  describe('asking again', () => {
    it('a company turned down corrects its name and is back in the queue', async () => {
      const company = await waiting('Tikfout Techniek');
      await t.gql(REJECT, { id: company.company.id, r: 'Klopt de naam wel?' }, coordinatorToken);
      const res = await t.gql(UPDATE, { n: '  Tiktak Techniek ' }, company.token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.updateCompany).toEqual({
        id: company.company.id,
        name: 'Tiktak Techniek',
        approved: false,
        rejectionReason: null,
      });
      expect(await stored(company.company.id)).toEqual({
        name: 'Tiktak Techniek',
        approved: false,
        rejection_reason: null,
        rejected: false,
      });
      expect(ids(await t.gql(LIST, { a: false, q: 'tiktak' }, coordinatorToken))).toEqual([
        company.company.id,
      ]);
    });

    it('refuses an empty name and a name another company has, and changes nothing', async () => {
      const company = await waiting('Dubbel Design');
      await CompanyFactory.create(t.dataSource, { name: 'Bezet Bouwbedrijf' });
      const empty = await t.gql(UPDATE, { n: '   ' }, company.token);
      expect(errorCode(empty)).toBe('BAD_USER_INPUT');
      expect(empty.errors?.[0]?.extensions?.field).toBe('name');
      const taken = await t.gql(UPDATE, { n: 'bezet bouwbedrijf' }, company.token);
      expect(errorCode(taken)).toBe('CONFLICT');
      expect(taken.errors?.[0]?.extensions).toMatchObject({ reason: 'COMPANY_NAME_TAKEN', field: 'name' });
      expect((await stored(company.company.id)).name).toBe('Dubbel Design');
    });

    it('is for company contacts only', async () => {
      for (const token of [coordinatorToken, teacherToken]) {
        expect(errorCode(await t.gql(UPDATE, { n: 'Overgenomen' }, token))).toBe('FORBIDDEN');
      }
    });

    it('approving a company turned down clears the rejection and says so with a link', async () => {
      const company = await waiting('Tweede Kans');
      await t.gql(REJECT, { id: company.company.id, r: 'Eerst uw website.' }, coordinatorToken);
      const res = await t.gql(APPROVE, { id: company.company.id }, coordinatorToken);
      expect(res.data?.approveCompany).toEqual({
        id: company.company.id,
        approved: true,
        rejectionReason: null,
      });
      expect(await stored(company.company.id)).toMatchObject({
        approved: true,
        rejection_reason: null,
        rejected: false,
      });
      expect((await notificationsOf(company.company.id)).map((n) => [n.kind, n.link])).toEqual([
        ['COMPANY_REJECTED', '/bedrijf/gegevens'],
        ['COMPANY_APPROVED', '/bedrijf/activiteiten'],
      ]);
    });
  });
});
