import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CompanyService } from '@app/catalogue';
import { NotFoundException, Role, type Actor } from '@app/core';
import { Authenticated, CurrentActor } from '../auth/auth.guard';
import type { RequestContext } from '../auth/request-context';
import { Company, CompanyLocation } from '../models/company.model';

@Resolver(() => Company)
export class CompanyResolver {
  constructor(private readonly companies: CompanyService) {}

  @Mutation(() => Company, {
    description: 'Coordinator: approve a company so that it can publish activities.',
  })
  @Authenticated(Role.COORDINATOR)
  async approveCompany(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The company.' }) id: string,
  ): Promise<Company> {
    return Company.from(await this.companies.approve(actor, id));
  }

  @ResolveField(() => [CompanyLocation], { description: 'The company locations.' })
  async locations(@Parent() company: Company, @Context() ctx: RequestContext): Promise<CompanyLocation[]> {
    const locations = await ctx.loaders.locationsOfCompany.load(company.id);
    return locations.map((location) => CompanyLocation.from(location));
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
