import { createHash } from 'node:crypto';
import pg from 'pg';
import { ReferenceData } from '@app/catalogue';
import { ActivityType, EducationLevel, Programme, type Province } from '@app/core';
import { verifyPassword } from '@app/identity';
import type { TestDatabase } from '@app/testing';
import { DEMO_PASSWORD, parseSeedArgs, runSeed, type SeedOptions } from '../../scripts/seed';
import { useTestEnvironment } from '../utils/test-app';

// Well-known Dutch technology firms; no generated company may carry one of these names.
const REAL_FIRMS = [
  'ASML',
  'Philips',
  'Shell',
  'Tata Steel',
  'DSM',
  'Stork',
  'VDL',
  'Heijmans',
  'BAM',
  'Alliander',
  'Enexis',
  'Stedin',
  'Eneco',
  'TenneT',
  'KPN',
  'Vitens',
  'Unilever',
  'Fokker',
  'Thales',
  'Damen',
  'Boskalis',
  'NXP',
  'Siemens',
  'AkzoNobel',
  'Vanderlande',
];

const SMALL: SeedOptions = { seed: 42, activities: 600, skipSchools: true, reset: false };

describe('npm run seed', () => {
  let db: TestDatabase;
  let client: pg.Client;
  const lines: string[] = [];
  const log = (line: string) => void lines.push(line);
  const query = async <T extends Record<string, any>>(sql: string, params: unknown[] = []) =>
    (await client.query<T>(sql, params)).rows;

  // Names, titles and attributes of everything generated, in id order (ids are deterministic too).
  const digest = async () => {
    const rows = await Promise.all([
      query(`SELECT id, name, approved FROM companies ORDER BY id`),
      query(
        `SELECT id, company_id, name, street, postcode, city, municipality, province, lat, lon
         FROM company_locations ORDER BY id`,
      ),
      query(
        `SELECT id, location_id, title, description, type, programme, levels, target_groups, themes, delivery,
                provinces, max_travel_km, duration_minutes, max_participants, cost_euros, starts_at, ends_at, status
         FROM activities ORDER BY id`,
      ),
    ]);
    return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  };

  beforeAll(async () => {
    db = await useTestEnvironment();
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    // The first run imports the real registry; the teacher account goes to a havo/vwo school in Oss.
    await runSeed({ ...SMALL, skipSchools: false }, log);
  }, 120_000);

  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it('imports the schools and writes the requested volumes', async () => {
    const [counts] = await query<Record<string, string>>(
      `SELECT (SELECT count(*) FROM schools) AS schools, (SELECT count(*) FROM companies) AS companies,
              (SELECT count(*) FROM company_locations) AS locations, (SELECT count(*) FROM activities) AS activities`,
    );
    expect(Number(counts.schools)).toBe(8622);
    expect(Number(counts.activities)).toBe(600);
    // About 1,500 companies for 6,000 activities: 150 for 600, each with one to three locations.
    expect(Number(counts.companies)).toBe(150);
    expect(Number(counts.locations)).toBeGreaterThanOrEqual(150);
    expect(Number(counts.locations)).toBeLessThanOrEqual(150 * 1.6);
    expect(lines.some((line) => /Wrote 150 companies, \d+ locations and 600 activities/.test(line))).toBe(
      true,
    );
  });

  it('follows the volumes and mixes of domain.md', async () => {
    const programmes = await query<{ programme: Programme; n: string; companies: string }>(
      `SELECT a.programme, count(*) AS n, count(DISTINCT l.company_id) AS companies
       FROM activities a JOIN company_locations l ON l.id = a.location_id GROUP BY a.programme`,
    );
    const share = Object.fromEntries(programmes.map((row) => [row.programme, Number(row.n) / 600]));
    const ranges: Record<Programme, [number, number]> = {
      [Programme.JET_NET]: [0.12, 0.22],
      [Programme.JET_NET_JUNIOR]: [0.04, 0.1],
      [Programme.TECHNET]: [0.18, 0.27],
      [Programme.VHTO]: [0.06, 0.12],
      [Programme.JINC]: [0.12, 0.2],
      [Programme.STEM_TEACHER_ACADEMY]: [0.02, 0.06],
      [Programme.WETENSCHAPSKNOOPPUNT]: [0.03, 0.07],
      [Programme.INDEPENDENT]: [0.15, 0.25],
    };
    for (const [programme, [min, max]] of Object.entries(ranges)) {
      expect(share[programme]).toBeGreaterThanOrEqual(min);
      expect(share[programme]).toBeLessThanOrEqual(max);
    }
    // TechNet: 1,200 offers a year from many small firms; Jet-Net: 600 from few large ones.
    expect(share[Programme.TECHNET]).toBeGreaterThan(share[Programme.JET_NET]);
    const perCompany = (programme: Programme) => {
      const row = programmes.find((r) => r.programme === programme)!;
      return Number(row.n) / Number(row.companies);
    };
    expect(perCompany(Programme.JET_NET)).toBeGreaterThan(perCompany(Programme.TECHNET));

    const formats = await query<{ type: ActivityType; programmes: Programme[] }>(
      `SELECT type, array_agg(DISTINCT programme) AS programmes FROM activities GROUP BY type`,
    );
    const by = Object.fromEntries(formats.map((row) => [row.type, row.programmes]));
    expect(by[ActivityType.SPEED_DATE]).toEqual([Programme.VHTO]);
    expect(by[ActivityType.BLIKSEMSTAGE]).toEqual([Programme.JINC]);
    expect(by[ActivityType.TEACHER_INTERNSHIP]).toEqual([Programme.STEM_TEACHER_ACADEMY]);

    const [mix] = await query<Record<string, string>>(
      `SELECT avg((status = 'PUBLISHED')::int) AS published,
              count(*) FILTER (WHERE status = 'DRAFT') AS drafts,
              count(*) FILTER (WHERE status = 'ARCHIVED') AS archived,
              avg((cost_euros = 0)::int) AS free,
              count(*) FILTER (WHERE type = 'WEBCAST' AND delivery <> 'ONLINE') AS offline_webcasts,
              count(*) FILTER (WHERE delivery = 'AT_SCHOOL' AND max_travel_km NOT BETWEEN 10 AND 60) AS bad_radius,
              avg(('HAVO' = ANY (levels) OR 'VWO' = ANY (levels))::int) FILTER (WHERE programme = 'JET_NET') AS jetnet_havo_vwo,
              bool_and('GIRLS' = ANY (target_groups)) FILTER (WHERE programme = 'VHTO') AS vhto_girls,
              bool_and('DISADVANTAGED_YOUTH' = ANY (target_groups)) FILTER (WHERE programme = 'JINC') AS jinc_youth,
              bool_and(levels <@ ARRAY['PO_ONDERBOUW', 'PO_MIDDENBOUW', 'PO_BOVENBOUW'])
                FILTER (WHERE programme IN ('JET_NET_JUNIOR', 'WETENSCHAPSKNOOPPUNT')) AS primary_only,
              count(DISTINCT t) AS themes
       FROM activities, unnest(themes) AS t`,
    );
    expect(Number(mix.published)).toBeGreaterThan(0.7);
    expect(Number(mix.published)).toBeLessThan(0.92);
    expect(Number(mix.drafts)).toBeGreaterThan(0);
    expect(Number(mix.archived)).toBeGreaterThan(0);
    expect(Number(mix.free)).toBeGreaterThan(0.6);
    expect(Number(mix.offline_webcasts)).toBe(0);
    expect(Number(mix.bad_radius)).toBe(0);
    expect(Number(mix.jetnet_havo_vwo)).toBe(1);
    expect(mix.vhto_girls).toBe(true);
    expect(mix.jinc_youth).toBe(true);
    expect(mix.primary_only).toBe(true);
    expect(Number(mix.themes)).toBe(13);

    const [companies] = await query<Record<string, string>>(
      `SELECT avg(approved::int) AS approved,
              count(*) FILTER (WHERE name LIKE 'Wetenschapsknooppunt %') AS hubs,
              (SELECT count(*) FROM activities a JOIN company_locations l ON l.id = a.location_id
               JOIN companies c ON c.id = l.company_id WHERE NOT c.approved AND a.status <> 'DRAFT') AS unapproved_public
       FROM companies`,
    );
    expect(Number(companies.approved)).toBeGreaterThan(0.8);
    expect(Number(companies.approved)).toBeLessThan(0.97);
    expect(Number(companies.hubs)).toBe(12);
    expect(Number(companies.unapproved_public)).toBe(0);
  });

  it('places every location in a real PC4 of its province', async () => {
    const reference = new ReferenceData(process.env.DATA_DIR ?? '../shared/data');
    const locations = await query<{ postcode: string; province: Province; lat: number }>(
      `SELECT postcode, province, lat FROM company_locations`,
    );
    const wrong = locations.filter((location) => {
      const point = reference.geocodePostcode(location.postcode);
      return !point || point.province !== location.province || point.lat !== location.lat;
    });
    expect(wrong).toEqual([]);
    expect(locations.every((location) => /^[1-9]\d{3}[A-Z]{2}$/.test(location.postcode))).toBe(true);
  });

  it('invents company names, never those of real firms', async () => {
    const names = (await query<{ name: string }>(`SELECT name FROM companies`)).map((row) => row.name);
    const real = names.filter((name) =>
      REAL_FIRMS.some((firm) => new RegExp(`(^|[^\\p{L}])${firm}($|[^\\p{L}])`, 'iu').test(name)),
    );
    expect(real).toEqual([]);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });

  it('writes varied Dutch titles', async () => {
    const [titles] = await query<{ total: string; distinct: string; accented: string }>(
      `SELECT count(*) AS total, count(DISTINCT title) AS distinct,
              count(*) FILTER (WHERE title || description ~ '[èéëïöü]') AS accented FROM activities`,
    );
    expect(Number(titles.distinct) / Number(titles.total)).toBeGreaterThanOrEqual(0.6);
    expect(Number(titles.accented)).toBeGreaterThan(0);
  });

  it('creates the three demo accounts with the demo password', async () => {
    const users = await query<{
      email: string;
      role: string;
      password_hash: string;
      school: string | null;
      levels: string[] | null;
      approved: boolean | null;
    }>(
      `SELECT u.email, u.role, u.password_hash, s.city AS school, s.levels, c.approved
       FROM users u LEFT JOIN schools s ON s.id = u.school_id LEFT JOIN companies c ON c.id = u.company_id
       WHERE u.email LIKE '%@demo.techmatch.nl' ORDER BY u.email`,
    );
    expect(users.map((user) => [user.email, user.role])).toEqual([
      ['bedrijf@demo.techmatch.nl', 'COMPANY'],
      ['coordinator@demo.techmatch.nl', 'COORDINATOR'],
      ['docent@demo.techmatch.nl', 'TEACHER'],
    ]);
    const [company, , teacher] = users;
    expect(['Oss', "'s-Hertogenbosch"]).toContain(teacher.school);
    expect(teacher.levels).toEqual(expect.arrayContaining([EducationLevel.HAVO, EducationLevel.VWO]));
    expect(company.approved).toBe(true);
    for (const user of users) expect(await verifyPassword(user.password_hash, DEMO_PASSWORD)).toBe(true);
  });

  it('gives the same data for the same seed, does not duplicate, and other data for another seed', async () => {
    const first = await digest();
    const [{ users: usersBefore }] = await query<{ users: string }>(`SELECT count(*) AS users FROM users`);

    lines.length = 0;
    const again = await runSeed(SMALL, log);
    expect(again.supply.skipped).toBe(true);
    expect(lines.some((line) => line.includes('present already'))).toBe(true);
    expect(await digest()).toBe(first);
    const [{ users: usersAfter }] = await query<{ users: string }>(`SELECT count(*) AS users FROM users`);
    expect(usersAfter).toBe(usersBefore);

    const reset = await runSeed({ ...SMALL, reset: true }, log);
    expect(reset.supply.deleted?.activities).toBe(600);
    expect(await digest()).toBe(first);

    await runSeed({ ...SMALL, seed: 7, reset: true }, log);
    const other = await digest();
    expect(other).not.toBe(first);
    const [{ n }] = await query<{ n: string }>(`SELECT count(*) AS n FROM activities`);
    expect(Number(n)).toBe(600);
  }, 60_000);
});

describe('parseSeedArgs', () => {
  it('reads the options and refuses bad ones', () => {
    expect(parseSeedArgs([])).toEqual({ seed: 42, activities: 6000, skipSchools: false, reset: false });
    expect(
      parseSeedArgs([
        '--seed',
        '7',
        '--activities=100000',
        '--companies',
        '900',
        '--skip-schools',
        '--reset',
      ]),
    ).toEqual({ seed: 7, activities: 100000, companies: 900, skipSchools: true, reset: true });
    expect(() => parseSeedArgs(['--activities', '-1'])).toThrow(/activities/);
    expect(() => parseSeedArgs(['--seed'])).toThrow(/seed/);
    expect(() => parseSeedArgs(['--bogus'])).toThrow(/bogus/);
  });
});
