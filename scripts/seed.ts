import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import cliProgress from 'cli-progress';
import { DataSource } from 'typeorm';
import { ReferenceData, SchoolImportService, formatImportReport, type ImportProgress } from '@app/catalogue';
import { ConfigModule, ConfigValidationError, validateEnvironment } from '@app/config';
import { PROVINCE_NAMES, Programme, Province, Role } from '@app/core';
import { DatabaseModule } from '@app/database';
import { hashPassword } from '@app/identity';
import { schoolYearLabel } from '@app/matching';
import { QueueModule } from '@app/queue';
import {
  GENERATED_ID_SQL,
  SCHOOLS_FILE,
  SchoolYearSeeder,
  SeedModule,
  SupplySeeder,
  WaitlistSeeder,
  type SchoolYearSeedReport,
  type SeedSupplyReport,
  type WaitlistSeedReport,
} from '@app/seed';
import { migrate } from './migrate';

// npm run seed -- [--seed N] [--activities N] [--companies N] [--skip-schools] [--reset]
// Imports the real schools, then generates a national offer of companies, locations and activities, its
// waiting list, the three demo accounts and a school year of activity around them (deterministic for the seed).

// The catalogue's notification service needs the queue producer.
@Module({ imports: [ConfigModule, DatabaseModule, QueueModule, SeedModule] })
export class SeedScriptModule {}

export const DEMO_PASSWORD = 'Demo-wachtwoord-2026';
const TEACHER_EMAIL = 'docent@demo.techmatch.nl';
// The demo coordinator's region: the demo teacher's Oss lies in it, so its busy week (companies to approve, a
// province to match) is there; the seed puts waiting companies and open demand and supply in every province.
export const DEMO_COORDINATOR_REGION = {
  provinces: [Province.NOORD_BRABANT, Province.LIMBURG],
  programmes: [Programme.JET_NET, Programme.TECHNET],
};

export interface SeedOptions {
  seed: number;
  activities: number;
  /** Default: one company per four activities. */
  companies?: number;
  skipSchools: boolean;
  reset: boolean;
}

export interface DemoAccount {
  email: string;
  role: Role;
  /** The school or company the account acts for. */
  actsFor: string | null;
}

export interface SeedRunReport {
  supply: SeedSupplyReport;
  waitlist: WaitlistSeedReport;
  year: SchoolYearSeedReport;
  accounts: DemoAccount[];
  elapsedMs: number;
}

export const DEFAULT_SEED_OPTIONS: SeedOptions = {
  seed: 42,
  activities: 6000,
  skipSchools: false,
  reset: false,
};

const USAGE = `Usage: npm run seed -- [--seed N] [--activities N] [--companies N] [--skip-schools] [--reset]
  --seed N          seed of the generator (default 42); the same seed gives the same data
  --activities N    number of activities (default 6000; 100000 for the search benchmark)
  --companies N     number of companies (default: activities / 4, about 1,500)
  --skip-schools    do not import the school registry first
  --reset           delete the generated supply first (otherwise a second run writes nothing)`;

/** Parses the command line; throws with a message for the user on bad input. */
export function parseSeedArgs(argv: readonly string[]): SeedOptions {
  const options: SeedOptions = { ...DEFAULT_SEED_OPTIONS };
  const args = argv.flatMap((arg) => (/^--\w[\w-]*=/.test(arg) ? arg.split(/=(.*)/s, 2) : [arg]));
  const number = (flag: string, value: string | undefined, min: number) => {
    const parsed = Number(value);
    if (value === undefined || !Number.isInteger(parsed) || parsed < min) {
      throw new Error(`${flag} needs a whole number of at least ${min}`);
    }
    return parsed;
  };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    switch (arg) {
      case '--seed':
        options.seed = number(arg, args[++i], 0);
        break;
      case '--activities':
        options.activities = number(arg, args[++i], 0);
        break;
      case '--companies':
        options.companies = number(arg, args[++i], 1);
        break;
      case '--skip-schools':
        options.skipSchools = true;
        break;
      case '--reset':
        options.reset = true;
        break;
      default:
        throw new Error(`Unknown argument ${arg}`);
    }
  }
  return options;
}

