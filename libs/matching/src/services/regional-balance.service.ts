import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService, Permission } from '@app/access';
import { ActivityType, EducationLevel, Province, type Actor } from '@app/core';
import { SchoolRequestStatus, SupplyOfferStatus } from '../matching.enums';

export interface RegionBalanceRow {
  province: Province;
  type: ActivityType;
  level: EducationLevel;
  demandSessions: number;
  supplySessions: number;
}

const order = <T extends string>(values: T[]) => new Map(values.map((value, i) => [value, i]));
const PROVINCES = order(Object.values(Province));
const TYPES = order(Object.values(ActivityType));
const LEVELS = order(Object.values(EducationLevel));

/**
 * Open demand against free supply, in sessions, per province, activity type and level.
 * Demand counts in the province of the school; supply counts in every province where at least one school
 * lies within its travel distance (the same reach the matching uses), so a company near a border counts on
 * both sides and rows do not add up to a national total. A request or offer naming several levels counts in
 * the row of each. Only what is still open counts: sessions not matched yet, of requests and offers that
 * are not withdrawn and whose period has not ended (or overlaps `schoolYear`, when given: 2025 = 2025/26).
 */
@Injectable()
export class RegionalBalanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Of the province, or of the provinces the actor works in (every province for an admin). */
  async balance(
    actor: Actor,
    province?: Province | null,
    schoolYear?: number | null,
  ): Promise<RegionBalanceRow[]> {
    const provinces = this.access.provincesFor(actor, Permission.MatchingRun, province);
    const byYear = schoolYear !== null && schoolYear !== undefined;
    const open = (alias: string) =>
      byYear
        ? `${alias}.period_end >= make_date($2::int, 8, 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'
           AND ${alias}.period_start < make_date($2::int + 1, 8, 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'`
        : `${alias}.period_end >= date_trunc('day', now() AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'Europe/Amsterdam'`;
    const rows = await this.dataSource.query<
      Array<{ province: Province; type: ActivityType; level: EducationLevel; demand: number; supply: number }>
    >(
      `WITH demand AS (
         SELECT s.province, r.type, level, SUM(r.sessions - r.sessions_used)::int AS sessions
           FROM school_requests r
           JOIN schools s ON s.id = r.school_id
           CROSS JOIN LATERAL unnest(r.levels) AS level
          WHERE r.status = '${SchoolRequestStatus.OPEN}' AND r.sessions_used < r.sessions
            AND ($1::text[] IS NULL OR s.province = ANY($1)) AND ${open('r')}
          GROUP BY 1, 2, 3),
       supply AS (
         SELECT reach AS province, o.type, level, SUM(o.sessions - o.sessions_used)::int AS sessions
           FROM supply_offers o
           JOIN company_locations l ON l.id = o.location_id
           JOIN companies c ON c.id = l.company_id AND c.approved
           CROSS JOIN LATERAL unnest(o.reach_provinces) AS reach
           CROSS JOIN LATERAL unnest(o.levels) AS level
          WHERE o.status = '${SupplyOfferStatus.OPEN}' AND o.sessions_used < o.sessions
            AND ($1::text[] IS NULL OR reach = ANY($1)) AND ${open('o')}
          GROUP BY 1, 2, 3)
       SELECT COALESCE(d.province, u.province) AS province, COALESCE(d.type, u.type) AS type,
              COALESCE(d.level, u.level) AS level,
              COALESCE(d.sessions, 0) AS demand, COALESCE(u.sessions, 0) AS supply
         FROM demand d FULL JOIN supply u ON u.province = d.province AND u.type = d.type AND u.level = d.level`,
      byYear ? [provinces, schoolYear] : [provinces],
    );
    return rows
      .map((row) => ({
        province: row.province,
        type: row.type,
        level: row.level,
        demandSessions: Number(row.demand),
        supplySessions: Number(row.supply),
      }))
      .sort(
        (a, b) =>
          (PROVINCES.get(a.province) ?? 99) - (PROVINCES.get(b.province) ?? 99) ||
          (TYPES.get(a.type) ?? 99) - (TYPES.get(b.type) ?? 99) ||
          (LEVELS.get(a.level) ?? 99) - (LEVELS.get(b.level) ?? 99),
      );
  }
}
