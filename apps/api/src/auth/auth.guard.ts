import {
  Injectable,
  SetMetadata,
  createParamDecorator,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError, Role, UnauthenticatedException, type Actor } from '@app/core';
import type { RequestContext } from './request-context';

const ROLES = Symbol('ROLES');

/** The field needs a logged-in caller, with one of `roles` when given (ADMIN passes every COORDINATOR check). */
export const Authenticated = (...roles: Role[]) => SetMetadata(ROLES, roles);

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (roles === undefined || context.getType<string>() !== 'graphql') return true;
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    const actor = await ctx.actor();
    if (!actor) throw new UnauthenticatedException('Log in first: send Authorization: Bearer <token>');
    const allowed =
      roles.length === 0 ||
      roles.includes(actor.role) ||
      (actor.role === Role.ADMIN && roles.includes(Role.COORDINATOR));
    if (!allowed) throw new DomainError('ROLE_NOT_ALLOWED', `Only ${roles.join(' or ')} may do this`);
    return true;
  }
}

/** The authenticated caller; use on fields marked `@Authenticated()`. */
export const CurrentActor = createParamDecorator(
  async (_: unknown, context: ExecutionContext): Promise<Actor> => {
    const actor = await GqlExecutionContext.create(context).getContext<RequestContext>().actor();
    if (!actor) throw new UnauthenticatedException();
    return actor;
  },
);

/** The caller or null; a bad token counts as anonymous. For public fields whose answer depends on who asks. */
export const OptionalActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Promise<Actor | null> =>
    GqlExecutionContext.create(context).getContext<RequestContext>().optionalActor(),
);
