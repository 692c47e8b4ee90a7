import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsInt, IsNumber, IsOptional, IsString, IsUUID } from 'class-validator';
import { ActivityType, EducationLevel } from '../graphql/enums';

@InputType({ description: 'A school need: what, for whom, how many sessions, in which period.' })
export class CreateSchoolRequestInput {
  @Field(() => ActivityType, { description: 'The kind of activity wanted.' })
  type: ActivityType;

  @Field(() => [EducationLevel], { description: 'Levels of the groups; at least one.' })
  levels: EducationLevel[];

  @Field(() => [String], { description: 'Themes from the domain list; empty means any theme.' })
  themes: string[];

  @Field(() => Int, { description: 'Sessions wanted, 1 to 500.' })
  @IsInt()
  sessions: number;

  @Field(() => Date, {
    description: 'First day; the period lies within one school year (1 August – 31 July).',
  })
  @IsDate()
  periodStart: Date;

  @Field(() => Date, { description: 'Last day; not before periodStart and not in the past.' })
  @IsDate()
  periodEnd: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'Coordinators: the school to post for. Teachers post for their own school only.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'schoolId is not a valid id' })
  schoolId?: string | null;
}

@InputType({ description: 'Changes to a school request; omitted fields stay as they are.' })
export class UpdateSchoolRequestInput {
  @Field(() => ActivityType, { nullable: true, description: 'The kind of activity wanted.' })
  @IsOptional()
  type?: ActivityType | null;

  @Field(() => [EducationLevel], { nullable: true, description: 'Levels of the groups; at least one.' })
  @IsOptional()
  levels?: EducationLevel[] | null;

  @Field(() => [String], { nullable: true, description: 'Themes; empty means any theme.' })
  @IsOptional()
  themes?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Sessions wanted, 1 to 500; not below those matched.' })
  @IsOptional()
  @IsInt()
  sessions?: number | null;

  @Field(() => Date, { nullable: true, description: 'First day of the period.' })
  @IsOptional()
  @IsDate()
  periodStart?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last day of the period.' })
  @IsOptional()
  @IsDate()
  periodEnd?: Date | null;
}

@InputType({
  description: "A company location's capacity to give sessions of one activity type in a period.",
})
export class CreateSupplyOfferInput {
  @Field(() => ID, { description: 'The location; one of your own company.' })
  @IsString()
  locationId: string;

  @Field(() => ActivityType, { description: 'The kind of activity offered.' })
  type: ActivityType;

  @Field(() => [EducationLevel], { description: 'Levels it is for; at least one.' })
  levels: EducationLevel[];

  @Field(() => [String], { description: 'Themes from the domain list.' })
  themes: string[];

  @Field(() => Int, { description: 'Sessions the location can give, 1 to 500.' })
  @IsInt()
  sessions: number;

  @Field(() => Date, {
    description: 'First day; the period lies within one school year (1 August – 31 July).',
  })
  @IsDate()
  periodStart: Date;

  @Field(() => Date, { description: 'Last day; not before periodStart and not in the past.' })
  @IsDate()
  periodEnd: Date;

  @Field(() => Float, {
    description: 'How far the provider travels to a school, more than 0 and at most 400 km.',
  })
  @IsNumber()
  maxTravelKm: number;

  @Field(() => ID, {
    nullable: true,
    description:
      'An activity of this location and type that bookings from accepted proposals point at; when omitted, ' +
      'a draft activity describing the offer is created on the first accepted proposal.',
  })
  @IsOptional()
  @IsString()
  activityId?: string | null;
}

@InputType({ description: 'Changes to a supply offer; omitted fields stay as they are.' })
export class UpdateSupplyOfferInput {
  @Field(() => ActivityType, { nullable: true, description: 'The kind of activity offered.' })
  @IsOptional()
  type?: ActivityType | null;

  @Field(() => [EducationLevel], { nullable: true, description: 'Levels it is for; at least one.' })
  @IsOptional()
  levels?: EducationLevel[] | null;

  @Field(() => [String], { nullable: true, description: 'Themes from the domain list.' })
  @IsOptional()
  themes?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Sessions, 1 to 500; not below those matched.' })
  @IsOptional()
  @IsInt()
  sessions?: number | null;

  @Field(() => Date, { nullable: true, description: 'First day of the period.' })
  @IsOptional()
  @IsDate()
  periodStart?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last day of the period.' })
  @IsOptional()
  @IsDate()
  periodEnd?: Date | null;

  @Field(() => Float, { nullable: true, description: 'How far the provider travels, at most 400 km.' })
  @IsOptional()
  @IsNumber()
  maxTravelKm?: number | null;

  @Field(() => ID, { nullable: true, description: 'The activity bookings point at.' })
  @IsOptional()
  @IsString()
  activityId?: string | null;
}