async function upsertUser(
  dataSource: DataSource,
  user: {
    email: string;
    name: string;
    role: Role;
    schoolId?: string | null;
    companyId?: string | null;
    provinces?: Province[];
    programmes?: Programme[];
  },
): Promise<void> {
  await dataSource.query(
    // The demo logins are proven accounts: confirmed address, and a teacher's school link approved.
    `INSERT INTO users (email, password_hash, name, role, school_id, company_id, provinces, programmes,
                        email_verified, school_verified)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true, true)
     ON CONFLICT ((lower(email))) DO UPDATE
       SET password_hash = EXCLUDED.password_hash, name = EXCLUDED.name, role = EXCLUDED.role,
           school_id = EXCLUDED.school_id, company_id = EXCLUDED.company_id, provinces = EXCLUDED.provinces,
           programmes = EXCLUDED.programmes, email_verified = true, school_verified = true, updated_at = now()`,
    [
      user.email,
      await hashPassword(DEMO_PASSWORD),
      user.name,
      user.role,
      user.schoolId ?? null,
      user.companyId ?? null,
      user.provinces ?? [],
      user.programmes ?? [],
    ],
  );
}

/**
 * Creates or updates the demo accounts (by e-mail): a teacher of a havo/vwo school in Oss or 's-Hertogenbosch
 * that is not yet a Jet-Net partner or waiting for one (so that the seed can offer it one), a contact of an
 * approved generated company near it, and a coordinator. With `keepSchool` the teacher stays at the school she
 * has. Accounts whose school or company does not exist are left out.
 */
export async function ensureDemoAccounts(
  dataSource: DataSource,
  options: { keepSchool?: boolean } = {},
): Promise<DemoAccount[]> {
  const accounts: DemoAccount[] = [];
  const [school] = await dataSource.query<
    Array<{ id: string; name: string; city: string; lat: number; lon: number }>
  >(
    `SELECT id, name, city, lat, lon FROM schools s
     ORDER BY s.id IS NOT DISTINCT FROM (SELECT school_id FROM users WHERE $1 AND lower(email) = $2) DESC,
              (lower(city) IN ('oss', '''s-hertogenbosch') OR lower(municipality) IN ('oss', '''s-hertogenbosch')
               OR upper(municipality) IN ('OSS', 'S HERTOGENBOSCH')) DESC,
              (levels @> ARRAY['HAVO', 'VWO']::text[]) DESC,
              NOT EXISTS (SELECT 1 FROM waitlist_entries e WHERE e.school_id = s.id AND e.programme = 'JET_NET'
                            AND e.status IN ('WAITING', 'PLACED')) DESC,
              lower(city) = 'oss' DESC, pupils DESC NULLS LAST, vestigingscode
     LIMIT 1`,
    [options.keepSchool ?? false, TEACHER_EMAIL],
  );
  if (school) {
    await upsertUser(dataSource, {
      email: TEACHER_EMAIL,
      name: 'Docent Demo',
      role: Role.TEACHER,
      schoolId: school.id,
    });
    accounts.push({
      email: TEACHER_EMAIL,
      role: Role.TEACHER,
      actsFor: `${school.name}, ${school.city}`,
    });
  }
  // Oss when there is no school: the company is near the teacher either way.
  const near = school ?? { lat: 51.765, lon: 5.518 };
  const [company] = await dataSource.query<Array<{ id: string; name: string; city: string }>>(
    `SELECT c.id, c.name, l.city FROM companies c
     JOIN company_locations l ON l.company_id = c.id
     WHERE c.approved AND ${GENERATED_ID_SQL('c.id')}
       AND EXISTS (SELECT 1 FROM activities a WHERE a.location_id = l.id AND a.status = 'PUBLISHED')
     ORDER BY (l.lat - $1) ^ 2 + (l.lon - $2) ^ 2, c.id
     LIMIT 1`,
    [near.lat, near.lon],
  );
  if (company) {
    await upsertUser(dataSource, {
      email: 'bedrijf@demo.techmatch.nl',
      name: 'Bedrijf Demo',
      role: Role.COMPANY,
      companyId: company.id,
    });
    accounts.push({
      email: 'bedrijf@demo.techmatch.nl',
      role: Role.COMPANY,
      actsFor: `${company.name}, ${company.city}`,
    });
  }
  await upsertUser(dataSource, {
    email: 'coordinator@demo.techmatch.nl',
    name: 'Coördinator Demo',
    role: Role.COORDINATOR,
    ...DEMO_COORDINATOR_REGION,
  });
  accounts.push({
    email: 'coordinator@demo.techmatch.nl',
    role: Role.COORDINATOR,
    actsFor: DEMO_COORDINATOR_REGION.provinces.map((p) => PROVINCE_NAMES[p]).join(', '),
  });
  return accounts;
}

/** The demo logins as lines to print. */
export function formatDemoAccounts(accounts: readonly DemoAccount[]): string[] {
  return [
    `Demo logins (password ${DEMO_PASSWORD}):`,
    ...accounts.map((account) =>
      `  ${account.role.padEnd(11)} ${account.email.padEnd(30)} ${account.actsFor ? `(${account.actsFor})` : ''}`.trimEnd(),
    ),
  ];
}

