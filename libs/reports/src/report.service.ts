import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Permission, AccessService } from '@app/access';
import { SchoolEntity } from '@app/catalogue';
import {
  DomainError,
  PROGRAMME_LEVELS,
  Programme,
  Province,
  haversineKm,
  type Actor,
  type EducationLevel,
} from '@app/core';
import { schoolYearOf } from '@app/matching';
import { REACH_SQL, UNREACHED_SQL } from './reach.sql';

/** Reach of one programme in one province in one school year. */
export interface ReachRow {
  province: Province;
  programme: Programme;
  schoolsReached: number;
  schoolsNotReached: number;
  pupilsReached: number;
  companiesActive: number;
  activitiesGiven: number;
  averageRating: number | null;
  repeatSchools: number;
  waitingAtYearEnd: number;
}

export interface ReachReport {
  schoolYear: number;
  rows: ReachRow[];
}

export interface UnreachedSchool {
  school: SchoolEntity;
  /** Great-circle distance to the nearest location that could serve the school; null when none could. */
  nearestSupplyKm: number | null;
}

export interface ReachFilter {
  province?: Province | null;
  programme?: Programme | null;
}

/** The first school year the service reports on. */
export const FIRST_REPORT_YEAR = 2015;

/**
 * What coordinators report each school year: reach per programme and province, and the schools nothing reached.
 * Each is one set-based statement over bookings, reviews and the waiting lists.
 */
@Injectable()
export class ReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Rows for every province and programme (or the one asked for), provinces and programmes in enum order. */
  async reach(actor: Actor, schoolYear: number, filter: ReachFilter = {}): Promise<ReachReport> {
    // A coordinator's report covers their provinces, unless they name one of them.
    const provinces =
      this.access.provincesFor(actor, Permission.ReportRead, filter.province) ?? Object.values(Province);
    assertReportYear(schoolYear);
    const programmes = filter.programme ? [filter.programme] : Object.values(Programme);
    const rows = await this.dataSource.query<ReachRow[]>(REACH_SQL, [
      schoolYear,
      provinces,
      programmes,
      programmes.map((programme) => PROGRAMME_LEVELS[programme].join(',')),
    ]);
    return { schoolYear, rows };
  }

  /**
   * The province's schools (teaching `level`, when given) that nothing reached in the school year, farthest from
   * any supply first: those without any come first, as the white spots of the map.
   */
  async unreached(
    actor: Actor,
    schoolYear: number,
    province: Province,
    level?: EducationLevel | null,
  ): Promise<UnreachedSchool[]> {
    await this.access.require(actor, Permission.ReportRead, [province]);
    assertReportYear(schoolYear);
    const found = await this.dataSource.query<Array<{ id: string; lat: number | null; lon: number | null }>>(
      UNREACHED_SQL,
      [schoolYear, province, level ?? null],
    );
    const schools = new Map(
      (await this.dataSource.getRepository(SchoolEntity).findBy({ id: In(found.map((row) => row.id)) })).map(
        (school) => [school.id, school],
      ),
    );
    const unreached = found.map((row) => {
      const school = schools.get(row.id)!;
      const km =
        row.lat === null || row.lon === null ? null : haversineKm(school, { lat: row.lat, lon: row.lon });
      return { school, nearestSupplyKm: km === null ? null : Math.round(km * 100) / 100 };
    });
    return unreached.sort(
      (a, b) =>
        (b.nearestSupplyKm ?? Infinity) - (a.nearestSupplyKm ?? Infinity) ||
        a.school.name.localeCompare(b.school.name, 'nl') ||
        a.school.vestigingscode.localeCompare(b.school.vestigingscode),
    );
  }
}

/** Reports cover 2015/16 up to next school year; anything else is a mistyped year. */
export function assertReportYear(schoolYear: number, now = new Date()): void {
  const last = schoolYearOf(now) + 1;
  if (!Number.isInteger(schoolYear) || schoolYear < FIRST_REPORT_YEAR || schoolYear > last) {
    throw new DomainError(
      'SCHOOL_YEAR_OUT_OF_RANGE',
      `Reports cover the school years ${FIRST_REPORT_YEAR} to ${last} (named by the year they start)`,
      { field: 'schoolYear', first: FIRST_REPORT_YEAR, last },
    );
  }
}
