import { existsSync } from 'node:fs';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { EnvironmentVariables } from '@app/config';
import { ReferenceData, readCsvFile } from '@app/catalogue';
import { Tx } from '@app/database';
import { GENERATED_ID_SQL } from './prng';
import {
  generateSupply,
  schoolYearStart,
  type GeneratedActivity,
  type GeneratedCompany,
  type GeneratedLocation,
  type GeneratedSupply,
} from './supply-generator';
import { columns, pgArray } from './unnest';

export const SCHOOLS_FILE = 'nl/schools/scholen_po_vo_so_geocoded_20241122.csv';

export interface SeedSupplyOptions {
  seed: number;
  activities: number;
  companies?: number;
  /** Delete the generated supply (and company accounts attached to it) first. */
  reset?: boolean;
  /** The day the school years are counted from; default today. */
  now?: Date;
  log?: (line: string) => void;
}

export interface SupplyCounts {
  companies: number;
  locations: number;
  activities: number;
}

export interface SeedSupplyReport {
  /** True when generated supply was present already and nothing was written. */
  skipped: boolean;
  deleted: SupplyCounts | null;
  written: SupplyCounts;
  elapsedMs: number;
}

const BATCH = 5000;

/**
 * Writes generated supply (see `generateSupply`) into the database with set-based inserts, all in one
 * transaction, and removes it again. Generated rows are recognised by their version-5 ids.
 */
