import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@app/access';
import type { Actor } from '@app/core';
import { ReportService } from '@app/reports';
import { Authenticated, CurrentActor } from '../auth/auth.guard';
import { EducationLevel, Programme, Province } from '../graphql/enums';
import { ReachReport, UnreachedSchool } from '../models/report.model';

const SCHOOL_YEAR = 'The school year, named by the year it starts: 2026 for 2026/27 (2015 up to next year).';

@Resolver(() => ReachReport)
export class ReportResolver {
  constructor(private readonly reports: ReportService) {}

  @Query(() => ReachReport, {
    description:
      'Coordinator: reach per province and programme in a school year (every province of the coordinator and ' +
      'every programme, unless one is named). Also as CSV: GET /reports/reach.csv?schoolYear=2026.',
  })
  @Authenticated(Permission.ReportRead)
  async reachReport(
    @CurrentActor() actor: Actor,
    @Args('schoolYear', { type: () => Int, description: SCHOOL_YEAR }) schoolYear: number,
    @Args('province', {
      type: () => Province,
      nullable: true,
      description: "Only this province; else the coordinator's own (all for an admin).",
    })
    province?: Province | null,
    @Args('programme', { type: () => Programme, nullable: true, description: 'Only this programme.' })
    programme?: Programme | null,
  ): Promise<ReachReport> {
    return ReachReport.from(await this.reports.reach(actor, schoolYear, { province, programme }));
  }

  @Query(() => [UnreachedSchool], {
    description:
      'Coordinator: the schools of a province that nothing reached in a school year, farthest from any supply ' +
      'that could serve them first (those with none at all before them).',
  })
  @Authenticated(Permission.ReportRead)
  async unreachedSchools(
    @CurrentActor() actor: Actor,
    @Args('schoolYear', { type: () => Int, description: SCHOOL_YEAR }) schoolYear: number,
    @Args('province', { type: () => Province, description: 'The province of the schools.' })
    province: Province,
    @Args('level', {
      type: () => EducationLevel,
      nullable: true,
      description: 'Only schools teaching this level, and supply for it.',
    })
    level?: EducationLevel | null,
  ): Promise<UnreachedSchool[]> {
    return (await this.reports.unreached(actor, schoolYear, province, level)).map((row) =>
      UnreachedSchool.from(row),
    );
  }
}
