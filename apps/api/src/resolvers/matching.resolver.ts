import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission, visibleSchool } from '@app/access';
import { NotFoundException, type Actor } from '@app/core';
import {
  MatchRunService,
  ProposalService,
  RegionalBalanceService,
  SchoolRequestService,
  SupplyOfferService,
  type SupplyOfferPatch,
} from '@app/matching';
import { Authenticated, CurrentActor } from '../auth/auth.guard';
import type { RequestContext } from '../auth/request-context';
import {
  CreateSchoolRequestInput,
  CreateSupplyOfferInput,
  UpdateSchoolRequestInput,
  UpdateSupplyOfferInput,
} from '../dto/matching.input';
import { Province } from '../graphql/enums';
import { Activity } from '../models/activity.model';
import { CompanyLocation } from '../models/company.model';
import { MatchProposal, MatchRun, RegionBalance } from '../models/match.model';
import { School } from '../models/school.model';
import { SchoolRequest } from '../models/school-request.model';
import { SupplyOffer } from '../models/supply-offer.model';
import { IdempotencyKey } from '../dto/idempotency-key.args';

// GraphQL sends null for an explicitly empty optional field; a patch leaves those fields alone.
function withoutNulls<T extends object>(input: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== null && value !== undefined),
  ) as {
    [K in keyof T]?: Exclude<T[K], null>;
  };
}

@Resolver(() => SchoolRequest)
export class SchoolRequestResolver {
  constructor(private readonly requests: SchoolRequestService) {}

  @Query(() => [SchoolRequest], {
    description: 'Coordinator: the open and matched requests of schools in the province, oldest first.',
  })
  @Authenticated(Permission.SchoolRequestList)
  async schoolRequests(
    @CurrentActor() actor: Actor,
    @Args('province', { type: () => Province, description: 'The province of the schools.' })
    province: Province,
    @Args('includeWithdrawn', { defaultValue: false, description: 'Also withdrawn requests.' })
    includeWithdrawn: boolean,
  ): Promise<SchoolRequest[]> {
    return (await this.requests.inProvince(actor, province, includeWithdrawn)).map((r) =>
      SchoolRequest.from(r),
    );
  }

  @Query(() => [SchoolRequest], { description: "Teacher: the own school's requests, withdrawn ones too." })
  @Authenticated(Permission.SchoolRequestListOwn)
  async mySchoolRequests(@CurrentActor() actor: Actor): Promise<SchoolRequest[]> {
    const schoolId = visibleSchool(actor);
    if (!schoolId) return [];
    return (await this.requests.ofSchool(schoolId)).map((r) => SchoolRequest.from(r));
  }

  @Mutation(() => SchoolRequest, {
    description: 'Teacher: post a need of the own school for matching (coordinator: for the school named).',
  })
  @Authenticated(Permission.SchoolRequestCreate)
  async createSchoolRequest(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The need.' }) input: CreateSchoolRequestInput,
    @IdempotencyKey() idempotencyKey?: string | null,
  ): Promise<SchoolRequest> {
    return SchoolRequest.from(await this.requests.create(actor, input, idempotencyKey));
  }

  @Mutation(() => SchoolRequest, {
    description:
      'Teacher of the school or coordinator: change a request. Proposals made before no longer apply.',
  })
  @Authenticated(Permission.SchoolRequestManage)
  async updateSchoolRequest(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The request.' }) id: string,
    @Args('input', { description: 'The fields to change.' }) input: UpdateSchoolRequestInput,
  ): Promise<SchoolRequest> {
    return SchoolRequest.from(await this.requests.update(actor, id, withoutNulls(input)));
  }

  @Mutation(() => SchoolRequest, {
    description: 'Teacher of the school or coordinator: withdraw a request; accepted matches stay booked.',
  })
  @Authenticated(Permission.SchoolRequestManage)
  async withdrawSchoolRequest(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The request.' }) id: string,
  ): Promise<SchoolRequest> {
    return SchoolRequest.from(await this.requests.withdraw(actor, id));
  }

