import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@app/access';
import { UnauthenticatedException, type Actor } from '@app/core';
import { AuthService, SessionService, TeacherApprovalService } from '@app/identity';
import { Authenticated, CurrentActor } from '../auth/auth.guard';
import { BrowserSessions } from '../auth/browser-sessions';
import { primeClaimedCompany, type RequestContext } from '../auth/request-context';
import { CreateCoordinatorInput, SignUpInput } from '../dto/sign-up.input';
import { Province } from '../graphql/enums';
import { Company } from '../models/company.model';
import { School } from '../models/school.model';
import { AuthPayload, User } from '../models/user.model';

@Resolver(() => User)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly teachers: TeacherApprovalService,
    private readonly sessions: SessionService,
    private readonly browser: BrowserSessions,
  ) {}

  @Mutation(() => AuthPayload, {
    description:
      'Create a TEACHER or COMPANY account and log in. Also sets the web session cookies (httpOnly, SameSite=Lax).',
  })
  async signUp(
    @Context() ctx: RequestContext,
    @Args('input', { description: 'Who you are.' }) input: SignUpInput,
  ): Promise<AuthPayload> {
    const { session, user, company } = await this.auth.signUp(input, ctx.req.ip);
    if (company) primeClaimedCompany(ctx.loaders, { company });
    this.browser.setCookies(ctx.res, session);
    return AuthPayload.of(session, user);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Log in with e-mail and password: starts a session. Also sets the web session cookies (httpOnly, ' +
      'SameSite=Lax), which the api refreshes by itself; API clients send the token as ' +
      '`Authorization: Bearer <token>` and renew it with refreshSession.',
  })
  async logIn(
    @Context() ctx: RequestContext,
    @Args('email', { description: 'E-mail address.' }) email: string,
    @Args('password', { description: 'Password.' }) password: string,
  ): Promise<AuthPayload> {
    const { session, user, company } = await this.auth.logIn(email, password, ctx.req.ip);
    if (company) primeClaimedCompany(ctx.loaders, { company });
    this.browser.setCookies(ctx.res, session);
    return AuthPayload.of(session, user);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Spend a refresh token for a new access token and a new refresh token (rotation: each refresh token works ' +
      'once). Without the argument, the refresh token of the web session cookie is spent and the new pair goes ' +
      'into the cookies only (`refreshToken` is null in the answer). An unknown, expired or ended one is ' +
      'UNAUTHENTICATED with reason SESSION_INVALID; one spent before is UNAUTHENTICATED with reason ' +
      'REFRESH_TOKEN_REUSED and ends its whole session (someone else holds a copy), unless it was spent only ' +
      'seconds ago (a retry), which answers with an access token and no new refresh token.',
  })
  async refreshSession(
    @Context() ctx: RequestContext,
    @Args('refreshToken', {
      type: () => String,
      nullable: true,
      description:
        'The refresh token of the last logIn or refreshSession; omit it to use the web session cookie.',
    })
    refreshToken?: string | null,
  ): Promise<AuthPayload> {
    const token = refreshToken ?? this.browser.refreshCookie(ctx.req);
    if (!token) throw new UnauthenticatedException('Send the refresh token, or log in first');
    try {
      const { session, user, pendingSignUp } = await this.sessions.refresh(token);
      primeClaimedCompany(ctx.loaders, pendingSignUp);
      if (!refreshToken) this.browser.setCookies(ctx.res, session);
      return AuthPayload.of(session, user, Boolean(refreshToken));
    } catch (error) {
      if (!refreshToken) this.browser.clearCookies(ctx.res);
      throw error;
    }
  }

  @Mutation(() => Boolean, {
    description:
      'Log out: ends the current session (the one of the access token sent, else of `refreshToken` or the web ' +
      'session cookie), so that its access and refresh tokens stop working, and clears the web session cookies. ' +
      'Always true.',
  })
  async logOut(
    @Context() ctx: RequestContext,
    @Args('refreshToken', {
      type: () => String,
      nullable: true,
      description:
        'For an API client without an access token at hand: the refresh token of the session to end.',
    })
    refreshToken?: string | null,
  ): Promise<boolean> {
    const sessionId = await this.browser.currentSession(ctx.req, refreshToken);
    if (sessionId) await this.sessions.revoke(sessionId, 'LOG_OUT');
    this.browser.clearCookies(ctx.res);
    return true;
  }

  @Mutation(() => Int, {
    description:
      "Log out everywhere: ends every session of the own account, this one included (every device's access and " +
      'refresh tokens stop working), and clears the web session cookies. Answers how many sessions ended.',
  })
  @Authenticated()
  async logOutEverywhere(@Context() ctx: RequestContext, @CurrentActor() actor: Actor): Promise<number> {
    const ended = await this.sessions.revokeAll(actor.userId, 'LOG_OUT_EVERYWHERE');
    this.browser.clearCookies(ctx.res);
    return ended;
  }

  @Query(() => User, { nullable: true, description: 'The logged-in account; null without a token.' })
  async me(@Context() ctx: RequestContext): Promise<User | null> {
    const account = await ctx.account();
    if (!account) return null;
    // Read again: a mutation before it in the same request may have changed the account.
    const user = account.pendingSignUp
      ? await this.sessions.pendingSignUpUser(account.user.id)
      : (await this.auth.findByIds([account.user.id]))[0];
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
