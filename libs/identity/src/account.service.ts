import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, UnauthenticatedException, type Actor, type ErrorReason } from '@app/core';
import { Tx } from '@app/database';
import { AccountTokenService, type AccountTokenState, type FoundToken } from './account-token.service';
import { normaliseEmail } from './email-address';
import { RateLimiter, addressKey, clientKey } from '@app/rate-limit';
import { AuthService, PASSWORD_RESET_TTL_MS, type AuthResult } from './auth.service';
import { AccountTokenPurpose } from './entities/account-token.entity';
import { UserEntity } from './entities/user.entity';
import { assertStrongPassword, hashPassword, verifyPassword, type PasswordOwner } from './password';
import { SessionService } from './session.service';
import { TeacherApprovalService } from './teacher-approval.service';

export { PASSWORD_RESET_TTL_MS } from './auth.service';

type Refusal = Exclude<AccountTokenState, 'valid'> | 'unknown';

// Why a link does not work: a made-up token, a spent one and a stale one are told apart for the person.
const REFUSALS: Record<AccountTokenPurpose, Record<Refusal, [ErrorReason, string]>> = {
  [AccountTokenPurpose.PASSWORD_RESET]: {
    unknown: ['RESET_TOKEN_INVALID', 'This password reset link is not valid; request a new one'],
    used: ['RESET_TOKEN_USED', 'This password reset link has been used already; request a new one'],
    expired: [
      'RESET_TOKEN_EXPIRED',
      'This password reset link has expired or a newer one was sent; request a new one',
    ],
  },
  [AccountTokenPurpose.EMAIL_VERIFICATION]: {
    unknown: ['VERIFY_TOKEN_INVALID', 'This confirmation link is not valid'],
    used: ['VERIFY_TOKEN_USED', 'This confirmation link has been used already'],
    // A password reset link confirms the address too, so a person with a stale link has a way forward.
    expired: [
      'VERIFY_TOKEN_EXPIRED',
      'This confirmation link has expired; a password reset link confirms the address as well',
    ],
  },
};

const refusal = (purpose: AccountTokenPurpose, state: Refusal) =>
  new DomainError(...REFUSALS[purpose][state]);

