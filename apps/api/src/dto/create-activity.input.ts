import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsPlausibleDate } from './plausible.validator';
import { ActivityType, Delivery, EducationLevel, Programme, Province, TargetGroup } from '../graphql/enums';

@InputType({ description: 'A new activity; it starts as a DRAFT.' })
export class CreateActivityInput {
  @Field({ description: 'Title, in Dutch; not empty.' })
  @IsString()
  @MaxLength(200)
  title: string;

  @Field({ description: 'Description, in Dutch.' })
  @IsString()
  @MaxLength(10000)
  description: string;

  @Field(() => ActivityType, { description: 'Format.' })
  type: ActivityType;

  @Field(() => Programme, { description: 'Programme that supplies it.' })
  programme: Programme;

  @Field(() => [EducationLevel], { description: 'Levels it is for; at least one.' })
  levels: EducationLevel[];

  @Field(() => [TargetGroup], { description: 'Target groups; empty means all pupils.' })
  targetGroups: TargetGroup[];

  @Field(() => [String], { description: 'Themes from the domain list (energie, water, robotica, ...).' })
  themes: string[];

  @Field(() => Delivery, { description: 'Where it takes place.' })
  delivery: Delivery;

  @Field(() => [Province], {
    nullable: true,
    description: 'Provinces where it is offered; default: all for ONLINE, else the province of the location.',
  })
  provinces?: Province[] | null;

  @Field(() => ID, { description: 'The company location that gives it; one of your own company.' })
  @IsUUID('all', { message: 'locationId is not a valid id' })
  locationId: string;

  @Field(() => Float, {
    nullable: true,
    description: 'For AT_SCHOOL: how far the provider travels (default 25 km).',
  })
  @IsOptional()
  @IsNumber()
  maxTravelKm?: number | null;

  @Field(() => Int, { nullable: true, description: 'Duration in minutes.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  // A month: longer activities are availability windows, described by startsAt and endsAt.
  @Max(44640)
  durationMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Largest group.' })
  @IsOptional()
  @IsInt()
  // The lower bound is the service's rule (a reason of its own).
  @Max(10000)
  maxParticipants?: number | null;

  @Field(() => Float, { description: 'Cost to the school in euros; 0 when free.' })
  @IsNumber()
  costEuros: number;

  @Field(() => Date, { nullable: true, description: 'Start, or when the availability window opens.' })
  @IsOptional()
  @IsDate()
  @IsPlausibleDate()
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End, or when the availability window closes.' })
  @IsOptional()
  @IsDate()
  @IsPlausibleDate()
  endsAt?: Date | null;
}
