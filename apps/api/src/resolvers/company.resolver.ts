import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService, Permission } from '@app/access';
import { COMPANY_LIST_LIMIT, CompanyApprovalService, CompanyService } from '@app/catalogue';
import { DomainException, NotFoundException, type Actor } from '@app/core';
import { Authenticated, CurrentActor, OptionalActor } from '../auth/auth.guard';
import type { RequestContext } from '../auth/request-context';
import { CompanyLocationInput } from '../dto/sign-up.input';
import { Province } from '../graphql/enums';
import { Company, CompanyLocation } from '../models/company.model';

@Resolver(() => Company)
export class CompanyResolver {
  constructor(
    private readonly companyService: CompanyService,
    private readonly approval: CompanyApprovalService,
    private readonly access: AccessService,
  ) {}

  @Query(() => [Company], {
    description:
      "Coordinator: companies by approval state, in the coordinator's provinces. Newest first, at most " +
      `${COMPANY_LIST_LIMIT}. approved: false is the approval queue (companies turned down wait for ` +
      'themselves to correct, not in it); absent lists every company.',
  })
  @Authenticated(Permission.CompanyList)
  async companies(
    @CurrentActor() actor: Actor,
    @Args('approved', {
      type: () => Boolean,
      nullable: true,
      description: 'true: approved; false: waiting for approval; absent: all, those turned down included.',
    })
    approved?: boolean | null,
    @Args('province', {
      type: () => Province,
      nullable: true,
      description: 'Only companies with a location in this province.',
    })
    province?: Province | null,
    @Args('query', {
      type: () => String,
      nullable: true,
      description: 'Part of the name, case and accents ignored; at most 100 characters.',
    })
    query?: string | null,
  ): Promise<Company[]> {
    const found = await this.approval.list(actor, { approved, province, query });
    return found.map((company) => Company.from(company));
  }

  @Mutation(() => Company, {
    description: 'Coordinator: approve a company so that it can publish activities (clears a rejection).',
  })
  @Authenticated(Permission.CompanyApprove)
  async approveCompany(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The company.' }) id: string,
  ): Promise<Company> {
    return Company.from(await this.companyService.approve(actor, id));
  }

  @Mutation(() => Company, {
    description:
      'Coordinator: turn a company down, saying why; its contacts are notified and read the reason as ' +
      'rejectionReason until they correct the company (updateCompany) or a coordinator approves it.',
  })
  @Authenticated(Permission.CompanyReject)
  async rejectCompany(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The company; not approved.' }) id: string,
    @Args('reason', { description: 'Why, for the company to read; 1 to 1000 characters.' }) reason: string,
  ): Promise<Company> {
    return Company.from(await this.approval.reject(actor, id, reason));
  }

  @Mutation(() => Company, {
    description:
      "Company contact: correct the own company's name. A company that was turned down thereby asks for " +
      'approval again: its rejection is cleared and it is back in the approval queue.',
  })
  @Authenticated(Permission.CompanyEdit)
  async updateCompany(
    @CurrentActor() actor: Actor,
    @Args('name', { description: 'The company name; not empty, unique.' }) name: string,
  ): Promise<Company> {
    return Company.from(await this.companyService.update(actor, name));
  }

  @Mutation(() => CompanyLocation, {
    description: 'Company contact: add a location to the own company; its postcode places it on the map.',
  })
  @Authenticated(Permission.LocationAdd)
  async addCompanyLocation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The location.' }) input: CompanyLocationInput,
  ): Promise<CompanyLocation> {
    return CompanyLocation.from(await this.companyService.addLocation(actor, input));
  }

  @ResolveField(() => [CompanyLocation], { description: 'The company locations.' })
  async locations(@Parent() company: Company, @Context() ctx: RequestContext): Promise<CompanyLocation[]> {
    const locations = await ctx.loaders.locationsOfCompany.load(company.id);
    return locations.map((location) => CompanyLocation.from(location));
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Why a coordinator turned the company down; null unless rejected. Only coordinators and the ' +
      "company's own contacts read it (null for others).",
  })
  async rejectionReason(
    @Parent() company: Company,
    @OptionalActor() actor: Actor | null,
  ): Promise<string | null> {
    // Only a rejected company has something to hide, so lists of others cost no look-up.
    if (!company.rejection || !actor) return null;
    try {
      await this.access.require(actor, Permission.CompanyRejectionRead, [company.id]);
      return company.rejection;
    } catch (error) {
      if (error instanceof DomainException) return null;
      throw error;
    }
  }
}

@Resolver(() => CompanyLocation)
export class CompanyLocationResolver {
  @ResolveField(() => Company, { description: 'The company of this location.' })
  async company(@Parent() location: CompanyLocation, @Context() ctx: RequestContext): Promise<Company> {
    const company = await ctx.loaders.company.load(location.companyId);
    if (!company) throw new NotFoundException('Company', location.companyId);
    return Company.from(company);
  }
}
