import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { ReachReport as ReachReportData, UnreachedSchool as UnreachedSchoolData } from '@app/reports';
import { Programme, Province } from '../graphql/enums';
import { School } from './school.model';

@ObjectType({
  description: 'Reach of one programme in one province in one school year: what coordinators report.',
})
export class ReachRow {
  @Field(() => Province, { description: 'The province of the schools.' })
  province: Province;

  @Field(() => Programme, { description: 'The programme of the activities.' })
  programme: Programme;

  @Field(() => Int, {
    description: 'Schools with an accepted or completed booking, or a partner placement, in the school year.',
  })
  schoolsReached: number;

  @Field(() => Int, {
    description: 'Schools of the province that could take part (by level) and were not reached.',
  })
  schoolsNotReached: number;

  @Field(() => Int, { description: 'Pupils in the groups of the completed bookings.' })
  pupilsReached: number;

  @Field(() => Int, {
    description: 'Companies that gave or will give an activity, or took a partner school.',
  })
  companiesActive: number;

  @Field(() => Int, { description: 'Completed bookings.' })
  activitiesGiven: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Average rating (1-5) of the reviews of the completed bookings; null without reviews.',
  })
  averageRating: number | null;

  @Field(() => Int, { description: 'Reached schools that also took part the school year before.' })
  repeatSchools: number;

  @Field(() => Int, {
    description: 'Schools on the waiting list at the end of the school year (now, while the year runs).',
  })
  waitingAtYearEnd: number;
}

@ObjectType({ description: 'Reach per programme and province in one school year.' })
export class ReachReport {
  @Field(() => Int, { description: 'The school year, named by the year it starts: 2026 for 2026/27.' })
  schoolYear: number;

  @Field(() => [ReachRow], {
    description: 'One row per province and programme, in the order of their enums.',
  })
  rows: ReachRow[];

  static from(report: ReachReportData): ReachReport {
    return Object.assign(new ReachReport(), {
      schoolYear: report.schoolYear,
      rows: report.rows.map((row) => Object.assign(new ReachRow(), row)),
    });
  }
}

@ObjectType({ description: 'A school that no activity reached this school year, with the nearest supply.' })
export class UnreachedSchool {
  @Field(() => School, { description: 'The school.' })
  school: School;

  @Field(() => Float, {
    nullable: true,
    description:
      'Kilometres (great circle) to the nearest location with published activities or open supply for its ' +
      'levels; null when there is none.',
  })
  nearestSupplyKm: number | null;

  static from(row: UnreachedSchoolData): UnreachedSchool {
    return Object.assign(new UnreachedSchool(), {
      school: School.from(row.school),
      nearestSupplyKm: row.nearestSupplyKm,
    });
  }
}
