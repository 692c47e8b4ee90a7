import {
  Injectable,
  SetMetadata,
  createParamDecorator,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { requireRole, type Permission } from '@app/access';
import { UnauthenticatedException, type Actor } from '@app/core';
import type { RequestContext } from './request-context';

const GUARD = Symbol('GUARD');

/** What the guard asks of a resolver method's caller: to be logged in, and may use `permission` when given. */
export interface GuardRule {
  permission: Permission | null;
}

/**
 * The field needs a logged-in caller; with `permission`, one whose role the access table (`ACCESS`) lets use it,
 * else FORBIDDEN with reason ROLE_NOT_ALLOWED before the resolver runs. Whose records the caller may touch is
 * still the service's question to the access layer. Without a permission the field works on the caller's own
 * account only.
 */
export const Authenticated = (permission?: Permission) =>
  SetMetadata(GUARD, { permission: permission ?? null } satisfies GuardRule);

/** The rule `@Authenticated` put on a resolver method; undefined for a public one. */
export function guardRuleOf(handler: object): GuardRule | undefined {
  return Reflect.getMetadata(GUARD, handler) as GuardRule | undefined;
}

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<GuardRule | undefined>(GUARD, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule === undefined || context.getType<string>() !== 'graphql') return true;
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    const actor = await ctx.actor();
    if (!actor) throw new UnauthenticatedException('Log in first: send Authorization: Bearer <token>');
    if (rule.permission) requireRole(actor, rule.permission);
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