function progressBar(): { onProgress: (p: ImportProgress) => void; stop: () => void } {
  if (!process.stdout.isTTY) return { onProgress: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { format: 'Importing schools |{bar}| {percentage}% | {value}/{total}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress: (p) => {
      if (!started) bar.start(p.total, p.done);
      else bar.update(p.done);
      started = true;
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

/** Runs the whole seed against DATABASE_URL from the environment. */
export async function runSeed(
  options: SeedOptions,
  log: (line: string) => void = console.log,
): Promise<SeedRunReport> {
  const started = performance.now();
  const env = validateEnvironment();
  const app = await NestFactory.createApplicationContext(SeedScriptModule, { logger: ['error', 'warn'] });
  try {
    if (!options.skipSchools) {
      const file = ReferenceData.path(env.DATA_DIR, SCHOOLS_FILE);
      const progress = progressBar();
      try {
        const report = await app
          .get(SchoolImportService)
          .importFile(file, { onProgress: progress.onProgress });
        progress.stop();
        for (const line of formatImportReport(report, 10)) log(line);
      } finally {
        progress.stop();
      }
    }
    log(
      `Seeding supply: seed ${options.seed}, ${options.activities} activities, ` +
        `${options.companies ?? Math.round(options.activities / 4)} companies`,
    );
    // A generated placement points at its generated location: the list goes before the supply does.
    if (options.reset) {
      log(`Deleted ${await app.get(WaitlistSeeder).reset()} generated waiting-list entries`);
      log(
        `Deleted ${await app.get(SchoolYearSeeder).reset()} generated bookings, requests and notifications`,
      );
    }
    const supply = await app.get(SupplySeeder).seed({
      seed: options.seed,
      activities: options.activities,
      companies: options.companies,
      reset: options.reset,
      log,
    });
    if (!supply.skipped) {
      log(
        `Wrote ${supply.written.companies} companies, ${supply.written.locations} locations and ` +
          `${supply.written.activities} activities in ${(supply.elapsedMs / 1000).toFixed(1)} s`,
      );
      log('Search: the worker indexes the new activities (or run npm run search:reindex).');
    }
    const waitlist = await app.get(WaitlistSeeder).seed({ seed: options.seed });
    if (!waitlist.skipped) {
      log(
        `Jet-Net partner capacity: ${waitlist.slots} slots at ${waitlist.locations} locations, ` +
          `${waitlist.placed} schools placed, ${waitlist.waiting} waiting`,
      );
    }
    const accounts = await ensureDemoAccounts(app.get(DataSource));
    for (const line of formatDemoAccounts(accounts)) log(line);
    if (!accounts.some((account) => account.role === Role.TEACHER)) {
      log('  (no school in the database, so no teacher account: run without --skip-schools)');
    }
    const year = await app.get(SchoolYearSeeder).seed({
      seed: options.seed,
      demoEmails: accounts.map((account) => account.email),
    });
    if (!year.skipped) {
      log(
        `School year ${schoolYearLabel(year.schoolYear)}: ${year.bookings} bookings (this year and last), ` +
          `${year.reviews} reviews, ${year.requests} school requests and ${year.offers} supply offers for next ` +
          `year, ${year.applicants} companies waiting for approval, ${year.notifications} notifications ` +
          `in ${(year.elapsedMs / 1000).toFixed(1)} s`,
      );
    }
    if (!accounts.some((account) => account.role === Role.COMPANY)) {
      log('  (no approved generated company with a published activity, so no company account)');
    }
    const elapsedMs = performance.now() - started;
    log(`Seed done in ${(elapsedMs / 1000).toFixed(1)} s`);
    return { supply, waitlist, year, accounts, elapsedMs };
  } finally {
    await app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let options: SeedOptions;
  try {
    if (process.argv.includes('--help') || process.argv.includes('-h')) {
      console.log(USAGE);
      process.exit(0);
    }
    options = parseSeedArgs(process.argv.slice(2));
    validateEnvironment();
  } catch (error) {
    console.error(
      error instanceof ConfigValidationError
        ? error.message
        : `${error instanceof Error ? error.message : String(error)}\n${USAGE}`,
    );
    process.exit(2);
  }
  // The database is created and migrated first, so that a fresh benchmark database needs no other step.
  migrate(validateEnvironment().DATABASE_URL)
    .then((ran) => {
      if (ran.length) console.log(`Applied ${ran.length} migration(s): ${ran.join(', ')}`);
      return runSeed(options);
    })
    .then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error instanceof Error ? (error.stack ?? error.message) : error);
        process.exit(1);
      },
    );
}
