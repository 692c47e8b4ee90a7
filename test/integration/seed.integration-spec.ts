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

  it('seeds Jet-Net partner capacity and a waiting list that keep the waiting list rules', async () => {
    expect(lines.some((line) => /Jet-Net partner capacity: \d+ slots at \d+ locations/.test(line))).toBe(
      true,
    );
    // Capacity only at generated locations of approved companies that run a Jet-Net (Junior) activity.
    const capacity = await query<{ programme: string; locations: string; slots: string; bad: string }>(
      `SELECT p.programme, count(*) AS locations, sum(p.slots) AS slots,
              count(*) FILTER (WHERE NOT c.approved OR p.slots NOT BETWEEN 1 AND 3 OR NOT EXISTS (
                SELECT 1 FROM activities a WHERE a.location_id = l.id AND a.programme = p.programme)) AS bad
         FROM partner_capacity p JOIN company_locations l ON l.id = p.location_id
         JOIN companies c ON c.id = l.company_id
        GROUP BY p.programme ORDER BY p.programme`,
    );
    expect(capacity.map((c) => c.programme)).toEqual([Programme.JET_NET, Programme.JET_NET_JUNIOR]);
    for (const row of capacity) {
      expect(Number(row.bad)).toBe(0);
      expect(Number(row.slots)).toBeGreaterThanOrEqual(Number(row.locations));
    }
    // Never more placed schools than slots; placed schools are eligible and within 40 km of their partner.
    const [placement] = await query<{ overbooked: string; far: string; ineligible: string; placed: string }>(
      `SELECT (SELECT count(*) FROM partner_capacity p WHERE p.slots < (SELECT count(*) FROM waitlist_entries e
                 WHERE e.placed_location_id = p.location_id AND e.programme = p.programme AND e.status = 'PLACED'))
                AS overbooked,
              count(*) FILTER (WHERE earth_distance(ll_to_earth(s.lat, s.lon), ll_to_earth(l.lat, l.lon)) > 40500)
                AS far,
              count(*) FILTER (WHERE CASE e.programme WHEN 'JET_NET' THEN NOT s.levels && '{HAVO,VWO}'
                                      ELSE NOT s.levels && '{PO_ONDERBOUW,PO_MIDDENBOUW,PO_BOVENBOUW}' END)
                AS ineligible,
              count(*) AS placed
         FROM waitlist_entries e JOIN schools s ON s.id = e.school_id
         JOIN company_locations l ON l.id = e.placed_location_id
        WHERE e.status = 'PLACED'`,
    );
    expect(placement).toMatchObject({ overbooked: '0', far: '0', ineligible: '0' });
    expect(Number(placement.placed)).toBeGreaterThan(0);
    const waiting = await query<{ programme: string; n: string }>(
      `SELECT programme, count(*) AS n FROM waitlist_entries WHERE status = 'WAITING' GROUP BY programme
        ORDER BY programme`,
    );
    expect(waiting).toEqual([
      { programme: Programme.JET_NET, n: '100' },
      { programme: Programme.JET_NET_JUNIOR, n: '40' },
    ]);
    // The audit trail: every entry joined before it was placed, and says so.
    const [trail] = await query<{ missing: string; order: string }>(
      `SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM waitlist_events v
                WHERE v.entry_id = e.id AND v.kind = 'JOINED' AND v.at = e.joined_at)
                OR (e.status = 'PLACED' AND NOT EXISTS (SELECT 1 FROM waitlist_events v
                WHERE v.entry_id = e.id AND v.kind = 'PLACED' AND v.location_id = e.placed_location_id)))
                AS missing,
              count(*) FILTER (WHERE e.placed_at <= e.joined_at OR e.joined_at > now()) AS order
         FROM waitlist_entries e`,
    );
    expect(trail).toEqual({ missing: '0', order: '0' });
  });

  it('gives the same data for the same seed, does not duplicate, and other data for another seed', async () => {
    const first = await digest();
    // Which school waits or is placed where: the same for the same seed (the dates follow the day it runs).
    const waitlist = async () =>
      JSON.stringify(
        await query(
          `SELECT e.id, e.school_id, e.programme, e.status, e.priority, e.placed_location_id, p.slots
             FROM waitlist_entries e LEFT JOIN partner_capacity p
               ON p.location_id = e.placed_location_id AND p.programme = e.programme
            ORDER BY e.id`,
        ),
      );
    const firstList = await waitlist();
    const [{ users: usersBefore }] = await query<{ users: string }>(`SELECT count(*) AS users FROM users`);

    lines.length = 0;
    const again = await runSeed(SMALL, log);
    expect(again.supply.skipped).toBe(true);
    expect(again.waitlist.skipped).toBe(true);
    expect(await waitlist()).toBe(firstList);
    expect(lines.some((line) => line.includes('present already'))).toBe(true);
    expect(await digest()).toBe(first);
    const [{ users: usersAfter }] = await query<{ users: string }>(`SELECT count(*) AS users FROM users`);
    expect(usersAfter).toBe(usersBefore);

    const reset = await runSeed({ ...SMALL, reset: true }, log);
    expect(reset.supply.deleted?.activities).toBe(600);
    expect(await digest()).toBe(first);
    expect(await waitlist()).toBe(firstList);

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
