import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { IssuedSession, UserEntity } from '@app/identity';
import { NotificationKind, Programme, Province, Role } from '../graphql/enums';
import { Company } from './company.model';
import { School } from './school.model';

@ObjectType({ description: 'An account.' })
export class User {
  @Field(() => ID, { description: 'Internal id.' })
  id: string;

  @Field({ description: 'E-mail address; also the login.' })
  email: string;

  @Field({ description: 'Name.' })
  name: string;

  @Field(() => Role, { description: 'What the account may do.' })
  role: Role;

  @Field(() => School, { nullable: true, description: 'For a teacher: the school they act for.' })
  school: School | null;

  @Field(() => Company, { nullable: true, description: 'For a company contact: their company.' })
  company: Company | null;

  @Field(() => [Province], { description: 'For a coordinator: the provinces they work in.' })
  provinces: Province[];

  // None named: every programme.
  @Field(() => [Programme], { description: 'For a coordinator: the programmes they work for.' })
  programmes: Programme[];

  @Field(() => [NotificationKind], {
    description:
      'Kinds of notification this account gets in the app only, not by e-mail (see setEmailNotifications).',
  })
  emailOffKinds: NotificationKind[];

  @Field({ description: 'Whether the owner confirmed the e-mail address through the mailed link.' })
  emailVerified: boolean;

  @Field({
    description:
      "For a teacher: whether the link to the school is proven (by the address's domain or by an approval).",
  })
  schoolVerified: boolean;

  schoolId: string | null;
  companyId: string | null;

  static from(entity: UserEntity): User {
    return Object.assign(new User(), {
      id: entity.id,
      email: entity.email,
      name: entity.name,
      role: entity.role,
      schoolId: entity.schoolId,
      companyId: entity.companyId,
      emailOffKinds: entity.emailOffKinds,
      emailVerified: entity.emailVerified,
      schoolVerified: entity.schoolVerified,
      provinces: entity.provinces ?? [],
      programmes: entity.programmes ?? [],
    });
  }
}

@ObjectType({ description: 'The tokens of a session and its account.' })
export class AuthPayload {
  @Field({
    description:
      'Access token (a JWT) to send as `Authorization: Bearer <token>`; short-lived (ACCESS_TOKEN_TTL, until ' +
      '`tokenExpiresAt`). An expired one is UNAUTHENTICATED with reason SESSION_INVALID: get a new one with ' +
      'refreshSession.',
  })
  token: string;

  @Field(() => Date, { description: 'When `token` stops working.' })
  tokenExpiresAt: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Refresh token for refreshSession, which spends it (each works once) and answers with a new pair; it expires ' +
      'when unused for the session length (JWT_EXPIRES_IN). Null from refreshSession when the refresh token lives ' +
      "in the web app's httpOnly cookie, or when a token just spent was sent again within seconds (a retry: the " +
      'answer has an access token only). Using a spent refresh token later ends its whole session.',
  })
  refreshToken: string | null;

  @Field(() => Date, { nullable: true, description: 'When `refreshToken` expires unless spent before.' })
  refreshTokenExpiresAt: Date | null;

  @Field(() => User, { description: 'The account.' })
  user: User;

  static of(session: IssuedSession, user: UserEntity, withRefreshToken = true): AuthPayload {
    return {
      token: session.accessToken,
      tokenExpiresAt: session.accessTokenExpiresAt,
      refreshToken: withRefreshToken ? session.refreshToken : null,
      refreshTokenExpiresAt: withRefreshToken ? session.refreshTokenExpiresAt : null,
      user: User.from(user),
    };
  }
}