/**
 * A person's own account: confirming the address, changing the password, and resetting a forgotten one by a link
 * in an e-mail.
 */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokenService,
    private readonly auth: AuthService,
    private readonly teachers: TeacherApprovalService,
    private readonly limiter: RateLimiter,
    private readonly sessions: SessionService,
  ) {}

  /**
   * Changes the actor's password; the current one proves it is them. Open reset links stop working, and so do the
   * account's other sessions (`currentSession`, the caller's own, stays: the person is still at the keyboard).
   */
  async changePassword(
    actor: Actor,
    currentPassword: string,
    newPassword: string,
    currentSession?: string | null,
  ): Promise<true> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: actor.userId })
      .getOne();
    if (!user) return this.changePendingPassword(actor, currentPassword, newPassword);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new DomainError('WRONG_PASSWORD', 'The current password is wrong', { field: 'currentPassword' });
    }
    const passwordHash = await this.newPasswordHash(newPassword, user);
    await Tx.run(this.dataSource, async (tx) => {
      await tx.manager.update(UserEntity, user.id, { passwordHash });
      await this.tokens.expireOpen(tx, user.id, AccountTokenPurpose.PASSWORD_RESET);
      await this.sessions.revokeAll(user.id, 'PASSWORD_CHANGED', tx, currentSession);
    });
    return true;
  }

  // A pending sign-up (a sign-up with a taken address) changes the password it holds, by the same rules and with
  // the same answers as an account, but ends none of its other sessions (its log-ins since the sign-up) and has no
  // reset links. Refusing would tell it that it is no account; the password it holds opens nothing.
  private async changePendingPassword(
    actor: Actor,
    currentPassword: string,
    newPassword: string,
  ): Promise<true> {
    // Checked in the order an account's are; a refusal rolls the change back.
    const changed = await this.sessions.changePendingSignUp(actor.userId, async (row) => {
      if (!(await verifyPassword(String(row.password_hash), currentPassword))) {
        throw new DomainError('WRONG_PASSWORD', 'The current password is wrong', {
          field: 'currentPassword',
        });
      }
      const owner = { email: String(row.email), name: String(row.name) };
      return { ...row, password_hash: await this.newPasswordHash(newPassword, owner) };
    });
    if (!changed) throw new UnauthenticatedException('The account of this token no longer exists');
    return true;
  }

  /**
   * E-mails a one-time link to choose a new password to the account with this address, if there is one; older
   * links of the account stop working. Answers the same, in the same time, for an unknown address, so that nobody
   * learns who has an account. Limited per client (`client`, the caller's network address: RATE_LIMITED) and per
   * address (a few mails an hour; beyond them it answers true and mails nothing, as for an unknown address).
   */
  async requestPasswordReset(email: string, client?: string): Promise<true> {
    const { passwordReset, passwordResetMail } = this.limiter.limits;
    await this.limiter.take(passwordReset, clientKey(client));
    const normalised = normaliseEmail(email);
    if (!(await this.limiter.fits(passwordResetMail, addressKey(normalised)))) return true;
    await Tx.run(this.dataSource, (tx) =>
      this.tokens.mailForEmail(tx, AccountTokenPurpose.PASSWORD_RESET, normalised, PASSWORD_RESET_TTL_MS),
    );
    return true;
  }

  /**
   * Sets a new password with the token of a reset link, spends the token, ends every session of the account (whoever
   * knew the old password is out) and logs the person in. The link proves the address as well as a confirmation
   * link does, and lifts a log-in lock-out of the address.
   */
  async resetPassword(token: string, newPassword: string): Promise<AuthResult> {
    const found = await this.usableToken(AccountTokenPurpose.PASSWORD_RESET, token);
    // Hashed before the transaction: argon2 takes a while and needs no lock.
    const passwordHash = await this.newPasswordHash(newPassword, found);
    const result = await this.spend(AccountTokenPurpose.PASSWORD_RESET, token, found, async (tx) => {
      await tx.manager.update(UserEntity, found.userId, { passwordHash });
      await this.tokens.expireOpen(tx, found.userId, AccountTokenPurpose.PASSWORD_RESET);
      await this.sessions.revokeAll(found.userId, 'PASSWORD_RESET', tx);
    });
    await this.auth.clearLogInFailures(found.email);
    return result;
  }

  /**
   * Confirms the address with the token of the link sign-up mailed, and logs the person in. A teacher whose
   * address is on the school's website domain is proven a teacher of that school at the same time.
   */
  async verifyEmail(token: string): Promise<AuthResult> {
    const found = await this.usableToken(AccountTokenPurpose.EMAIL_VERIFICATION, token);
    return this.spend(AccountTokenPurpose.EMAIL_VERIFICATION, token, found, () => Promise.resolve());
  }

  private async usableToken(purpose: AccountTokenPurpose, token: string): Promise<FoundToken> {
    const found = await this.tokens.find(purpose, token);
    if (!found) throw refusal(purpose, 'unknown');
    if (found.state !== 'valid') throw refusal(purpose, found.state);
    return found;
  }

  // Spends the token, does `work`, confirms the address the link went to, and logs the person in.
  private async spend(
    purpose: AccountTokenPurpose,
    token: string,
    found: FoundToken,
    work: (tx: Tx) => Promise<void>,
  ): Promise<AuthResult> {
    const user = await Tx.run(this.dataSource, async (tx) => {
      if (!(await this.tokens.spend(tx, found.id))) {
        // Spent or replaced since it was read (the same link sent twice at once): say which.
        const now = await this.tokens.find(purpose, token, tx);
        throw refusal(purpose, now && now.state !== 'valid' ? now.state : 'unknown');
      }
      await work(tx);
      const account = await tx.manager.getRepository(UserEntity).findOneByOrFail({ id: found.userId });
      if (!account.emailVerified) {
        await tx.manager.update(UserEntity, account.id, { emailVerified: true });
        await this.tokens.expireOpen(tx, account.id, AccountTokenPurpose.EMAIL_VERIFICATION);
        await this.teachers.proveByDomain(tx, account);
      }
      return tx.manager.getRepository(UserEntity).findOneByOrFail({ id: found.userId });
    });
    return this.auth.startSession(user);
  }

  // The sign-up rules apply to every new password.
  private async newPasswordHash(password: string, owner: PasswordOwner): Promise<string> {
    await assertStrongPassword(password, owner, 'newPassword');
    return hashPassword(password);
  }
}
