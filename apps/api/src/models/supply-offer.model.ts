import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SupplyOfferEntity } from '@app/matching';
import { ActivityType, EducationLevel, Province } from '../graphql/enums';
import { Activity } from './activity.model';
import { CompanyLocation } from './company.model';

@ObjectType({
  description: "A company location's capacity to give sessions of one activity type in a period (supply).",
})
export class SupplyOffer {
  @Field(() => ID, { description: 'Internal id.' })
  id: string;

  @Field(() => CompanyLocation, { description: 'The company location that gives the sessions.' })
  location: CompanyLocation;

  @Field(() => ActivityType, { description: 'The kind of activity offered.' })
  type: ActivityType;

  @Field(() => [EducationLevel], { description: 'Levels it is for; at least one.' })
  levels: EducationLevel[];

  @Field(() => [String], { description: 'Themes; a request that names themes needs one of these.' })
  themes: string[];

  @Field(() => Int, { description: 'Sessions the location can give, 1 to 500.' })
  sessions: number;

  @Field(() => Int, { description: 'Sessions not matched yet.' })
  sessionsRemaining: number;

  @Field(() => Date, { description: 'First day of the period; the period lies within one school year.' })
  periodStart: Date;

  @Field(() => Date, { description: 'Last day of the period.' })
  periodEnd: Date;

  @Field(() => Float, { description: 'How far the provider travels to a school.' })
  maxTravelKm: number;

  @Field(() => [Province], {
    description: 'Provinces with at least one school within reach (computed when the offer is saved).',
  })
  reachProvinces: Province[];

  @Field({ description: 'OPEN or WITHDRAWN.' })
  status: string;

  @Field(() => Activity, {
    nullable: true,
    description:
      'The activity that bookings from accepted proposals point at; created as a draft on the first accepted ' +
      'proposal when none was named.',
  })
  activity: Activity | null;

  @Field(() => Date, { description: 'When it was posted.' })
  createdAt: Date;

  locationId: string;
  activityId: string | null;

  static from(entity: SupplyOfferEntity): SupplyOffer {
    return Object.assign(new SupplyOffer(), {
      id: entity.id,
      type: entity.type,
      levels: entity.levels,
      themes: entity.themes,
      sessions: entity.sessions,
      sessionsRemaining: entity.sessions - entity.sessionsUsed,
      periodStart: entity.periodStart,
      periodEnd: entity.periodEnd,
      maxTravelKm: entity.maxTravelKm,
      reachProvinces: entity.reachProvinces,
      status: entity.status,
      createdAt: entity.createdAt,
      locationId: entity.locationId,
      activityId: entity.activityId,
    });
  }
}
