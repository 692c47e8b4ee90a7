import { applyDecorators } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@app/access';
import { BookingLifecycleService, BookingService } from '@app/bookings';
import { NotFoundException, type Actor } from '@app/core';
import { Authenticated, CurrentActor } from '../auth/auth.guard';
import type { RequestContext } from '../auth/request-context';
import { RequestBookingInput } from '../dto/booking.input';
import { BookingStatus, Province } from '../graphql/enums';
import { Activity } from '../models/activity.model';
import { Booking } from '../models/booking.model';
import { Review } from '../models/review.model';
import { School } from '../models/school.model';
import { IdempotencyKey } from '../dto/idempotency-key.args';

// A transition of a booking that either side of it, or a coordinator, may make (the service checks whose it is).
const EitherSide = (description: string) =>
  applyDecorators(
    Mutation(() => Booking, { description }),
    Authenticated(Permission.BookingManage),
  );
const BookingId = () => Args('id', { type: () => ID, description: 'The booking.' });

@Resolver(() => Booking)
export class BookingResolver {
  constructor(
    private readonly bookings: BookingService,
    private readonly lifecycle: BookingLifecycleService,
  ) {}

  @Query(() => [Booking], {
    description:
      'Teacher: the bookings of the own school; company contact: those of the own company; coordinator: all ' +
      '(filter by province). Newest first, at most 500.',
  })
  @Authenticated(Permission.BookingManage)
  async myBookings(
    @CurrentActor() actor: Actor,
    @Args('status', {
      type: () => BookingStatus,
      nullable: true,
      description: 'Only bookings with this status.',
    })
    status?: BookingStatus | null,
    @Args('province', {
      type: () => Province,
      nullable: true,
      description: 'Only bookings of schools in this province.',
    })
    province?: Province | null,
  ): Promise<Booking[]> {
    return (await this.bookings.list(actor, { status, province })).map((booking) => Booking.from(booking));
  }

  @Mutation(() => Booking, {
    description:
      'Teacher: request a PUBLISHED activity for the own school (coordinator: for the school named). The ' +
      'company is notified.',
  })
  @Authenticated(Permission.BookingRequest)
  async requestBooking(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'What to book.' }) input: RequestBookingInput,
    @IdempotencyKey() idempotencyKey?: string | null,
  ): Promise<Booking> {
    return Booking.from(await this.bookings.request(actor, input, idempotencyKey));
  }

  @Mutation(() => Booking, {
    description: "The activity's company accepts or declines a REQUESTED booking; the school is notified.",
  })
  @Authenticated(Permission.BookingAnswer)
  async respondToBooking(
    @CurrentActor() actor: Actor,
    @BookingId() id: string,
    @Args('accept', { description: 'true accepts, false declines.' }) accept: boolean,
    @Args('message', { type: () => String, nullable: true, description: 'A message to the school.' })
    message?: string | null,
  ): Promise<Booking> {
    return Booking.from(await this.lifecycle.respond(actor, id, accept, message));
  }

  @EitherSide(
    'Either side (or a coordinator) marks an ACCEPTED booking COMPLETED once its date has passed; then the ' +
      'school can review the activity.',
  )
  async completeBooking(@CurrentActor() actor: Actor, @BookingId() id: string): Promise<Booking> {
    return Booking.from(await this.lifecycle.complete(actor, id));
  }

  @EitherSide(
    'Either side (or a coordinator) cancels a REQUESTED or ACCEPTED booking before its date; the other side ' +
      'is notified. Sessions of a booking from the matching go back to the request and the offer.',
  )
  async cancelBooking(
    @CurrentActor() actor: Actor,
    @BookingId() id: string,
    @Args('reason', { type: () => String, nullable: true, description: 'Why, for the other side.' })
    reason?: string | null,
  ): Promise<Booking> {
    return Booking.from(await this.lifecycle.cancel(actor, id, reason));
  }

  @ResolveField(() => Activity, { description: 'The booked activity.' })
  async activity(@Parent() booking: Booking, @Context() ctx: RequestContext): Promise<Activity> {
    const activity = await ctx.loaders.activity.load(booking.activityId);
    if (!activity) throw new NotFoundException('Activity', booking.activityId);
    return Activity.from(activity);
  }

  @ResolveField(() => Review, {
    nullable: true,
    description: "The school's review of this booking once written (after it was COMPLETED); else null.",
  })
  async review(@Parent() booking: Booking, @Context() ctx: RequestContext): Promise<Review | null> {
    const review = await ctx.loaders.reviewOfBooking.load(booking.id);
    return review ? Review.from(review) : null;
  }

  @ResolveField(() => School, { description: 'The school that booked it.' })
  async school(@Parent() booking: Booking, @Context() ctx: RequestContext): Promise<School> {
    const school = await ctx.loaders.school.load(booking.schoolId);
    if (!school) throw new NotFoundException('School', booking.schoolId);
    return School.from(school);
  }
}
