import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@app/access';
import { EnvironmentVariables, sessionLengthMs } from '@app/config';
import type { Actor } from '@app/core';
import { AuthService, TeacherApprovalService } from '@app/identity';
import { Authenticated, CurrentActor } from '../auth/auth.guard';
import type { RequestContext } from '../auth/request-context';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie';
import { CreateCoordinatorInput, SignUpInput } from '../dto/sign-up.input';
import { Province } from '../graphql/enums';
import { Company } from '../models/company.model';
import { School } from '../models/school.model';
import { AuthPayload, User } from '../models/user.model';

@Resolver(() => User)
export class AuthResolver {
  private readonly sessionMs: number;

  constructor(
    private readonly auth: AuthService,
    private readonly teachers: TeacherApprovalService,
    private readonly env: EnvironmentVariables,
  ) {
    this.sessionMs = sessionLengthMs(env);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Create a TEACHER or COMPANY account and log in. Also sets the web session cookie (httpOnly, SameSite=Lax).',
  })
  async signUp(
    @Context() ctx: RequestContext,
    @Args('input', { description: 'Who you are.' }) input: SignUpInput,
  ): Promise<AuthPayload> {
    const { token, user, company } = await this.auth.signUp(input, ctx.req.ip);
    if (company) {
      ctx.loaders.company.prime(company.company.id, company.company);
      ctx.loaders.locationsOfCompany.prime(company.company.id, company.locations);
    }
    setSessionCookie(ctx.res, token, this.env.NODE_ENV, this.sessionMs);
    return { token, user: User.from(user) };
  }

  @Mutation(() => AuthPayload, {
    description:
      'Log in with e-mail and password. Also sets the web session cookie (httpOnly, SameSite=Lax); API clients ' +
      'send the token as `Authorization: Bearer <token>`.',
  })
  async logIn(
    @Context() ctx: RequestContext,
    @Args('email', { description: 'E-mail address.' }) email: string,
    @Args('password', { description: 'Password.' }) password: string,
  ): Promise<AuthPayload> {
    const { token, user } = await this.auth.logIn(email, password, ctx.req.ip);
    setSessionCookie(ctx.res, token, this.env.NODE_ENV, this.sessionMs);
    return { token, user: User.from(user) };
  }

  @Mutation(() => Boolean, { description: 'Log out of the web app: clears the session cookie. Always true.' })
  logOut(@Context() ctx: RequestContext): boolean {
    clearSessionCookie(ctx.res, this.env.NODE_ENV);
    return true;
  }

  @Query(() => User, { nullable: true, description: 'The logged-in account; null without a token.' })
  async me(@Context() ctx: RequestContext): Promise<User | null> {
    const actor = await ctx.actor();
    if (!actor) return null;
    const [user] = await this.auth.findByIds([actor.userId]);
    return user ? User.from(user) : null;
  }

  @Mutation(() => User, { description: 'Admin only: create a coordinator account.' })
  @Authenticated(Permission.CoordinatorCreate)
  async createCoordinator(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The coordinator.' }) input: CreateCoordinatorInput,
  ): Promise<User> {
    return User.from(await this.auth.createCoordinator(actor, input));
  }

  @Query(() => [User], {
    description:
      'Coordinator (own provinces) or verified teacher (own school): teachers whose link to a school waits for ' +
      'approval. A teacher whose own link is not proven is FORBIDDEN with reason SCHOOL_NOT_VERIFIED.',
  })
  @Authenticated(Permission.TeacherApprove)
  async pendingTeachers(
    @CurrentActor() actor: Actor,
    @Args('province', {
      type: () => Province,
      nullable: true,
      description: "Only teachers of this province's schools.",
    })
    province?: Province | null,
  ): Promise<User[]> {
    return (await this.teachers.pending(actor, province)).map((user) => User.from(user));
  }

  @Mutation(() => User, {
    description:
      "Coordinator of the school's province, or a verified teacher of the same school: prove a teacher's link to " +
      "it. Another school's teacher is FORBIDDEN with reason NOT_YOUR_SCHOOL; an account that is no teacher of a " +
      'school is BAD_USER_INPUT with reason NOT_A_TEACHER.',
  })
  @Authenticated(Permission.TeacherApprove)
  async approveTeacher(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID, description: 'The teacher to approve.' }) userId: string,
  ): Promise<User> {
    return User.from(await this.teachers.approve(actor, userId));
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
