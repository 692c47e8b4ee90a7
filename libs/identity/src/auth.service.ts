import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { isEmail } from 'class-validator';
import { AccessService, Permission } from '@app/access';
import { EnvironmentVariables } from '@app/config';
import { BadInputException, DomainError, Programme, Province, Role, type Actor } from '@app/core';
import {
  CompanyService,
  SchoolService,
  type CompanyEntity,
  type CompanyLocationEntity,
  type LocationDraft,
} from '@app/catalogue';
import { Tx, isUniqueViolation } from '@app/database';
import { RateLimiter, addressKey, clientKey, type LockoutCheck } from '@app/rate-limit';
import { AccountTokenService } from './account-token.service';
import { normaliseEmail } from './email-address';
import { AccountTokenPurpose } from './entities/account-token.entity';
import { UserEntity } from './entities/user.entity';
import { assertStrongPassword, hashPassword, verifyPassword } from './password';
import {
  SessionService,
  type ClaimedCompany,
  type IssuedSession,
  type SessionAccount,
} from './session.service';

/** The most coordinators `listCoordinators` returns. */
export const COORDINATOR_LIST_LIMIT = 500;

/** How long the link that confirms a new account's address works. */
export const EMAIL_VERIFICATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** How long a password reset link works. */
export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

export interface SignUpDraft {
  email: string;
  password: string;
  name: string;
  role: Role;
  schoolVestigingscode?: string | null;
  companyName?: string | null;
  companyLocation?: LocationDraft | null;
}

export interface AuthResult {
  /** The access token of `session`. */
  token: string;
  /** The session the log-in started: access and refresh token. */
  session: IssuedSession;
  user: UserEntity;
  /** A pending sign-up's claimed company (see SessionService.startPendingSignUp), which is in no table. */
  company?: ClaimedCompany | null;
}

/** A sign-up's answer: for a company contact also the company it made, so the answer needs no re-read. */
export interface SignUpResult extends AuthResult {
  company: { company: CompanyEntity; locations: CompanyLocationEntity[] } | null;
}

// Each value once, in the enum's order.
const inEnumOrder = <T>(order: T[], values: readonly T[]): T[] => order.filter((v) => values.includes(v));

// Rolls a sign-up's transaction back when its address has an account.
class AddressTaken extends Error {}

// The unique index a statement ran into, if that is why it failed.
function uniqueKeyOf(error: unknown): string | undefined {
  if (!isUniqueViolation(error)) return undefined;
  return (error as { driverError?: { constraint?: string } }).driverError?.constraint ?? 'unknown';
}

/** The actor of an account, with a coordinator's provinces, so that access checks need no further look-up. */
export function actorOf(
  user: Pick<
    UserEntity,
    'id' | 'role' | 'schoolId' | 'companyId' | 'provinces' | 'programmes' | 'emailVerified' | 'schoolVerified'
  >,
): Actor {
  const {
    id: userId,
    role,
    schoolId,
    companyId,
    provinces,
    programmes,
    emailVerified,
    schoolVerified,
  } = user;
  return {
    userId,
    role,
    schoolId,
    companyId,
    provinces: provinces ?? [],
    programmes: programmes ?? [],
    emailVerified,
    schoolVerified,
  };
}

