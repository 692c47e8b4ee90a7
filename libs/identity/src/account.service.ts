import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, UnauthenticatedException, type Actor, type ErrorReason } from '@app/core';
import { Tx } from '@app/database';
import { JobName, JobProducer } from '@app/queue';
import { AccountTokenService, type AccountTokenState } from './account-token.service';
import { AuthService, type AuthResult } from './auth.service';
import { AccountTokenPurpose } from './entities/account-token.entity';
import { UserEntity } from './entities/user.entity';
import { hashPassword, passwordWeakness, verifyPassword } from './password';

/** How long a password reset link works. */
export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

// Why a reset link does not work: a made-up token, a spent one and a stale one are told apart for the person.
const RESET_REFUSALS: Record<Exclude<AccountTokenState, 'valid'> | 'unknown', [ErrorReason, string]> = {
  unknown: ['RESET_TOKEN_INVALID', 'This password reset link is not valid; request a new one'],
  used: ['RESET_TOKEN_USED', 'This password reset link has been used already; request a new one'],
  expired: [
    'RESET_TOKEN_EXPIRED',
    'This password reset link has expired or a newer one was sent; request a new one',
  ],
};

const resetRefusal = (state: keyof typeof RESET_REFUSALS) => new DomainError(...RESET_REFUSALS[state]);

/** A person's own account: changing the password, and resetting a forgotten one by a link in an e-mail. */
@Injectable()
export class AccountService {
  private readonly logger = new Logger(AccountService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokenService,
    private readonly auth: AuthService,
    private readonly jobs: JobProducer,
  ) {}

  /** Changes the actor's password; the current one proves it is them. Open reset links stop working. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<true> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: actor.userId })
      .getOne();
    if (!user) throw new UnauthenticatedException('The account of this token no longer exists');
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new DomainError('WRONG_PASSWORD', 'The current password is wrong', { field: 'currentPassword' });
    }
    const passwordHash = await this.newPasswordHash(newPassword, user.email);
    await Tx.run(this.dataSource, async (tx) => {
      await tx.manager.update(UserEntity, user.id, { passwordHash });
      await this.tokens.expireOpen(tx, user.id, AccountTokenPurpose.PASSWORD_RESET);
    });
    return true;
  }

  /**
   * E-mails a one-time link to choose a new password to the account with this address, if there is one; older
   * links of the account stop working. Answers the same, in the same time, for an unknown address, so that nobody
   * learns who has an account.
   */
  async requestPasswordReset(email: string): Promise<true> {
    await Tx.run(this.dataSource, async (tx) => {
      const issued = await this.tokens.issueForEmail(
        tx,
        AccountTokenPurpose.PASSWORD_RESET,
        email.trim().toLowerCase(),
        PASSWORD_RESET_TTL_MS,
      );
      if (!issued) return;
      // Not awaited: waiting for Redis would make a known address answer later than an unknown one. A lost job
      // costs one mail, and the person asks again.
      tx.afterCommit(() => {
        this.jobs
          .enqueue(JobName.SendPasswordReset, { tokenId: issued.id, token: issued.token })
          .catch((error: unknown) =>
            this.logger.error({ msg: 'password reset mail not queued', tokenId: issued.id, err: error }),
          );
        return Promise.resolve();
      });
    });
    return true;
  }

  /** Sets a new password with the token of a reset link, spends the token and logs the person in. */
  async resetPassword(token: string, newPassword: string): Promise<AuthResult> {
    const found = await this.tokens.find(AccountTokenPurpose.PASSWORD_RESET, token);
    if (!found) throw resetRefusal('unknown');
    if (found.state !== 'valid') throw resetRefusal(found.state);
    // Hashed before the transaction: argon2 takes a while and needs no lock.
    const passwordHash = await this.newPasswordHash(newPassword, found.email);
    await Tx.run(this.dataSource, async (tx) => {
      if (!(await this.tokens.spend(tx, found.id))) {
        // Spent or replaced since it was read (the same link sent twice at once): say which.
        const now = await this.tokens.find(AccountTokenPurpose.PASSWORD_RESET, token, tx);
        throw resetRefusal(now && now.state !== 'valid' ? now.state : 'unknown');
      }
      await tx.manager.update(UserEntity, found.userId, { passwordHash });
      await this.tokens.expireOpen(tx, found.userId, AccountTokenPurpose.PASSWORD_RESET);
    });
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: found.userId });
    return { token: this.auth.issueToken(user), user };
  }

  // The sign-up rules apply to every new password.
  private async newPasswordHash(password: string, email: string): Promise<string> {
    const weakness = passwordWeakness(password, email);
    if (weakness) throw new DomainError('WEAK_PASSWORD', weakness, { field: 'newPassword' });
    return hashPassword(password);
  }
}