  @ResolveField(() => School, { description: 'The school that needs it.' })
  async school(@Parent() request: SchoolRequest, @Context() ctx: RequestContext): Promise<School> {
    const school = await ctx.loaders.school.load(request.schoolId);
    if (!school) throw new NotFoundException('School', request.schoolId);
    return School.from(school);
  }
}

@Resolver(() => SupplyOffer)
export class SupplyOfferResolver {
  constructor(private readonly offers: SupplyOfferService) {}

  @Query(() => [SupplyOffer], {
    description:
      'Coordinator: the offers that can serve schools in the province: located there or reaching across the ' +
      'border; oldest first.',
  })
  @Authenticated(Permission.SupplyOfferList)
  async supplyOffers(
    @CurrentActor() actor: Actor,
    @Args('province', { type: () => Province, description: 'The province the offers reach.' })
    province: Province,
    @Args('includeWithdrawn', { defaultValue: false, description: 'Also withdrawn offers.' })
    includeWithdrawn: boolean,
  ): Promise<SupplyOffer[]> {
    return (await this.offers.inProvince(actor, province, includeWithdrawn)).map((o) => SupplyOffer.from(o));
  }

  @Query(() => [SupplyOffer], {
    description: "Company contact: the own company's offers, withdrawn ones too.",
  })
  @Authenticated(Permission.SupplyOfferListOwn)
  async mySupplyOffers(@CurrentActor() actor: Actor): Promise<SupplyOffer[]> {
    if (!actor.companyId) return [];
    return (await this.offers.ofCompany(actor.companyId)).map((o) => SupplyOffer.from(o));
  }

  @Mutation(() => SupplyOffer, {
    description: "Company contact: state a location's capacity for matching (the company must be approved).",
  })
  @Authenticated(Permission.SupplyOfferCreate)
  async createSupplyOffer(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The capacity.' }) input: CreateSupplyOfferInput,
    @IdempotencyKey() idempotencyKey?: string | null,
  ): Promise<SupplyOffer> {
    return SupplyOffer.from(await this.offers.create(actor, input, idempotencyKey));
  }

  @Mutation(() => SupplyOffer, {
    description:
      'Company contact of the location or coordinator: change an offer. Proposals made before no longer apply.',
  })
  @Authenticated(Permission.SupplyOfferManage)
  async updateSupplyOffer(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The offer.' }) id: string,
    @Args('input', { description: 'The fields to change.' }) input: UpdateSupplyOfferInput,
  ): Promise<SupplyOffer> {
    const patch = withoutNulls(input) as SupplyOfferPatch;
    // An explicit null activityId unlinks the activity.
    if (input.activityId === null) patch.activityId = null;
    return SupplyOffer.from(await this.offers.update(actor, id, patch));
  }

  @Mutation(() => SupplyOffer, {
    description:
      'Company contact of the location or coordinator: withdraw an offer; accepted matches stay booked.',
  })
  @Authenticated(Permission.SupplyOfferManage)
  async withdrawSupplyOffer(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The offer.' }) id: string,
  ): Promise<SupplyOffer> {
    return SupplyOffer.from(await this.offers.withdraw(actor, id));
  }

  @ResolveField(() => CompanyLocation, { description: 'The company location that gives the sessions.' })
  async location(@Parent() offer: SupplyOffer, @Context() ctx: RequestContext): Promise<CompanyLocation> {
    const location = await ctx.loaders.location.load(offer.locationId);
    if (!location) throw new NotFoundException('Company location', offer.locationId);
    return CompanyLocation.from(location);
  }

  @ResolveField(() => Activity, {
    nullable: true,
    description: 'The activity bookings from this offer point at.',
  })
  async activity(@Parent() offer: SupplyOffer, @Context() ctx: RequestContext): Promise<Activity | null> {
    if (!offer.activityId) return null;
    const activity = await ctx.loaders.activity.load(offer.activityId);
    return activity ? Activity.from(activity) : null;
  }
}

@Resolver(() => MatchRun)
export class MatchRunResolver {
  constructor(
    private readonly runs: MatchRunService,
    private readonly balance: RegionalBalanceService,
  ) {}

