import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SchoolRequestEntity } from '@app/matching';
import { ActivityType, EducationLevel } from '../graphql/enums';
import { School } from './school.model';

@ObjectType({
  description:
    "A school's need, posted for matching: what, for whom, how many sessions, in which period (demand).",
})
export class SchoolRequest {
  @Field(() => ID, { description: 'Internal id.' })
  id: string;

  @Field(() => School, { description: 'The school that needs it.' })
  school: School;

  @Field(() => ActivityType, { description: 'The kind of activity wanted.' })
  type: ActivityType;

  @Field(() => [EducationLevel], { description: 'Levels of the groups; at least one.' })
  levels: EducationLevel[];

  @Field(() => [String], { description: 'Themes wanted; empty means any theme.' })
  themes: string[];

  @Field(() => Int, { description: 'Sessions wanted, 1 to 500.' })
  sessions: number;

  @Field(() => Int, { description: 'Sessions not matched yet (sessions minus accepted proposals).' })
  sessionsRemaining: number;

  @Field(() => Date, { description: 'First day of the period; the period lies within one school year.' })
  periodStart: Date;

  @Field(() => Date, { description: 'Last day of the period.' })
  periodEnd: Date;

  @Field({ description: 'OPEN (sessions left to match), MATCHED (none left) or WITHDRAWN.' })
  status: string;

  @Field(() => Date, { description: 'When it was posted; matching prefers requests that waited longer.' })
  createdAt: Date;

  schoolId: string;

  static from(entity: SchoolRequestEntity): SchoolRequest {
    return Object.assign(new SchoolRequest(), {
      id: entity.id,
      type: entity.type,
      levels: entity.levels,
      themes: entity.themes,
      sessions: entity.sessions,
      sessionsRemaining: entity.sessions - entity.sessionsUsed,
      periodStart: entity.periodStart,
      periodEnd: entity.periodEnd,
      status: entity.status,
      createdAt: entity.createdAt,
      schoolId: entity.schoolId,
    });
  }
}
