import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { isEmail } from 'class-validator';
import { AccessService, Permission } from '@app/access';
import { EnvironmentVariables } from '@app/config';
import { BadInputException, DomainError, Programme, Province, Role, type Actor } from '@app/core';
import { CompanyService, SchoolService, type LocationDraft } from '@app/catalogue';
import { Tx, isUniqueViolation } from '@app/database';
import { AccountTokenService } from './account-token.service';
import { normaliseEmail } from './email-address';
import { AccountTokenPurpose } from './entities/account-token.entity';
import { UserEntity } from './entities/user.entity';
import { hashPassword, passwordWeakness, verifyPassword } from './password';

/** The most coordinators `listCoordinators` returns. */
export const COORDINATOR_LIST_LIMIT = 500;

/** How long the link that confirms a new account's address works. */
export const EMAIL_VERIFICATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

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
  token: string;
  user: UserEntity;
}

// Each value once, in the enum's order.
const inEnumOrder = <T>(order: T[], values: readonly T[]): T[] => order.filter((v) => values.includes(v));

// Which of the unique keys a sign-up ran into: the company's name, else the e-mail address.
function takenReason(error: unknown): 'COMPANY_NAME_TAKEN' | 'EMAIL_TAKEN' {
  const constraint = (error as { driverError?: { constraint?: string } }).driverError?.constraint;
  return constraint === 'companies_name_key' ? 'COMPANY_NAME_TAKEN' : 'EMAIL_TAKEN';
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

interface TokenClaims {
  sub: string;
  role: Role;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly jwt: JwtService,
    private readonly schools: SchoolService,
    private readonly companies: CompanyService,
    private readonly env: EnvironmentVariables,
    private readonly access: AccessService,
    private readonly tokens: AccountTokenService,
  ) {}

  private checkCredentials(email: string, password: string, name: string): string {
    const normalised = normaliseEmail(email);
    if (!isEmail(normalised, { require_tld: false }) || normalised.length > 254) {
      throw new BadInputException(`"${email}" is not an e-mail address`, { field: 'email' });
    }
    const weakness = passwordWeakness(password, normalised);
    if (weakness) throw new DomainError('WEAK_PASSWORD', weakness, { field: 'password' });
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
   */
  async signUp(draft: SignUpDraft): Promise<AuthResult> {
    if (draft.role !== Role.TEACHER && draft.role !== Role.COMPANY) {
      throw new DomainError(
        'SIGN_UP_ROLE_NOT_ALLOWED',
        'Only teachers and company contacts can sign up; an admin creates coordinators',
        { field: 'role' },
      );
    }
    const email = this.checkCredentials(draft.email, draft.password, draft.name);
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
    await this.assertEmailFree(email);
    const passwordHash = await hashPassword(draft.password);
    try {
      const user = await Tx.run(this.dataSource, async (tx) => {
        let companyId: string | null = null;
        if (draft.role === Role.COMPANY) {
          const created = await this.companies.createWithLocation(
            tx,
            draft.companyName!,
            draft.companyLocation!,
          );
          companyId = created.company.id;
        }
        const saved = await tx.manager.getRepository(UserEntity).save({
          email,
          passwordHash,
          name: draft.name.trim(),
          role: draft.role,
          schoolId,
          companyId,
        });
        await this.tokens.mailForUser(
          tx,
          AccountTokenPurpose.EMAIL_VERIFICATION,
          saved.id,
          EMAIL_VERIFICATION_TTL_MS,
        );
        return saved;
      });
      return { token: this.issueToken(user), user };
    } catch (error) {
      if (isUniqueViolation(error)) {
        const reason = takenReason(error);
        throw new DomainError(
          reason,
          reason === 'COMPANY_NAME_TAKEN'
            ? 'A company with this name exists already'
            : 'An account with this e-mail address exists already',
          { field: reason === 'COMPANY_NAME_TAKEN' ? 'companyName' : 'email' },
        );
      }
      throw error;
    }
  }

  async logIn(email: string, password: string): Promise<AuthResult> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = :email', { email: normaliseEmail(email) })
      .getOne();
    // The same answer for an unknown address and a wrong password: do not reveal who has an account.
    if (!user || !(await verifyPassword(user.passwordHash, password))) {
      throw new DomainError('WRONG_CREDENTIALS', 'Wrong e-mail address or password');
    }
    return { token: this.issueToken(user), user };
  }

  issueToken(user: Pick<UserEntity, 'id' | 'role'>): string {
    const claims: TokenClaims = { sub: user.id, role: user.role };
    return this.jwt.sign(claims);
  }

  /** The actor behind a bearer token; throws UNAUTHENTICATED when the token is bad, expired or its user gone. */
  async actorFromToken(token: string): Promise<Actor> {
    let claims: TokenClaims;
    try {
      claims = this.jwt.verify<TokenClaims>(token);
    } catch {
      throw new DomainError('SESSION_INVALID', 'The token is invalid or expired; log in again');
    }
    const user = await this.users.findOne({ where: { id: claims.sub } });
    if (!user) throw new DomainError('SESSION_INVALID', 'The account of this token no longer exists');
    return actorOf(user);
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
    const email = this.checkCredentials(draft.email, draft.password, draft.name);
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