/** The actor of a session's account; a pending sign-up's carries the ids of the company it claimed. */
export function actorOfAccount(account: SessionAccount): Actor {
  const actor = actorOf(account.user);
  const claimed = account.pendingSignUp?.company;
  if (!claimed) return actor;
  return { ...actor, claimed: [claimed.company.id, ...claimed.locations.map((location) => location.id)] };
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  private readonly unknownAccountHash: Promise<string>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionService,
    private readonly schools: SchoolService,
    private readonly companies: CompanyService,
    private readonly env: EnvironmentVariables,
    private readonly access: AccessService,
    private readonly tokens: AccountTokenService,
    private readonly limiter: RateLimiter,
  ) {
    // Made at boot with the parameters of every hash, so that a log-in for an unknown address costs one argon2
    // verify like a known one (see logIn).
    this.unknownAccountHash = hashPassword(randomBytes(32).toString('base64url'));
  }

  private async checkCredentials(email: string, password: string, name: string): Promise<string> {
    const normalised = normaliseEmail(email);
    if (!isEmail(normalised, { require_tld: false }) || normalised.length > 254) {
      throw new BadInputException(`"${email}" is not an e-mail address`, { field: 'email' });
    }
    await assertStrongPassword(password, { email: normalised, name }, 'password');
    if (!name.trim()) throw new BadInputException('Tell us your name', { field: 'name' });
    if (name.length > 200)
      throw new BadInputException('The name is longer than 200 characters', { field: 'name' });
    return normalised;
  }

  private async assertEmailFree(email: string): Promise<void> {
    const taken = await this.users
      .createQueryBuilder('u')
      .where('lower(u.email) = :email', { email })
      .getExists();
    if (taken) {
      throw new DomainError('EMAIL_TAKEN', 'An account with this e-mail address exists already', {
        field: 'email',
      });
    }
  }

  /**
   * Teachers and company contacts sign up themselves; a company starts unapproved with its first location. The
   * account starts unconfirmed: sign-up mails a link that confirms the address (see AccountService.verifyEmail).
   *
   * An address that has an account already is answered as a new one, in the same time and shape, so that sign-up
   * does not tell who has an account: no account is made, but a pending sign-up, a session that reads as a new
   * unconfirmed account and can never be confirmed (see answerTakenAddress), and the owner is mailed that someone
   * tried, with a link to choose a new password. `client` is the caller's network address, for the
   * sign-ups-per-client limit.
   */
  async signUp(draft: SignUpDraft, client?: string): Promise<SignUpResult> {
    await this.limiter.take(this.limiter.limits.signUp, clientKey(client));
    if (draft.role !== Role.TEACHER && draft.role !== Role.COMPANY) {
      throw new DomainError(
        'SIGN_UP_ROLE_NOT_ALLOWED',
        'Only teachers and company contacts can sign up; an admin creates coordinators',
        { field: 'role' },
      );
    }
    const email = await this.checkCredentials(draft.email, draft.password, draft.name);
    let schoolId: string | null = null;
    if (draft.role === Role.TEACHER) {
      if (!draft.schoolVestigingscode) {
        throw new BadInputException('A teacher names the school (vestigingscode)', {
          field: 'schoolVestigingscode',
        });
      }
      const school = await this.schools.findByVestigingscode(draft.schoolVestigingscode);
      if (!school) {
        throw new DomainError(
          'UNKNOWN_SCHOOL_CODE',
          `No school with vestigingscode ${draft.schoolVestigingscode}`,
          { field: 'schoolVestigingscode' },
        );
      }
      schoolId = school.id;
    } else if (!draft.companyName?.trim() || !draft.companyLocation) {
      throw new BadInputException('A company contact names the company and its first location', {
        field: draft.companyName?.trim() ? 'companyLocation' : 'companyName',
      });
    }
    const passwordHash = await hashPassword(draft.password);
    const fields = { email, name: draft.name.trim(), role: draft.role, schoolId };
    // The company is made before the address is looked at, so that its checks (name taken, postcode) answer the
    // same whether or not the address has an account; for a taken address the transaction then rolls it back.
    let company: SignUpResult['company'] = null;
    try {
      const user = await Tx.run(this.dataSource, async (tx) => {
        if (draft.role === Role.COMPANY) {
          const made = await this.companies.createWithLocation(
            tx,
            draft.companyName!,
            draft.companyLocation!,
          );
          company = { company: made.company, locations: [made.location] };
        }
        const [taken] = await tx.query<unknown[]>(`SELECT 1 FROM users WHERE lower(email) = $1`, [email]);
        if (taken) throw new AddressTaken();
        const saved = await tx.manager.getRepository(UserEntity).save({
          ...fields,
          passwordHash,
          companyId: company?.company.id ?? null,
        });
        await this.tokens.mailForUser(
          tx,
          AccountTokenPurpose.EMAIL_VERIFICATION,
          saved.id,
          EMAIL_VERIFICATION_TTL_MS,
        );
        return saved;
      });
      return { ...(await this.startSession(user)), company };
    } catch (error) {
      // A sign-up of the same address that committed a moment earlier meets the unique index instead.
      const key = uniqueKeyOf(error);
      if (error instanceof AddressTaken || key === 'users_email_key') {
        return this.answerTakenAddress({ ...fields, passwordHash }, company);
      }
      if (key === 'companies_name_key') {
        throw new DomainError('COMPANY_NAME_TAKEN', 'A company with this name exists already', {
          field: 'companyName',
        });
      }
      throw error;
    }
  }

  // Mails the owner of a taken address (a password reset link in a text about the sign-up) and answers as a new
  // account would: a pending sign-up, a real session that holds the account the sign-up would have made, and its
  // company, in no table (see SessionService.startPendingSignUp). It reads as a new unconfirmed account everywhere
  // and can never act or become one: the link that would confirm it went to nobody.
  private async answerTakenAddress(
    fields: Pick<UserEntity, 'email' | 'name' | 'role' | 'schoolId' | 'passwordHash'>,
    company: SignUpResult['company'],
  ): Promise<SignUpResult> {
    await Tx.run(this.dataSource, (tx) =>
      this.tokens.mailForEmail(
        tx,
        AccountTokenPurpose.PASSWORD_RESET,
        fields.email,
        PASSWORD_RESET_TTL_MS,
        'signUpAttempt',
      ),
    );
    const now = new Date();
    const pending = Object.assign(new UserEntity(), {
      ...fields,
      id: randomUUID(),
      companyId: company?.company.id ?? null,
      emailVerified: false,
      schoolVerified: false,
      provinces: [],
      programmes: [],
      emailOffKinds: [],
      createdAt: now,
      updatedAt: now,
    });
    this.logger.log({ msg: 'sign-up with an address that has an account: the owner is mailed' });
    const session = await this.sessions.startPendingSignUp(pending, company);
    // The answer carries no password hash, as a new account's does not.
    const { passwordHash: _hash, ...user } = pending;
    return { token: session.accessToken, session, user: Object.assign(new UserEntity(), user), company };
  }

  /**
   * Logs in. Failed log-ins lock the address and the client (`client`, the caller's network address) out for a
   * while, longer after each further failure (LOGIN_LOCKOUT, LOGIN_LOCKOUT_IP); while locked even the right password
   * is refused with LOGIN_LOCKED. An unknown address is counted and answered like a wrong password, in the same time.
   */
  async logIn(email: string, password: string, client?: string): Promise<AuthResult> {
    const normalised = normaliseEmail(email);
    const checks = this.logInChecks(normalised, client);
    await this.limiter.attempt(checks);
    const [user, pending] = await Promise.all([
      this.users
        .createQueryBuilder('u')
        .addSelect('u.passwordHash')
        .where('lower(u.email) = :email', { email: normalised })
        .getOne(),
      this.sessions.pendingSignUpOf(normalised),
    ]);
    // A pending sign-up (a sign-up with this address while it had an account) logs in with the password it chose,
    // as the account it seems to be would: its password is tried first, so that its log-in costs one argon2 verify
    // as an account's does.
    if (pending && (await verifyPassword(pending.passwordHash, password))) {
      await this.limiter.succeeded(checks);
      // Read as a users row is: without its password hash (select: false).
      const { session, user, pendingSignUp } = await this.sessions.resumePendingSignUp(pending.sessionId);
      return { token: session.accessToken, session, user, company: pendingSignUp?.company ?? null };
    }
    // An unknown address costs an argon2 verify as well, against a hash of nobody's password, and every refusal
    // costs two: the same answer in the same time whether the address has an account (with or without a pending
    // sign-up) or not, so that nobody learns who has an account.
    const valid = await verifyPassword(user?.passwordHash ?? (await this.unknownAccountHash), password);
    if (!user || !valid) {
      if (!pending) await verifyPassword(await this.unknownAccountHash, password);
      throw new DomainError('WRONG_CREDENTIALS', 'Wrong e-mail address or password');
    }
    await this.limiter.succeeded(checks);
    return this.startSession(user);
  }

  /** The owner proved the address (a password reset): its failed log-ins are forgotten and its lock lifted. */
  async clearLogInFailures(email: string): Promise<void> {
    await this.limiter.succeeded(this.logInChecks(normaliseEmail(email)).slice(0, 1));
  }

  private logInChecks(email: string, client?: string): LockoutCheck[] {
    return [
      { rule: this.limiter.limits.logInAccount, key: addressKey(email) },
      { rule: this.limiter.limits.logInClient, key: clientKey(client) },
    ];
  }

  /** Logs `user` in: a new session (a chain of refresh tokens) and its first access token. */
  async startSession(user: UserEntity): Promise<AuthResult> {
    const session = await this.sessions.start(user);
    return { token: session.accessToken, session, user };
  }

  /**
   * The account (or pending sign-up) behind an access token; throws UNAUTHENTICATED (SESSION_INVALID) when the
   * token is bad or expired, its session ended, or its user gone.
   */
  accountFromToken(token: string): Promise<SessionAccount> {
    return this.sessions.userOf(token);
  }

  /** Creates or updates the admin account from ADMIN_EMAIL / ADMIN_PASSWORD; runs at every boot. */
  async ensureAdmin(): Promise<UserEntity> {
    const email = normaliseEmail(this.env.ADMIN_EMAIL);
    const existing = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = :email', { email })
      .getOne();
    if (
      existing &&
      existing.role === Role.ADMIN &&
      (await verifyPassword(existing.passwordHash, this.env.ADMIN_PASSWORD))
    ) {
      return existing;
    }
    const passwordHash = await hashPassword(this.env.ADMIN_PASSWORD);
    if (existing) {
      await this.users.update(existing.id, {
        passwordHash,
        role: Role.ADMIN,
        schoolId: null,
        companyId: null,
        emailVerified: true,
      });
      this.logger.log({ msg: 'admin account updated', email });
      return { ...existing, passwordHash, role: Role.ADMIN, emailVerified: true };
    }
    try {
      // The operator chose the address: nothing to confirm.
      const admin = await this.users.save({
        email,
        passwordHash,
        name: 'Beheerder',
        role: Role.ADMIN,
        emailVerified: true,
      });
      this.logger.log({ msg: 'admin account created', email });
      return admin;
    } catch (error) {
      // Another process (api and worker booting together) created it first.
      if (isUniqueViolation(error)) return this.users.findOneOrFail({ where: { email } });
      throw error;
    }
  }

  /**
   * An admin creates coordinator accounts: they work in at least one province, for the programmes named (none
   * named: every programme).
   */
  async createCoordinator(
    actor: Actor,
    draft: { email: string; password: string; name: string; provinces: Province[]; programmes: Programme[] },
  ): Promise<UserEntity> {
    await this.access.require(actor, Permission.CoordinatorCreate);
    const email = await this.checkCredentials(draft.email, draft.password, draft.name);
    if (draft.provinces.length === 0) {
      throw new DomainError('NO_PROVINCES', 'A coordinator works in at least one province', {
        field: 'provinces',
      });
    }
    await this.assertEmailFree(email);
    try {
      return await this.users.save({
        email,
        passwordHash: await hashPassword(draft.password),
        name: draft.name.trim(),
        role: Role.COORDINATOR,
        // The admin vouches for the address.
        emailVerified: true,
        provinces: inEnumOrder(Object.values(Province), draft.provinces),
        programmes: inEnumOrder(Object.values(Programme), draft.programmes),
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('EMAIL_TAKEN', 'An account with this e-mail address exists already', {
          field: 'email',
        });
      }
      throw error;
    }
  }

  /** Every coordinator account, by name (an admin's overview; there are a few dozen at most). */
  async listCoordinators(actor: Actor): Promise<UserEntity[]> {
    await this.access.require(actor, Permission.CoordinatorList);
    return this.users.find({
      where: { role: Role.COORDINATOR },
      order: { name: 'ASC', email: 'ASC' },
      take: COORDINATOR_LIST_LIMIT,
    });
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.users.find({ where: { id: In([...ids]) } });
  }
}
