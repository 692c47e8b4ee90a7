import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import { AccountService } from '@app/identity';
import { Authenticated, CurrentActor } from '../auth/auth.guard';
import { BrowserSessions } from '../auth/browser-sessions';
import type { RequestContext } from '../auth/request-context';
import { AuthPayload } from '../models/user.model';

@Resolver()
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly browser: BrowserSessions,
  ) {}

  @Mutation(() => Boolean, {
    description:
      'Change the own password; every other session of the account ends (this one goes on). A wrong current ' +
      'password is BAD_USER_INPUT with reason WRONG_PASSWORD; a new one that fails the sign-up rules is ' +
      'BAD_USER_INPUT with reason WEAK_PASSWORD.',
  })
  @Authenticated()
  async changePassword(
    @Context() ctx: RequestContext,
    @CurrentActor() actor: Actor,
    @Args('currentPassword', { description: 'The password now, to prove it is you.' })
    currentPassword: string,
    @Args('newPassword', { description: 'The new password; the sign-up rules apply.' }) newPassword: string,
  ): Promise<boolean> {
    const current = await this.browser.currentSession(ctx.req);
    return this.accounts.changePassword(actor, currentPassword, newPassword, current);
  }

  @Mutation(() => Boolean, {
    description:
      'Always answers true, whether or not the address exists; e-mails a one-time link ' +
      '<web app>/wachtwoord-herstellen?token=... valid for one hour.',
  })
  requestPasswordReset(
    @Context() ctx: RequestContext,
    @Args('email', { description: 'The e-mail address of the account.' }) email: string,
  ): Promise<boolean> {
    return this.accounts.requestPasswordReset(email, ctx.req.ip);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Set a new password with the token of a reset link, end every session of the account, and log in (a new ' +
      'session; no cookie is set). A token never issued, used already or ' +
      'expired (or replaced by a newer link) is BAD_USER_INPUT with reason RESET_TOKEN_INVALID, ' +
      'RESET_TOKEN_USED or RESET_TOKEN_EXPIRED.',
  })
  async resetPassword(
    @Args('token', { description: 'The token from the link the e-mail holds.' }) token: string,
    @Args('newPassword', { description: 'The new password; the sign-up rules apply.' }) newPassword: string,
  ): Promise<AuthPayload> {
    const { session, user } = await this.accounts.resetPassword(token, newPassword);
    return AuthPayload.of(session, user);
  }

  @Mutation(() => AuthPayload, {
    description:
      'The token from the link <web app>/e-mail-bevestigen?token=... that sign-up mails: confirms the address and ' +
      "logs in. A teacher whose address is on the school's website domain is proven a teacher of it at once. A " +
      'token never issued, used already or expired is BAD_USER_INPUT with reason VERIFY_TOKEN_INVALID, ' +
      'VERIFY_TOKEN_USED or VERIFY_TOKEN_EXPIRED.',
  })
  async verifyEmail(
    @Args('token', { description: 'The token from the link the e-mail holds.' }) token: string,
  ): Promise<AuthPayload> {
    const { session, user } = await this.accounts.verifyEmail(token);
    return AuthPayload.of(session, user);
  }
}
