import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PublicReview } from '@app/bookings';
import { EducationLevel } from '@app/core';
import { Activity } from './activity.model';

@ObjectType({ description: "A school's review of an activity it took part in; one per completed booking." })
export class Review {
  @Field(() => ID, { description: 'Internal id.' })
  id: string;

  @Field(() => Activity, { description: 'The reviewed activity.' })
  activity: Activity;

  @Field(() => Int, { description: 'Stars, 1 to 5.' })
  rating: number;

  @Field(() => String, { nullable: true, description: 'What the school wrote, at most 2,000 characters.' })
  comment: string | null;

  @Field(() => Date, { description: 'When it was written.' })
  createdAt: Date;

  @Field(() => String, {
    description: "The reviewing school's place and the level of the booking; never a person's name.",
  })
  schoolCity: string;

  @Field(() => EducationLevel, { description: 'The education level of the reviewed booking.' })
  level: EducationLevel;

  activityId: string;

  static from(entity: PublicReview): Review {
    return Object.assign(new Review(), {
      id: entity.id,
      rating: entity.rating,
      comment: entity.comment,
      createdAt: entity.createdAt,
      schoolCity: entity.schoolCity,
      level: entity.level,
      activityId: entity.activityId,
    });
  }
}
