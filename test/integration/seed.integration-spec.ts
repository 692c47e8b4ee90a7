import { createHash } from 'node:crypto';
import pg from 'pg';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AccessModule } from '@app/access';
import { BookingStatus } from '@app/bookings';
import { ReferenceData } from '@app/catalogue';
import { ConfigModule } from '@app/config';
import { ActivityType, EducationLevel, Programme, Province } from '@app/core';
import { DatabaseModule } from '@app/database';
import { verifyPassword } from '@app/identity';
import { MatchRunService, MatchingModule, schoolYearOf } from '@app/matching';
import { QueueModule } from '@app/queue';
import { APPLICANTS_PER_PROVINCE, seededUuid } from '@app/seed';
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

// As the worker wires it: the access layer is global, the matching's services ask it.
@Module({ imports: [ConfigModule, DatabaseModule, AccessModule, QueueModule, MatchingModule] })
class MatchingTestModule {}

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
  // The school year around it: who booked what when and how it went, and what was said (users by e-mail, since a
  // company account is made anew with its company).
  const yearDigest = async () => {
    const rows = await Promise.all([
      query(
        `SELECT id, activity_id, school_id, status, level, group_size, preferred_date, message, response_message,
                cancel_reason, cancelled_by_role, responded_at, completed_at, cancelled_at, created_at
           FROM bookings ORDER BY id`,
      ),
      query(`SELECT id, booking_id, rating, comment, created_at FROM reviews ORDER BY id`),
      query(`SELECT id, school_id, type, levels, themes, sessions, period_start, period_end FROM school_requests
              ORDER BY id`),
      query(`SELECT id, location_id, type, levels, themes, sessions, period_start, period_end, max_travel_km
               FROM supply_offers ORDER BY id`),
      query(`SELECT n.id, u.email, n.kind, n.subject, n.body, n.created_at, n.read_at
               FROM notifications n JOIN users u ON u.id = n.user_id ORDER BY n.id`),
      query(`SELECT c.id, c.name, c.created_at, l.postcode FROM companies c
               JOIN company_locations l ON l.company_id = c.id WHERE NOT c.approved ORDER BY c.id`),
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
              (SELECT count(*) FROM company_locations) AS locations,
              (SELECT count(*) FROM activities WHERE id <> $1) AS activities,
              (SELECT count(*) FROM companies WHERE NOT approved) AS applicants`,
      [seededUuid(SMALL.seed, 'demo-draft', 0)],
    );
    expect(Number(counts.schools)).toBe(8622);
    expect(Number(counts.activities)).toBe(600);
    // About 1,500 companies for 6,000 activities: 150 for 600, each with one to three locations; and the
    // companies that signed up lately, with one location each.
    const applicants = 12 * APPLICANTS_PER_PROVINCE;
    expect(Number(counts.applicants)).toBe(applicants);
    expect(Number(counts.companies)).toBe(150 + applicants);
    expect(Number(counts.locations) - applicants).toBeGreaterThanOrEqual(150);
    expect(Number(counts.locations) - applicants).toBeLessThanOrEqual(150 * 1.6);
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

  describe('a school year of activity', () => {
    const year = schoolYearOf(new Date());
    const yearStart = (y: number) => `${y}-08-01T00:00:00+02:00`;

    it('has bookings in every state over this year and last; past ones are over, most completed', async () => {
      const rows = await query<{ year: string; past: boolean; status: BookingStatus; n: string }>(
        `SELECT CASE WHEN preferred_date >= $1 THEN 'this' WHEN preferred_date >= $2 THEN 'last' ELSE 'other' END
                  AS year,
                preferred_date < now() AS past, status, count(*) AS n
           FROM bookings GROUP BY 1, 2, 3`,
        [yearStart(year), yearStart(year - 1)],
      );
      const count = (filter: (row: (typeof rows)[number]) => boolean) =>
        rows.filter(filter).reduce((sum, row) => sum + Number(row.n), 0);
      expect(count((row) => row.year === 'other')).toBe(0);
      for (const status of Object.values(BookingStatus)) {
        expect(count((row) => row.year === 'this' && row.status === status)).toBeGreaterThan(0);
      }
      // Nothing in the past still waits for an answer or a visit; most of it took place.
      expect(
        count((row) => row.past && [BookingStatus.REQUESTED, BookingStatus.ACCEPTED].includes(row.status)),
      ).toBe(0);
      expect(count((row) => row.past && row.status === BookingStatus.COMPLETED)).toBeGreaterThan(
        0.8 * count((row) => row.past),
      );
      // Last year's bookings are all past, and numerous enough to compare reach with.
      expect(count((row) => row.year === 'last' && !row.past)).toBe(0);
      expect(count((row) => row.year === 'last')).toBeGreaterThan(200);
      expect(count((row) => !row.past && row.status === BookingStatus.COMPLETED)).toBe(0);

      const [consistent] = await query<Record<string, string>>(
        `SELECT count(*) FILTER (WHERE (b.status = 'COMPLETED') <> (completed_at IS NOT NULL)
                                   OR completed_at < preferred_date OR completed_at > now()) AS completed,
                count(*) FILTER (WHERE (b.status = 'CANCELLED') <> (cancelled_at IS NOT NULL AND cancel_reason IS NOT NULL)
                                   OR cancelled_at > preferred_date) AS cancelled,
                count(*) FILTER (WHERE (b.status IN ('ACCEPTED', 'DECLINED', 'COMPLETED')) <> (responded_at IS NOT NULL)
                                   OR responded_at < b.created_at OR b.created_at > now()) AS answered,
                count(*) FILTER (WHERE b.status = 'DECLINED' AND response_message IS NULL) AS silent_declines,
                count(*) FILTER (WHERE NOT level = ANY (a.levels) OR NOT level = ANY (s.levels)
                                   OR group_size > coalesce(a.max_participants, 30)) AS misfit
           FROM bookings b JOIN activities a ON a.id = b.activity_id JOIN schools s ON s.id = b.school_id`,
      );
      expect(consistent).toEqual({
        completed: '0',
        cancelled: '0',
        answered: '0',
        silent_declines: '0',
        misfit: '0',
      });
    });

    it('has most completed bookings reviewed, ratings skewed to 4 and 5, with Dutch comments', async () => {
      const [reviews] = await query<Record<string, string>>(
        `SELECT count(*) AS n,
                (SELECT count(*) FROM bookings WHERE status = 'COMPLETED') AS completed,
                count(*) FILTER (WHERE rating >= 4) AS high, count(*) FILTER (WHERE rating <= 2) AS low,
                count(DISTINCT rating) AS ratings,
                count(*) FILTER (WHERE b.status <> 'COMPLETED' OR r.school_id <> b.school_id
                                   OR r.activity_id <> b.activity_id OR r.created_at < b.completed_at) AS wrong,
                count(*) FILTER (WHERE comment ~* '\\m(de|het|een|en|voor|met|leerlingen|we)\\M') AS dutch,
                count(comment) AS comments
           FROM reviews r JOIN bookings b ON b.id = r.booking_id`,
      );
      const n = Number(reviews.n);
      expect(n / Number(reviews.completed)).toBeGreaterThan(0.55);
      expect(n / Number(reviews.completed)).toBeLessThan(0.85);
      expect(Number(reviews.high) / n).toBeGreaterThan(0.7);
      expect(Number(reviews.low) / n).toBeLessThan(0.15);
      expect(Number(reviews.low)).toBeGreaterThan(0);
      expect(Number(reviews.ratings)).toBe(5);
      expect(Number(reviews.wrong)).toBe(0);
      expect(Number(reviews.comments) / n).toBeGreaterThan(0.7);
      expect(Number(reviews.dutch)).toBe(Number(reviews.comments));
      // The activities show what their reviews say, as the review service keeps it.
      const [stale] = await query<{ n: string }>(
        `SELECT count(*) AS n FROM activities a
           LEFT JOIN (SELECT activity_id, count(*) AS c, avg(rating) AS avg FROM reviews GROUP BY 1) r
             ON r.activity_id = a.id
          WHERE a.review_count <> coalesce(r.c, 0) OR abs(coalesce(a.average_rating, 0) - coalesce(r.avg, 0)) > 1e-9`,
      );
      expect(stale.n).toBe('0');
    });

    it('brings schools back: some reached last year are reached again this year', async () => {
      const [repeat] = await query<{ n: string }>(
        `SELECT count(*) AS n FROM (
           SELECT school_id FROM bookings WHERE status IN ('ACCEPTED', 'COMPLETED') AND preferred_date >= $1
           INTERSECT
           SELECT school_id FROM bookings WHERE status = 'COMPLETED' AND preferred_date >= $2 AND preferred_date < $1
         ) t`,
        [yearStart(year), yearStart(year - 1)],
      );
      expect(Number(repeat.n)).toBeGreaterThan(10);
    });

    it('has school requests and supply offers for next year in all 12 provinces', async () => {
      const rows = await query<{ province: Province; requests: string; offers: string }>(
        `SELECT p.province,
                (SELECT count(*) FROM school_requests r JOIN schools s ON s.id = r.school_id
                  WHERE s.province = p.province AND r.status = 'OPEN'
                    AND r.period_start >= $1 AND r.period_end < $2) AS requests,
                (SELECT count(*) FROM supply_offers o JOIN company_locations l ON l.id = o.location_id
                   JOIN companies c ON c.id = l.company_id
                  WHERE l.province = p.province AND o.status = 'OPEN' AND c.approved
                    AND o.period_start >= $1 AND o.period_end < $2) AS offers
           FROM unnest($3::text[]) AS p(province) ORDER BY 1`,
        [yearStart(year + 1), yearStart(year + 2), Object.values(Province)],
      );
      expect(rows).toHaveLength(12);
      for (const row of rows) {
        expect({ province: row.province, requests: Number(row.requests) > 0 }).toEqual({
          province: row.province,
          requests: true,
        });
        expect(Number(row.offers)).toBeGreaterThanOrEqual(3);
      }
      const [outside] = await query<{ n: string }>(
        `SELECT (SELECT count(*) FROM school_requests WHERE period_start < $1 OR period_end >= $2)
              + (SELECT count(*) FROM supply_offers WHERE period_start < $1 OR period_end >= $2) AS n`,
        [yearStart(year + 1), yearStart(year + 2)],
      );
      expect(outside.n).toBe('0');
    });

    it('lets a matching run in every province propose something', async () => {
      const app = await NestFactory.createApplicationContext(MatchingTestModule, { logger: false });
      try {
        const runs = app.get(MatchRunService);
        const empty: string[] = [];
        for (const province of Object.values(Province)) {
          const [run] = await query<{ id: string }>(
            `INSERT INTO match_runs (province) VALUES ($1) RETURNING id`,
            [province],
          );
          expect(await runs.execute(run.id)).toBe('done');
          const [result] = await query<{ status: string; proposals: string }>(
            `SELECT status, (SELECT count(*) FROM match_proposals WHERE run_id = $1) AS proposals
               FROM match_runs WHERE id = $1`,
            [run.id],
          );
          expect(result.status).toBe('DONE');
          if (Number(result.proposals) === 0) empty.push(province);
        }
        expect(empty).toEqual([]);
      } finally {
        await app.close();
      }
    }, 60_000);

    it('has some twenty companies waiting for approval, several in every province, none public', async () => {
      const rows = await query<{ province: Province; n: string }>(
        `SELECT l.province, count(DISTINCT c.id) AS n FROM companies c
           JOIN company_locations l ON l.company_id = c.id
          WHERE NOT c.approved GROUP BY 1 ORDER BY 1`,
      );
      expect(rows.map((row) => row.province).sort()).toEqual(Object.values(Province).sort());
      for (const row of rows) expect(Number(row.n)).toBeGreaterThanOrEqual(2);
      const total = rows.reduce((sum, row) => sum + Number(row.n), 0);
      expect(total).toBeGreaterThanOrEqual(15);
      expect(total).toBeLessThanOrEqual(30);
    });

    it('gives each demo login a busy week', async () => {
      const user = async (email: string) =>
        (
          await query<{ id: string; school_id: string; company_id: string }>(
            `SELECT id, school_id, company_id FROM users WHERE email = $1`,
            [email],
          )
        )[0];
      const teacher = await user('docent@demo.techmatch.nl');
      const company = await user('bedrijf@demo.techmatch.nl');
      const coordinator = await user('coordinator@demo.techmatch.nl');
      const weekAgo = `now() - interval '7 days'`;
      const [week] = await query<Record<string, string>>(
        `SELECT (SELECT count(*) FROM bookings b WHERE b.school_id = $1 AND b.status = 'COMPLETED'
                   AND b.completed_at > ${weekAgo}
                   AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.booking_id = b.id)) AS to_review,
                (SELECT count(*) FROM bookings b WHERE b.school_id = $1 AND b.status IN ('ACCEPTED', 'DECLINED')
                   AND b.response_message IS NOT NULL AND b.responded_at > ${weekAgo}) AS answered,
                (SELECT count(*) FROM waitlist_entries e JOIN partner_offers o ON o.entry_id = e.id
                  WHERE e.school_id = $1 AND e.programme = 'JET_NET' AND e.status = 'OFFERED'
                    AND o.status = 'PENDING' AND o.expires_at > now()) AS offers,
                (SELECT count(*) FROM bookings b JOIN activities a ON a.id = b.activity_id
                   JOIN company_locations l ON l.id = a.location_id
                  WHERE l.company_id = $2 AND b.status = 'REQUESTED' AND b.preferred_date > now()) AS to_answer,
                (SELECT count(*) FROM activities a JOIN company_locations l ON l.id = a.location_id
                  WHERE l.company_id = $2 AND a.status = 'DRAFT') AS drafts,
                (SELECT count(*) FROM notifications WHERE user_id = $3 AND read_at IS NULL) AS teacher_unread,
                (SELECT count(*) FROM notifications WHERE user_id = $4 AND read_at IS NULL
                    AND kind = 'BOOKING_REQUESTED') AS company_unread,
                (SELECT count(*) FROM notifications WHERE user_id = $5 AND kind = 'COMPANY_REGISTERED')
                  AS coordinator_notes,
                (SELECT count(*) FROM notifications WHERE emailed_at IS NULL) AS unmailed,
                (SELECT count(*) FROM notifications WHERE link IS NULL) AS unlinked`,
        [teacher.school_id, company.company_id, teacher.id, company.id, coordinator.id],
      );
      expect(Number(week.to_review)).toBeGreaterThanOrEqual(1);
      expect(Number(week.answered)).toBeGreaterThanOrEqual(1);
      expect(week.offers).toBe('1');
      expect(Number(week.to_answer)).toBeGreaterThanOrEqual(2);
      expect(Number(week.drafts)).toBeGreaterThanOrEqual(1);
      expect(Number(week.teacher_unread)).toBeGreaterThanOrEqual(3);
      expect(Number(week.company_unread)).toBeGreaterThanOrEqual(2);
      // History is never e-mailed when the worker starts.
      expect(week.unmailed).toBe('0');
      // Each one links into the web app, as the service's own do.
      expect(week.unlinked).toBe('0');
      // The coordinator's own region has demand and supply to match (the teacher's province, say).
      const [region] = await query<{ requests: string; offers: string }>(
        `SELECT (SELECT count(*) FROM school_requests r JOIN schools s ON s.id = r.school_id
                  WHERE s.province = t.province) AS requests,
                (SELECT count(*) FROM supply_offers o JOIN company_locations l ON l.id = o.location_id
                  WHERE l.province = t.province) AS offers
           FROM schools t WHERE t.id = $1`,
        [teacher.school_id],
      );
      expect(Number(region.requests)).toBeGreaterThan(0);
      expect(Number(region.offers)).toBeGreaterThan(0);
      // That province is one of the coordinator's, where companies wait for their approval; the coordinator
      // heard of each of them, and of no other.
      const [mine] = await query<{ teachers_province: boolean; waiting: string }>(
        `SELECT t.province = ANY(u.provinces) AS teachers_province,
                (SELECT count(DISTINCT c.id) FROM companies c JOIN company_locations l ON l.company_id = c.id
                  WHERE NOT c.approved AND l.province = ANY(u.provinces)) AS waiting
           FROM users u, schools t WHERE u.id = $1 AND t.id = $2`,
        [coordinator.id, teacher.school_id],
      );
      expect(mine.teachers_province).toBe(true);
      expect(Number(mine.waiting)).toBeGreaterThanOrEqual(2);
      expect(week.coordinator_notes).toBe(mine.waiting);
    });
  });

  it('gives the same data for the same seed, does not duplicate, and other data for another seed', async () => {
    const first = await digest();
    const firstYear = await yearDigest();
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
    expect(again.year.skipped).toBe(true);
    expect(await yearDigest()).toBe(firstYear);
    expect(await waitlist()).toBe(firstList);
    expect(lines.some((line) => line.includes('present already'))).toBe(true);
    expect(await digest()).toBe(first);
    const [{ users: usersAfter }] = await query<{ users: string }>(`SELECT count(*) AS users FROM users`);
    expect(usersAfter).toBe(usersBefore);

    const reset = await runSeed({ ...SMALL, reset: true }, log);
    expect(reset.supply.deleted?.activities).toBe(600);
    expect(await digest()).toBe(first);
    expect(await yearDigest()).toBe(firstYear);
    expect(reset.year.bookings).toBeGreaterThan(0);
    expect(await waitlist()).toBe(firstList);

    await runSeed({ ...SMALL, seed: 7, reset: true }, log);
    const other = await digest();
    expect(other).not.toBe(first);
    expect(await yearDigest()).not.toBe(firstYear);
    // The generated supply, without the draft the demo company may have been given.
    const [{ n }] = await query<{ n: string }>(`SELECT count(*) AS n FROM activities WHERE id <> $1`, [
      seededUuid(7, 'demo-draft', 0),
    ]);
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
