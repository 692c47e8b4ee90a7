import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { UserEntity } from '@app/identity';
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

@ObjectType({ description: 'A session token and its account.' })
export class AuthPayload {
  @Field({ description: 'JWT to send as `Authorization: Bearer <token>`.' })
  token: string;

  @Field(() => User, { description: 'The account.' })
  user: User;
}
