import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@app/access';
import { ReviewService } from '@app/bookings';
import { NotFoundException, type Actor } from '@app/core';
import { Authenticated, CurrentActor } from '../auth/auth.guard';
import type { RequestContext } from '../auth/request-context';
import { Activity } from '../models/activity.model';
import { Review } from '../models/review.model';

@Resolver(() => Review)
export class ReviewResolver {
  constructor(private readonly reviews: ReviewService) {}

  @Mutation(() => Review, {
    description:
      'Teacher: review an activity after a COMPLETED booking of the own school; once per booking. Updates the ' +
      "activity's averageRating and reviewCount.",
  })
  @Authenticated(Permission.ReviewCreate)
  async reviewActivity(
    @CurrentActor() actor: Actor,
    @Args('activityId', { type: () => ID, description: 'The activity.' }) activityId: string,
    @Args('rating', { type: () => Int, description: 'Stars, 1 to 5.' }) rating: number,
    @Args('comment', { type: () => String, nullable: true, description: 'At most 2,000 characters.' })
    comment?: string | null,
    @Args('bookingId', {
      type: () => ID,
      nullable: true,
      description: 'Which completed booking this reviews; default: the oldest one not reviewed yet.',
    })
    bookingId?: string | null,
  ): Promise<Review> {
    return Review.from(await this.reviews.review(actor, activityId, rating, comment, bookingId));
  }

  @ResolveField(() => Activity, { description: 'The reviewed activity.' })
  async activity(@Parent() review: Review, @Context() ctx: RequestContext): Promise<Activity> {
    const activity = await ctx.loaders.activity.load(review.activityId);
    if (!activity) throw new NotFoundException('Activity', review.activityId);
    return Activity.from(activity);
  }
}

@Resolver(() => Activity)
export class ActivityReviewsResolver {
  @ResolveField(() => [Review], { description: 'The newest reviews, newest first.' })
  async reviews(
    @Parent() activity: Activity,
    @Context() ctx: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 10, description: 'How many, at most 50.' }) first: number,
  ): Promise<Review[]> {
    const reviews = await ctx.loaders.reviewsOfActivity.load(activity.id);
    return reviews.slice(0, Math.max(0, Math.min(first, 50))).map((review) => Review.from(review));
  }
}
