import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, type Actor } from '@app/core';
import { AuthService } from '@app/identity';
import { Authenticated, CurrentActor } from '../auth/auth.guard';
import type { RequestContext } from '../auth/request-context';
import { CreateCoordinatorInput, SignUpInput } from '../dto/sign-up.input';
import { Company } from '../models/company.model';
import { School } from '../models/school.model';
import { AuthPayload, User } from '../models/user.model';

@Resolver(() => User)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayload, { description: 'Create a TEACHER or COMPANY account and log in.' })
  async signUp(@Args('input', { description: 'Who you are.' }) input: SignUpInput): Promise<AuthPayload> {
    const { token, user } = await this.auth.signUp(input);
    return { token, user: User.from(user) };
  }

  @Mutation(() => AuthPayload, { description: 'Log in with e-mail and password.' })
  async logIn(
    @Args('email', { description: 'E-mail address.' }) email: string,
    @Args('password', { description: 'Password.' }) password: string,
  ): Promise<AuthPayload> {
    const { token, user } = await this.auth.logIn(email, password);
    return { token, user: User.from(user) };
  }

  @Query(() => User, { nullable: true, description: 'The logged-in account; null without a token.' })
  async me(@Context() ctx: RequestContext): Promise<User | null> {
    const actor = await ctx.actor();
    if (!actor) return null;
    const [user] = await this.auth.findByIds([actor.userId]);
    return user ? User.from(user) : null;
  }

  @Mutation(() => User, { description: 'Admin only: create a coordinator account.' })
  @Authenticated(Role.ADMIN)
  async createCoordinator(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The coordinator.' }) input: CreateCoordinatorInput,
  ): Promise<User> {
    return User.from(await this.auth.createCoordinator(actor, input));
  }

  @ResolveField(() => School, { nullable: true, description: 'For a teacher: the school they act for.' })
  async school(@Parent() user: User, @Context() ctx: RequestContext): Promise<School | null> {
    if (!user.schoolId) return null;
    const school = await ctx.loaders.school.load(user.schoolId);
    return school ? School.from(school) : null;
  }

  @ResolveField(() => Company, { nullable: true, description: 'For a company contact: their company.' })
  async company(@Parent() user: User, @Context() ctx: RequestContext): Promise<Company | null> {
    if (!user.companyId) return null;
    const company = await ctx.loaders.company.load(user.companyId);
    return company ? Company.from(company) : null;
  }
}
