import {
  Args,
  Context,
  Float,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Permission } from '@app/access';
import { NotFoundException, isCoordinator, type Actor } from '@app/core';
import {
  PartnerCapacityService,
  PlacementService,
  WaitlistService,
  describeWait,
  expectedWaitDays,
} from '@app/waitlist';
import { Authenticated, CurrentActor } from '../auth/auth.guard';
import type { RequestContext } from '../auth/request-context';
import { Programme, Province, WaitlistStatus } from '../graphql/enums';
import { CompanyLocation } from '../models/company.model';
import { School } from '../models/school.model';
import { PartnerCapacity, PartnerOffer, WaitlistEntry, WaitlistEvent } from '../models/waitlist.model';

@Resolver(() => WaitlistEntry)
export class WaitlistResolver {
  constructor(
    private readonly service: WaitlistService,
    private readonly placement: PlacementService,
    private readonly capacity: PartnerCapacityService,
  ) {}

  @Query(() => [WaitlistEntry], {
    description:
      'Coordinator: the waiting list of a programme in list order (priority, then time of joining), ' +
      'per province; by default the WAITING and OFFERED entries.',
  })
  @Authenticated(Permission.WaitlistAdminister)
  async waitlist(
    @CurrentActor() actor: Actor,
    @Args('programme', { type: () => Programme, description: 'JET_NET or JET_NET_JUNIOR.' })
    programme: Programme,
    @Args('province', {
      type: () => Province,
      nullable: true,
      description: "One province; a coordinator's own provinces when absent (all for an admin).",
    })
    province?: Province | null,
    @Args('statuses', {
      type: () => [WaitlistStatus],
      nullable: true,
      description: 'Which entries; WAITING and OFFERED when absent.',
    })
    statuses?: WaitlistStatus[] | null,
  ): Promise<WaitlistEntry[]> {
    const ranked = await this.service.list(actor, programme, province, statuses ?? undefined);
    return ranked.map(({ entry, position }) => WaitlistEntry.from(entry, position));
  }

  @Query(() => [WaitlistEntry], {
    description: "Teacher: the own school's waiting-list entries, with position, offer and expected wait.",
  })
  @Authenticated(Permission.WaitlistListOwn)
  async myWaitlistEntries(@CurrentActor() actor: Actor): Promise<WaitlistEntry[]> {
    return (await this.service.forSchool(actor)).map((entry) => WaitlistEntry.from(entry));
  }

  @Query(() => PartnerCapacity, {
    nullable: true,
    description:
      'Company (own location) or coordinator: the partner capacity of a location; null when not set.',
  })
  @Authenticated(Permission.PartnerCapacityRead)
  async partnerCapacity(
    @CurrentActor() actor: Actor,
    @Args('locationId', { type: () => ID, description: 'The company location.' }) locationId: string,
    @Args('programme', { type: () => Programme, description: 'JET_NET or JET_NET_JUNIOR.' })
    programme: Programme,
  ): Promise<PartnerCapacity | null> {
    const view = await this.capacity.capacityUsage(actor, locationId, programme);
    return view ? PartnerCapacity.from(view) : null;
  }

  @Mutation(() => WaitlistEntry, {
    description:
      'Teacher: put the own school on the waiting list of a programme (JET_NET for havo/vwo/vmbo, ' +
      'JET_NET_JUNIOR for primary schools). Idempotent: a second call returns the same entry. ' +
      'A coordinator names the school.',
  })
  @Authenticated(Permission.WaitlistJoin)
  async joinWaitlist(
    @CurrentActor() actor: Actor,
    @Args('programme', { type: () => Programme, description: 'JET_NET or JET_NET_JUNIOR.' })
    programme: Programme,
    @Args('schoolId', {
      type: () => ID,
      nullable: true,
      description: 'The school; a teacher may only name the own school (the default).',
    })
    schoolId?: string | null,
  ): Promise<WaitlistEntry> {
    return WaitlistEntry.from(await this.service.join(actor, programme, schoolId));
  }