@Injectable()
export class SupplySeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: ReferenceData,
    private readonly env: EnvironmentVariables,
  ) {}

  /** How much generated supply the database holds. */
  async existing(): Promise<SupplyCounts> {
    const [row] = await this.dataSource.query<Array<Record<keyof SupplyCounts, string>>>(`
      SELECT (SELECT count(*) FROM companies WHERE ${GENERATED_ID_SQL()}) AS companies,
             (SELECT count(*) FROM company_locations WHERE ${GENERATED_ID_SQL()}) AS locations,
             (SELECT count(*) FROM activities WHERE ${GENERATED_ID_SQL()}) AS activities`);
    return {
      companies: Number(row.companies),
      locations: Number(row.locations),
      activities: Number(row.activities),
    };
  }

  /** Deletes the generated companies, their locations and activities, and company accounts attached to them. */
  async reset(): Promise<SupplyCounts> {
    const before = await this.existing();
    try {
      await Tx.run(this.dataSource, async ({ manager }) => {
        // users.company_id is SET NULL on delete, which a COMPANY user may not be: remove those accounts first.
        await manager.query(
          `DELETE FROM users WHERE role = 'COMPANY'
             AND company_id IN (SELECT id FROM companies WHERE ${GENERATED_ID_SQL()})`,
        );
        await manager.query(`DELETE FROM companies WHERE ${GENERATED_ID_SQL()}`);
      });
    } catch (error) {
      const driver = (error as { driverError?: { code?: string; table?: string } }).driverError;
      if (driver?.code !== '23503') throw error;
      // A table without ON DELETE CASCADE still points at generated rows (a placed waiting-list entry, say).
      throw new Error(
        `Cannot delete the generated supply: rows in ${driver.table ?? 'another table'} refer to it. ` +
          'Remove those rows first, or seed a fresh database.',
        { cause: error },
      );
    }
    return before;
  }

  /** School locations per PC4 from the reference schools file, or from the database when it is absent. */
  async schoolsPerPc4(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    const path = ReferenceData.path(this.env.DATA_DIR, SCHOOLS_FILE);
    if (existsSync(path)) {
      const rows = readCsvFile(path);
      for (const row of rows) {
        const pc4 = (row.postcode ?? '').slice(0, 4);
        if (/^\d{4}$/.test(pc4)) counts.set(pc4, (counts.get(pc4) ?? 0) + 1);
      }
      return counts;
    }
    const rows = await this.dataSource.query<Array<{ pc4: string; n: string }>>(
      `SELECT left(postcode, 4) AS pc4, count(*) AS n FROM schools WHERE postcode IS NOT NULL GROUP BY 1`,
    );
    for (const row of rows) counts.set(row.pc4, Number(row.n));
    return counts;
  }

  /** Generates the supply for `options` without writing it. */
  async generate(options: Pick<SeedSupplyOptions, 'seed' | 'activities' | 'companies' | 'now'>) {
    const taken = await this.dataSource.query<Array<{ name: string }>>(
      `SELECT lower(name) AS name FROM companies WHERE NOT (${GENERATED_ID_SQL()})`,
    );
    return generateSupply({
      seed: options.seed,
      activities: options.activities,
      companies: options.companies,
      schoolYearStart: schoolYearStart(options.now ?? new Date()),
      pc4: [...this.reference.pc4Points().values()],
      schoolsPerPc4: await this.schoolsPerPc4(),
      takenNames: new Set(taken.map((row) => row.name)),
    });
  }

  /**
   * Seeds the supply unless generated supply is present already (then it reports `skipped`); with `reset`
   * it deletes the generated supply first.
   */
  async seed(options: SeedSupplyOptions): Promise<SeedSupplyReport> {
    const log = options.log ?? (() => undefined);
    const started = performance.now();
    let deleted: SupplyCounts | null = null;
    if (options.reset) {
      deleted = await this.reset();
      log(
        `Deleted generated supply: ${deleted.companies} companies, ${deleted.locations} locations, ` +
          `${deleted.activities} activities`,
      );
    } else {
      const present = await this.existing();
      if (present.companies > 0) {
        log(
          `Generated supply is present already (${present.companies} companies, ${present.activities} ` +
            `activities); nothing written. Use --reset to generate it again.`,
        );
        return { skipped: true, deleted, written: present, elapsedMs: performance.now() - started };
      }
    }
    const generating = performance.now();
    const supply = await this.generate(options);
    log(
      `Generated ${supply.companies.length} companies, ${supply.locations.length} locations, ` +
        `${supply.activities.length} activities in ${Math.round(performance.now() - generating)} ms`,
    );
    await this.write(supply, log);
    await this.dataSource.query('ANALYZE companies, company_locations, activities');
    return {
      skipped: false,
      deleted,
      written: {
        companies: supply.companies.length,
        locations: supply.locations.length,
        activities: supply.activities.length,
      },
      elapsedMs: performance.now() - started,
    };
  }

  /** Inserts the rows in batches of set-based INSERT ... SELECT FROM unnest(...), in one transaction. */
  async write(supply: GeneratedSupply, log: (line: string) => void = () => undefined): Promise<void> {
    await Tx.run(this.dataSource, async ({ manager }) => {
      await this.timed(log, 'companies', supply.companies, (batch) => this.insertCompanies(manager, batch));
      await this.timed(log, 'company_locations', supply.locations, (batch) =>
        this.insertLocations(manager, batch),
      );
      await this.timed(log, 'activities', supply.activities, (batch) =>
        this.insertActivities(manager, batch),
      );
    });
  }

  private async timed<T>(
    log: (line: string) => void,
    table: string,
    rows: readonly T[],
    insert: (batch: readonly T[]) => Promise<unknown>,
  ): Promise<void> {
    const started = performance.now();
    for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
    log(`  ${table}: ${rows.length} rows in ${Math.round(performance.now() - started)} ms`);
  }

  private insertCompanies(manager: EntityManager, rows: readonly GeneratedCompany[]) {
    return manager.query(
      `INSERT INTO companies (id, name, approved, approved_at)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::boolean[], $4::timestamptz[])`,
      columns(rows, [(r) => r.id, (r) => r.name, (r) => r.approved, (r) => r.approvedAt]),
    );
  }

  private insertLocations(manager: EntityManager, rows: readonly GeneratedLocation[]) {
    return manager.query(
      `INSERT INTO company_locations (id, company_id, name, street, postcode, city, municipality, province, lat, lon)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::varchar[], $6::text[],
                            $7::text[], $8::text[], $9::float8[], $10::float8[])`,
      columns(rows, [
        (r) => r.id,
        (r) => r.companyId,
        (r) => r.name,
        (r) => r.street,
        (r) => r.postcode,
        (r) => r.city,
        (r) => r.municipality,
        (r) => r.province,
        (r) => r.lat,
        (r) => r.lon,
      ]),
    );
  }

  private insertActivities(manager: EntityManager, rows: readonly GeneratedActivity[]) {
    // Array columns travel as array literals (unnest would flatten a two-dimensional array).
    return manager.query(
      `INSERT INTO activities (id, location_id, title, description, type, programme, levels, target_groups,
                               themes, delivery, provinces, max_travel_km, duration_minutes, max_participants,
                               cost_euros, starts_at, ends_at, status, published_at)
       SELECT id, location_id, title, description, type, programme, levels::text[], target_groups::text[],
              themes::text[], delivery, provinces::text[], max_travel_km, duration_minutes, max_participants,
              cost_euros, starts_at, ends_at, status, published_at
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                   $8::text[], $9::text[], $10::text[], $11::text[], $12::float8[], $13::int[], $14::int[],
                   $15::numeric[], $16::timestamptz[], $17::timestamptz[], $18::text[], $19::timestamptz[])
         AS t(id, location_id, title, description, type, programme, levels, target_groups, themes, delivery,
              provinces, max_travel_km, duration_minutes, max_participants, cost_euros, starts_at, ends_at,
              status, published_at)`,
      columns(rows, [
        (r) => r.id,
        (r) => r.locationId,
        (r) => r.title,
        (r) => r.description,
        (r) => r.type,
        (r) => r.programme,
        (r) => pgArray(r.levels),
        (r) => pgArray(r.targetGroups),
        (r) => pgArray(r.themes),
        (r) => r.delivery,
        (r) => pgArray(r.provinces),
        (r) => r.maxTravelKm,
        (r) => r.durationMinutes,
        (r) => r.maxParticipants,
        (r) => r.costEuros,
        (r) => r.startsAt,
        (r) => r.endsAt,
        (r) => r.status,
        (r) => r.publishedAt,
      ]),
    );
  }
}
