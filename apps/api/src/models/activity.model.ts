import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ActivityEntity } from '@app/catalogue';
import {
  ActivityStatus,
  ActivityType,
  Delivery,
  EducationLevel,
  Programme,
  Province,
  TargetGroup,
} from '../graphql/enums';
import { CompanyLocation } from './company.model';

@ObjectType({
  description: 'Something a company offers schools: a guest lesson, a company visit, a speeddate, ...',
})
export class Activity {
  @Field(() => ID, { description: 'Internal id.' })
  id: string;

  @Field({ description: 'Title, in Dutch.' })
  title: string;

  @Field({ description: 'Description, in Dutch.' })
  description: string;

  @Field(() => ActivityType, { description: 'Format of the activity.' })
  type: ActivityType;

  @Field(() => Programme, { description: 'Programme that supplies it.' })
  programme: Programme;

  @Field(() => [EducationLevel], { description: 'Levels it is for.' })
  levels: EducationLevel[];

  @Field(() => [TargetGroup], { description: 'Target groups.' })
  targetGroups: TargetGroup[];

  @Field(() => [String], { description: 'Themes, from the fixed list of domain themes.' })
  themes: string[];

  @Field(() => Delivery, { description: 'Where it takes place.' })
  delivery: Delivery;

  @Field(() => [Province], { description: 'Provinces where the activity is offered.' })
  provinces: Province[];

  @Field(() => CompanyLocation, { description: 'The company location that gives it.' })
  location: CompanyLocation;

  @Field(() => Float, {
    nullable: true,
    description: 'For AT_SCHOOL activities: how far the provider travels.',
  })
  maxTravelKm: number | null;

  @Field(() => Int, { nullable: true, description: 'Duration in minutes.' })
  durationMinutes: number | null;

  @Field(() => Int, { nullable: true, description: 'Largest group.' })
  maxParticipants: number | null;

  @Field(() => Float, { description: 'Cost to the school in euros; 0 when free.' })
  costEuros: number;

  @Field(() => Date, { nullable: true, description: 'When it starts (or its availability window opens).' })
  startsAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it ends (or its availability window closes).' })
  endsAt: Date | null;

  @Field(() => ActivityStatus, { description: 'DRAFT, PUBLISHED or ARCHIVED.' })
  status: ActivityStatus;

  @Field(() => Float, { nullable: true, description: 'Mean review rating, 1 to 5; null without reviews.' })
  averageRating: number | null;

  @Field(() => Int, { description: 'Number of reviews.' })
  reviewCount: number;

  locationId: string;

  static from(entity: ActivityEntity): Activity {
    const { location: _location, ...fields } = entity;
    return Object.assign(new Activity(), fields);
  }
}
