import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength } from 'class-validator';
import { IsPlausibleDate } from './plausible.validator';
import { EducationLevel } from '../graphql/enums';

@InputType({ description: 'A request to book a PUBLISHED activity for a group of the school.' })
export class RequestBookingInput {
  @Field(() => ID, { description: 'The activity.' })
  @IsString()
  activityId: string;

  @Field(() => EducationLevel, { description: 'Level of the group; one the activity is for.' })
  level: EducationLevel;

  @Field(() => Int, { description: 'Number of pupils: at least 1, at most the activity’s maxParticipants.' })
  @IsInt()
  @Max(10000)
  groupSize: number;

  @Field(() => Date, { nullable: true, description: 'The date the school would like; not in the past.' })
  @IsOptional()
  @IsDate()
  @IsPlausibleDate()
  preferredDate?: Date | null;

  @Field(() => String, { nullable: true, description: 'A message to the company, at most 2,000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  message?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Coordinators: the school to book for. Teachers book for their own school only.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'schoolId is not a valid id' })
  schoolId?: string | null;
}