  @Mutation(() => WaitlistEntry, {
    description: 'Teacher (own school) or coordinator: leave the waiting list; a pending offer is revoked.',
  })
  @Authenticated(Permission.WaitlistEntryManage)
  async withdrawFromWaitlist(
    @CurrentActor() actor: Actor,
    @Args('entryId', { type: () => ID, description: 'The entry.' }) entryId: string,
    @Args('reason', { nullable: true, description: 'Why; kept in the history.' }) reason?: string,
  ): Promise<WaitlistEntry> {
    return WaitlistEntry.from(await this.service.withdraw(actor, entryId, reason));
  }

  @Mutation(() => PartnerCapacity, {
    description:
      'Company (own location) or coordinator: how many partner schools a location takes (0 to 50). Free slots ' +
      'are offered to waiting schools automatically; lowering revokes pending offers, newest first, and never ' +
      'removes a placed school.',
  })
  @Authenticated(Permission.PartnerCapacitySet)
  async setPartnerCapacity(
    @CurrentActor() actor: Actor,
    @Args('locationId', { type: () => ID, description: 'The company location.' }) locationId: string,
    @Args('programme', { type: () => Programme, description: 'JET_NET or JET_NET_JUNIOR.' })
    programme: Programme,
    @Args('slots', { type: () => Int, description: 'Partner schools it takes, 0 to 50.' }) slots: number,
    @Args('partnerDistanceKm', {
      type: () => Float,
      nullable: true,
      description: 'How far a partner school may be, 1 to 300 km; 40 when first set, unchanged when absent.',
    })
    partnerDistanceKm?: number | null,
  ): Promise<PartnerCapacity> {
    return PartnerCapacity.from(
      await this.capacity.setCapacity(actor, locationId, programme, slots, partnerDistanceKm),
    );
  }

  @Mutation(() => WaitlistEntry, {
    description:
      'Teacher of the school: accept (placed with that partner) or decline (keeps its place) a pending offer.',
  })
  @Authenticated(Permission.WaitlistEntryManage)
  async respondToPartnerOffer(
    @CurrentActor() actor: Actor,
    @Args('offerId', { type: () => ID, description: 'The offer.' }) offerId: string,
    @Args('accept', { description: 'True to accept, false to decline.' }) accept: boolean,
  ): Promise<WaitlistEntry> {
    return WaitlistEntry.from(await this.placement.respond(actor, offerId, accept));
  }

  @Mutation(() => WaitlistEntry, {
    description: 'Coordinator: set the priority of an entry (higher first, -100 to 100), with a reason.',
  })
  @Authenticated(Permission.WaitlistAdminister)
  async prioritizeWaitlistEntry(
    @CurrentActor() actor: Actor,
    @Args('entryId', { type: () => ID, description: 'The entry.' }) entryId: string,
    @Args('priority', { type: () => Int, description: 'The new priority, -100 to 100; default is 0.' })
    priority: number,
    @Args('reason', { description: 'Why; required, kept in the history.' }) reason: string,
  ): Promise<WaitlistEntry> {
    return WaitlistEntry.from(await this.service.prioritize(actor, entryId, priority, reason));
  }

  @Mutation(() => WaitlistEntry, {
    description:
      'Coordinator: place a school with a company location by hand, within its capacity (CONFLICT when full), ' +
      'with a reason.',
  })
  @Authenticated(Permission.WaitlistAdminister)
  async placeWaitlistEntry(
    @CurrentActor() actor: Actor,
    @Args('entryId', { type: () => ID, description: 'The entry.' }) entryId: string,
    @Args('locationId', { type: () => ID, description: 'The partner company location.' }) locationId: string,
    @Args('reason', { description: 'Why; required, kept in the history.' }) reason: string,
  ): Promise<WaitlistEntry> {
    return WaitlistEntry.from(await this.placement.place(actor, entryId, locationId, reason));
  }