  @Query(() => MatchRun, { nullable: true, description: 'Coordinator: a match run and its proposals.' })
  @Authenticated(Permission.MatchingRun)
  async matchRun(
    @Args('id', { type: () => ID, description: 'The run.' }) id: string,
  ): Promise<MatchRun | null> {
    const run = await this.runs.findRun(id);
    return run ? MatchRun.from(run) : null;
  }

  @Query(() => [MatchRun], { description: 'Coordinator: the latest match runs, newest first.' })
  @Authenticated(Permission.MatchingRun)
  async matchRuns(
    @CurrentActor() actor: Actor,
    @Args('province', {
      type: () => Province,
      nullable: true,
      description: "Only runs of this province; a coordinator's own provinces when omitted.",
    })
    province?: Province | null,
    @Args('limit', { type: () => Int, defaultValue: 20, description: 'How many, at most 100.' }) limit = 20,
  ): Promise<MatchRun[]> {
    return (await this.runs.listRuns(actor, province, limit)).map((run) => MatchRun.from(run));
  }

  @Mutation(() => MatchRun, {
    description:
      'Coordinator: match the open requests of the province against the supply that reaches them. Returns a ' +
      'QUEUED run at once; poll matchRun until it is DONE.',
  })
  @Authenticated(Permission.MatchingRun)
  async runMatching(
    @CurrentActor() actor: Actor,
    @Args('province', { type: () => Province, description: 'The province to match.' }) province: Province,
  ): Promise<MatchRun> {
    return MatchRun.from(await this.runs.start(actor, province));
  }

  @Query(() => [RegionBalance], {
    description:
      'Coordinator: open demand against free supply in sessions per province, type and level, so that gaps ' +
      'show where companies are missing.',
  })
  @Authenticated(Permission.MatchingRun)
  async regionalBalance(
    @CurrentActor() actor: Actor,
    @Args('province', {
      type: () => Province,
      nullable: true,
      description: "One province; a coordinator's own provinces when omitted (all for an admin).",
    })
    province?: Province | null,
    @Args('schoolYear', {
      type: () => Int,
      nullable: true,
      description: 'Only periods overlapping this school year (2025 = 2025/26); default: periods not ended.',
    })
    schoolYear?: number | null,
  ): Promise<RegionBalance[]> {
    return (await this.balance.balance(actor, province, schoolYear)).map((row) => RegionBalance.from(row));
  }

  @ResolveField(() => [MatchProposal], { description: 'The proposals, by request.' })
  async proposals(@Parent() run: MatchRun, @Context() ctx: RequestContext): Promise<MatchProposal[]> {
    return (await ctx.loaders.proposalsOfRun.load(run.id)).map((p) => MatchProposal.from(p));
  }
}

@Resolver(() => MatchProposal)
export class MatchProposalResolver {
  constructor(private readonly proposals: ProposalService) {}

  @Mutation(() => MatchProposal, {
    description:
      'Coordinator: accept a proposal (an ACCEPTED booking is made and the sessions are used up on both sides) ' +
      'or reject it (the pair is not proposed again). CONFLICT when decided already or its capacity was used ' +
      'elsewhere.',
  })
  @Authenticated(Permission.ProposalDecide)
  async decideProposal(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The proposal.' }) id: string,
    @Args('accept', { description: 'true accepts, false rejects.' }) accept: boolean,
  ): Promise<MatchProposal> {
    return MatchProposal.from(await this.proposals.decide(actor, id, accept));
  }

  @ResolveField(() => SchoolRequest, { description: 'The school request.' })
  async request(@Parent() proposal: MatchProposal, @Context() ctx: RequestContext): Promise<SchoolRequest> {
    const request = await ctx.loaders.schoolRequest.load(proposal.requestId);
    if (!request) throw new NotFoundException('School request', proposal.requestId);
    return SchoolRequest.from(request);
  }

  @ResolveField(() => SupplyOffer, { description: 'The supply offer.' })
  async supply(@Parent() proposal: MatchProposal, @Context() ctx: RequestContext): Promise<SupplyOffer> {
    const offer = await ctx.loaders.supplyOffer.load(proposal.supplyId);
    if (!offer) throw new NotFoundException('Supply offer', proposal.supplyId);
    return SupplyOffer.from(offer);
  }
}
