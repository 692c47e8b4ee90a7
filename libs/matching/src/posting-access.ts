import { ForbiddenException, NotFoundException, Role, isCoordinator, type Actor } from '@app/core';
import type { CompanyLocationEntity } from '@app/catalogue';
import { isUuid } from './is-uuid';
import { badInput } from './posting';

// Who may post and change demand and supply for which school or company location.
// TODO(issue 11): the shared access layer takes these rules over; bookings has its own `schoolFor` till then.

/** The school a teacher or coordinator posts demand for: a teacher the own school only, a coordinator any. */
export function schoolToPostFor(actor: Actor, schoolId: string | null | undefined): string {
  if (actor.role === Role.TEACHER) {
    if (!actor.schoolId) throw new ForbiddenException('Your account is not linked to a school');
    if (schoolId && schoolId !== actor.schoolId) {
      throw new ForbiddenException('A teacher acts for the own school only');
    }
    return actor.schoolId;
  }
  if (isCoordinator(actor)) {
    if (!schoolId) throw badInput('schoolId', 'Name the school to post for');
    if (!isUuid(schoolId)) throw new NotFoundException('School', schoolId);
    return schoolId;
  }
  throw new ForbiddenException('Only a teacher or a coordinator posts school requests');
}

export function assertMaySupply(actor: Actor): void {
  if (actor.role !== Role.COMPANY && !isCoordinator(actor)) {
    throw new ForbiddenException('Only a company contact or a coordinator posts supply');
  }
}

/** A coordinator changes any school's request; a teacher the own school's only. */
export function assertRequestOfOwnSchool(actor: Actor, schoolId: string): void {
  if (!isCoordinator(actor) && !(actor.role === Role.TEACHER && actor.schoolId === schoolId)) {
    throw new ForbiddenException('This request is of another school');
  }
}

/** A coordinator changes any company's offer; a company contact the own company's only. */
export function assertOfferOfOwnCompany(actor: Actor, location: CompanyLocationEntity): void {
  if (!isCoordinator(actor) && !(actor.role === Role.COMPANY && actor.companyId === location.companyId)) {
    throw new ForbiddenException('This offer is of another company');
  }
}

/** A coordinator posts for any location; a company contact for the own company's. */
export function assertLocationOfOwnCompany(actor: Actor, location: CompanyLocationEntity): void {
  if (!isCoordinator(actor) && actor.companyId !== location.companyId) {
    throw new ForbiddenException('This location belongs to another company');
  }
}