  @ResolveField(() => School, { description: 'The waiting school.' })
  async school(@Parent() entry: WaitlistEntry, @Context() ctx: RequestContext): Promise<School> {
    const school = await ctx.loaders.school.load(entry.schoolId);
    if (!school) throw new NotFoundException('School', entry.schoolId);
    return School.from(school);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      '1-based place among the WAITING entries of the same programme and province; null when not waiting.',
  })
  async position(@Parent() entry: WaitlistEntry, @Context() ctx: RequestContext): Promise<number | null> {
    if (entry.status !== WaitlistStatus.WAITING) return null;
    if (entry.knownPosition !== undefined) return entry.knownPosition;
    return ctx.loaders.waitlist.position.load(entry.id);
  }

  @ResolveField(() => PartnerOffer, { nullable: true, description: 'The pending offer, with its expiry.' })
  async currentOffer(
    @Parent() entry: WaitlistEntry,
    @Context() ctx: RequestContext,
  ): Promise<PartnerOffer | null> {
    if (entry.status !== WaitlistStatus.OFFERED) return null;
    const offer = await ctx.loaders.waitlist.pendingOffer.load(entry.id);
    return offer ? PartnerOffer.from(offer) : null;
  }

  @ResolveField(() => CompanyLocation, {
    nullable: true,
    description: 'When PLACED: the partner company location.',
  })
  async partner(
    @Parent() entry: WaitlistEntry,
    @Context() ctx: RequestContext,
  ): Promise<CompanyLocation | null> {
    if (!entry.placedLocationId) return null;
    const location = await ctx.loaders.location.load(entry.placedLocationId);
    return location ? CompanyLocation.from(location) : null;
  }

  @ResolveField(() => [WaitlistEvent], {
    description: 'Every state change, oldest first: time, actor and reason.',
  })
  async events(@Parent() entry: WaitlistEntry, @Context() ctx: RequestContext): Promise<WaitlistEvent[]> {
    // A school sees what happened and when, not which coordinator did it nor the notes they kept.
    const staff = isCoordinator(await ctx.actor());
    return (await ctx.loaders.waitlist.events.load(entry.id)).map((event) =>
      WaitlistEvent.from(event, staff),
    );
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Expected days until an offer, from the placements of the last twelve months in this programme and ' +
      'province; 0 while an offer is pending; null without an estimate yet, when placed or withdrawn.',
  })
  async expectedWaitDays(
    @Parent() entry: WaitlistEntry,
    @Context() ctx: RequestContext,
  ): Promise<number | null> {
    if (entry.status === WaitlistStatus.OFFERED) return 0;
    if (entry.status !== WaitlistStatus.WAITING) return null;
    const position = await this.position(entry, ctx);
    const placements = await ctx.loaders.waitlist.placementsLastYear.load(
      `${entry.programme}:${entry.province}`,
    );
    return position === null ? null : expectedWaitDays(position, placements);
  }

  @ResolveField(() => String, {
    description: 'The expected waiting time in words, e.g. "about 4 months" or "no estimate yet".',
  })
  async expectedWait(@Parent() entry: WaitlistEntry, @Context() ctx: RequestContext): Promise<string> {
    switch (entry.status) {
      case WaitlistStatus.OFFERED:
        return 'an offer is waiting for your answer';
      case WaitlistStatus.PLACED:
        return 'placed with a partner';
      case WaitlistStatus.WITHDRAWN:
        return 'not on the list';
      case WaitlistStatus.WAITING:
        return describeWait(await this.expectedWaitDays(entry, ctx));
    }
  }
}

@Resolver(() => PartnerOffer)
export class PartnerOfferResolver {
  @ResolveField(() => CompanyLocation, { description: 'The company location that offers the partnership.' })
  async location(@Parent() offer: PartnerOffer, @Context() ctx: RequestContext): Promise<CompanyLocation> {
    const location = await ctx.loaders.location.load(offer.locationId);
    if (!location) throw new NotFoundException('Company location', offer.locationId);
    return CompanyLocation.from(location);
  }
}

@Resolver(() => PartnerCapacity)
export class PartnerCapacityResolver {
  @ResolveField(() => CompanyLocation, { description: 'The company location.' })
  async location(
    @Parent() capacity: PartnerCapacity,
    @Context() ctx: RequestContext,
  ): Promise<CompanyLocation> {
    const location = await ctx.loaders.location.load(capacity.locationId);
    if (!location) throw new NotFoundException('Company location', capacity.locationId);
    return CompanyLocation.from(location);
  }
}
