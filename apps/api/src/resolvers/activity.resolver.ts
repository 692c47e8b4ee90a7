import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActivityService } from '@app/catalogue';
import { NotFoundException, Role, type Actor } from '@app/core';
import { Authenticated, CurrentActor, OptionalActor } from '../auth/auth.guard';
import type { RequestContext } from '../auth/request-context';
import { CreateActivityInput } from '../dto/create-activity.input';
import { Activity } from '../models/activity.model';
import { CompanyLocation } from '../models/company.model';

@Resolver(() => Activity)
export class ActivityResolver {
  constructor(private readonly activities: ActivityService) {}

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

  @Mutation(() => Activity, { description: 'Company contact or coordinator: create an activity as a DRAFT.' })
  @Authenticated(Role.COMPANY, Role.COORDINATOR)
  async createActivity(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The activity.' }) input: CreateActivityInput,
  ): Promise<Activity> {
    return Activity.from(await this.activities.create(actor, input));
  }

  @Mutation(() => Activity, {
    description: 'Publish an activity so that schools can find it (company must be approved).',
  })
  @Authenticated(Role.COMPANY, Role.COORDINATOR)
  async publishActivity(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The activity.' }) id: string,
  ): Promise<Activity> {
    return Activity.from(await this.activities.publish(actor, id));
  }

  @Mutation(() => Activity, { description: 'Archive an activity: it can no longer be found or booked.' })
  @Authenticated(Role.COMPANY, Role.COORDINATOR)
  async archiveActivity(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The activity.' }) id: string,
  ): Promise<Activity> {
    return Activity.from(await this.activities.archive(actor, id));
  }

  @ResolveField(() => CompanyLocation, { description: 'The company location that gives it.' })
  async location(@Parent() activity: Activity, @Context() ctx: RequestContext): Promise<CompanyLocation> {
    const location = await ctx.loaders.location.load(activity.locationId);
    if (!location) throw new NotFoundException('Company location', activity.locationId);
    return CompanyLocation.from(location);
  }
}
