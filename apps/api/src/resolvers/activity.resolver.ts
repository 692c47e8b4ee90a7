import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@app/access';
import { ActivityOwnerService, ActivityService, OWN_ACTIVITIES_LIMIT } from '@app/catalogue';
import { NotFoundException, type Actor } from '@app/core';
import { Authenticated, CurrentActor, OptionalActor } from '../auth/auth.guard';
import type { RequestContext } from '../auth/request-context';
import { CreateActivityInput } from '../dto/create-activity.input';
import { UpdateActivityInput } from '../dto/update-activity.input';
import { ActivityStatus } from '../graphql/enums';
import { Activity } from '../models/activity.model';
import { CompanyLocation } from '../models/company.model';
import { IdempotencyKey } from '../dto/idempotency-key.args';

@Resolver(() => Activity)
export class ActivityResolver {
  constructor(
    private readonly activities: ActivityService,
    private readonly owners: ActivityOwnerService,
  ) {}

  @Query(() => Activity, {
    nullable: true,
    description: 'An activity; drafts only for their own company and coordinators.',
  })
  async activity(
    @OptionalActor() actor: Actor | null,
    @Args('id', { type: () => ID, description: 'The activity.' }) id: string,
  ): Promise<Activity | null> {
    const activity = await this.activities.findVisible(actor, id);
    return activity ? Activity.from(activity) : null;
  }

  // A coordinator has no company of its own: it reaches a company's activities through activity and search.
  @Query(() => [Activity], {
    description: `Company contact: the own company's activities in every status, newest first. At most ${OWN_ACTIVITIES_LIMIT}.`,
  })
  @Authenticated(Permission.ActivityListOwn)
  async myActivities(
    @CurrentActor() actor: Actor,
    @Args('status', {
      type: () => ActivityStatus,
      nullable: true,
      description: 'Only activities in this status; every status when absent.',
    })
    status?: ActivityStatus | null,
  ): Promise<Activity[]> {
    return (await this.owners.listOwn(actor, status)).map((activity) => Activity.from(activity));
  }

  @Mutation(() => Activity, { description: 'Company contact or coordinator: create an activity as a DRAFT.' })
  @Authenticated(Permission.ActivityCreate)
  async createActivity(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The activity.' }) input: CreateActivityInput,
    @IdempotencyKey() idempotencyKey?: string | null,
  ): Promise<Activity> {
    return Activity.from(await this.activities.create(actor, input, idempotencyKey));
  }

  @Mutation(() => Activity, {
    description: 'Publish an activity so that schools can find it (company must be approved).',
  })
  @Authenticated(Permission.ActivityPublish)
  async publishActivity(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The activity.' }) id: string,
  ): Promise<Activity> {
    return Activity.from(await this.activities.publish(actor, id));
  }

  @Mutation(() => Activity, { description: 'Archive an activity: it can no longer be found or booked.' })
  @Authenticated(Permission.ActivityManage)
  async archiveActivity(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The activity.' }) id: string,
  ): Promise<Activity> {
    return Activity.from(await this.activities.archive(actor, id));
  }

  @Mutation(() => Activity, {
    description:
      'Company contact of its company, or coordinator: change an activity that is not archived; a published ' +
      "activity's change is findable within seconds.",
  })
  @Authenticated(Permission.ActivityManage)
  async updateActivity(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The activity.' }) id: string,
    @Args('input', { description: 'The fields to change.' }) input: UpdateActivityInput,
  ): Promise<Activity> {
    return Activity.from(await this.owners.update(actor, id, input));
  }

  @ResolveField(() => CompanyLocation, { description: 'The company location that gives it.' })
  async location(@Parent() activity: Activity, @Context() ctx: RequestContext): Promise<CompanyLocation> {
    const location = await ctx.loaders.location.load(activity.locationId);
    if (!location) throw new NotFoundException('Company location', activity.locationId);
    return CompanyLocation.from(location);
  }
}
