import { Field, ObjectType } from '@nestjs/graphql';
import type { SchoolRequestEntity } from '@app/matching';
import { PostingModel, postingFields } from './posting.model';
import { School } from './school.model';

@ObjectType({
  description:
    "A school's need, posted for matching: what, for whom, how many sessions, in which period (demand).",
})
export class SchoolRequest extends PostingModel({
  type: 'The kind of activity wanted.',
  levels: 'Levels of the groups; at least one.',
  themes: 'Themes wanted; empty means any theme.',
  sessions: 'Sessions wanted, 1 to 500.',
  sessionsRemaining: 'Sessions not matched yet (sessions minus accepted proposals).',
  status: 'OPEN (sessions left to match), MATCHED (none left) or WITHDRAWN.',
  createdAt: 'When it was posted; matching prefers requests that waited longer.',
}) {
  @Field(() => School, { description: 'The school that needs it.' })
  school: School;

  schoolId: string;

  static from(entity: SchoolRequestEntity): SchoolRequest {
    return Object.assign(new SchoolRequest(), postingFields(entity), { schoolId: entity.schoolId });
  }
}
