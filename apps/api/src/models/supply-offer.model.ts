import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { SupplyOfferEntity } from '@app/matching';
import { Province } from '../graphql/enums';
import { Activity } from './activity.model';
import { CompanyLocation } from './company.model';
import { PostingModel, postingFields } from './posting.model';

@ObjectType({
  description: "A company location's capacity to give sessions of one activity type in a period (supply).",
})
export class SupplyOffer extends PostingModel({
  type: 'The kind of activity offered.',
  levels: 'Levels it is for; at least one.',
  themes: 'Themes; a request that names themes needs one of these.',
  sessions: 'Sessions the location can give, 1 to 500.',
  sessionsRemaining: 'Sessions not matched yet.',
  status: 'OPEN or WITHDRAWN.',
  createdAt: 'When it was posted.',
}) {
  @Field(() => CompanyLocation, { description: 'The company location that gives the sessions.' })
  location: CompanyLocation;

  @Field(() => Float, { description: 'How far the provider travels to a school.' })
  maxTravelKm: number;

  @Field(() => [Province], {
    description: 'Provinces with at least one school within reach (computed when the offer is saved).',
  })
  reachProvinces: Province[];

  @Field(() => Activity, {
    nullable: true,
    description:
      'The activity that bookings from accepted proposals point at; created as a draft on the first accepted ' +
      'proposal when none was named.',
  })
  activity: Activity | null;

  locationId: string;
  activityId: string | null;

  static from(entity: SupplyOfferEntity): SupplyOffer {
    return Object.assign(new SupplyOffer(), postingFields(entity), {
      maxTravelKm: entity.maxTravelKm,
      reachProvinces: entity.reachProvinces,
      locationId: entity.locationId,
      activityId: entity.activityId,
    });
  }
}
