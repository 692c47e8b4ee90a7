import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  BadInputException,
  DomainError,
  NotFoundException,
  Province,
  Role,
  isUuid,
  type Actor,
  type ErrorReason,
} from '@app/core';
import type { Tx } from '@app/database';
import { OWNERS, provinceRows, type OwnerRow } from './owners';
import { ACCESS, Permission, scopeOf, type Resource, type Scope } from './permission';

const MESSAGES: Record<Exclude<ReturnType<typeof judge>, null>, string> = {
  NO_SCHOOL_LINKED: 'Your account is not linked to a school',
  NOT_YOUR_SCHOOL: 'This belongs to another school',
  NOT_YOUR_COMPANY: 'This belongs to another company',
  COMPANY_NOT_APPROVED: 'The company must be approved by a coordinator first',
  SCHOOL_NOT_VERIFIED:
    'Your link to this school is not proven yet: a teacher of the school or a coordinator must approve it',
  OUTSIDE_YOUR_REGION: 'This lies outside the provinces you work in',
};

/**
 * The school whose records a teacher sees in lists (bookings, requests, waiting-list entries): the own school
 * once the link to it is proven, else none.
 */
export function visibleSchool(actor: Actor): string | null {
  return actor.schoolVerified ? actor.schoolId : null;
}

const EVERY_PROVINCE = Object.values(Province);

// Whether a record of `provinces` lies in the actor's region.
const inRegion = (actor: Actor, provinces: readonly Province[]) =>
  provinces.some((province) => actor.provinces.includes(province));

/** Why `actor` with `scope` may not act on the record of `row`, or null when it may. */
export function judge(
  actor: Actor,
  scope: Scope,
  row: Pick<OwnerRow, 'school_id' | 'company_id' | 'approved' | 'provinces'>,
): Extract<
  ErrorReason,
  | 'NO_SCHOOL_LINKED'
  | 'NOT_YOUR_SCHOOL'
  | 'NOT_YOUR_COMPANY'
  | 'COMPANY_NOT_APPROVED'
  | 'SCHOOL_NOT_VERIFIED'
  | 'OUTSIDE_YOUR_REGION'
> | null {
  switch (scope) {
    case 'all':
      return null;
    case 'ownSchool':
      if (!actor.schoolId) return 'NO_SCHOOL_LINKED';
      // A claimed school is not enough: the link must be proven before the school's records open.
      if (!actor.schoolVerified) return 'SCHOOL_NOT_VERIFIED';
      return row.school_id === actor.schoolId ? null : 'NOT_YOUR_SCHOOL';
    case 'ownCompany':
      return actor.companyId && row.company_id === actor.companyId ? null : 'NOT_YOUR_COMPANY';
    case 'ownApprovedCompany':
      if (!actor.companyId || row.company_id !== actor.companyId) return 'NOT_YOUR_COMPANY';
      return row.approved ? null : 'COMPANY_NOT_APPROVED';
    case 'approvedCompany':
      return row.approved ? null : 'COMPANY_NOT_APPROVED';
    case 'region':
      return inRegion(actor, row.provinces) ? null : 'OUTSIDE_YOUR_REGION';
    case 'approvedCompanyInRegion':
      if (!inRegion(actor, row.provinces)) return 'OUTSIDE_YOUR_REGION';
      return row.approved ? null : 'COMPANY_NOT_APPROVED';
  }
}

/**
 * The scope `actor`'s role has for `permission`; refused with ROLE_NOT_ALLOWED (and the table's `denied` text) when
 * the role may not use it at all. The api's guard asks this before a resolver runs, by the same table.
 */
export function requireRole(actor: Pick<Actor, 'role'>, permission: Permission): Scope {
  const scope = scopeOf(permission, actor.role);
  if (!scope) throw new DomainError('ROLE_NOT_ALLOWED', ACCESS[permission].denied);
  return scope;
}

/**
 * The access layer: every use case asks it once whether its actor may use a permission on the records it names,
 * by the one table in `permission.ts`. Refusals are FORBIDDEN with a reason; records that do not exist (or that
 * the actor may not know of, such as another company's draft) are NOT_FOUND.
 */
@Injectable()
export class AccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Throws unless `actor` may use `permission` on every record in `ids` (of the kind the permission names). Pass
   * the use case's `tx` when it has locked or written the records already.
   */
  async require(actor: Actor, permission: Permission, ids: readonly string[] = [], tx?: Tx): Promise<void> {
    const scope = this.scope(actor, permission);
    const rule = ACCESS[permission];
    if (!rule.on || ids.length === 0 || scope === 'all') return;
    // A pending sign-up's claimed company and locations are its own (and in no table: nothing to look up).
    const claimed = actor.claimed;
    if (claimed && ids.every((id) => claimed.includes(id))) return;
    const rows = await this.ownerRows(rule.on, ids, tx);
    const name = rule.on === 'province' ? 'Province' : OWNERS[rule.on].name;
    for (const id of ids) {
      const mine = rows.filter((row) => row.id === id);
      if (mine.length === 0) throw new NotFoundException(name, id);
      const refusals = mine.map((row) => judge(actor, scope, row));
      if (refusals.includes(null)) continue;
      const reason = refusals[0]!;
      // Hidden from those it does not belong to: its own company may know its draft, even when not approved.
      if (reason !== 'COMPANY_NOT_APPROVED' && mine.every((row) => row.hidden)) {
        throw new NotFoundException(name, id);
      }
      throw new DomainError(reason, MESSAGES[reason], { id });
    }
  }

  // The owner rows of `ids` (NOT_FOUND for an id of the wrong form), in one query.
  private async ownerRows(on: Resource, ids: readonly string[], tx?: Tx): Promise<OwnerRow[]> {
    if (on === 'province') return provinceRows(ids);
    const owners = OWNERS[on];
    for (const id of ids) if (!isUuid(id)) throw new NotFoundException(owners.name, id);
    return (tx ?? this.dataSource).query<OwnerRow[]>(owners.sql, [
      [...new Set(ids)],
      ...(owners.params ?? []),
    ]);
  }

  /**
   * The provinces a list for `permission` shows `actor`: the one asked for (refused with OUTSIDE_YOUR_REGION when
   * a coordinator does not work there), else a coordinator's own provinces, in the enum's order; null for every
   * province.
   */
  provincesFor(actor: Actor, permission: Permission, asked?: Province | null): Province[] | null {
    const scope = this.scope(actor, permission);
    const regional = scope === 'region' || scope === 'approvedCompanyInRegion';
    if (asked) {
      if (regional && !actor.provinces.includes(asked)) {
        throw new DomainError('OUTSIDE_YOUR_REGION', MESSAGES.OUTSIDE_YOUR_REGION, { province: asked });
      }
      return [asked];
    }
    if (!regional) return null;
    return EVERY_PROVINCE.filter((p) => actor.provinces.includes(p));
  }

  /**
   * The school `actor` acts for when using `permission`: a teacher's own school (naming another is refused), or
   * the school a coordinator names (required; in their provinces). Checks only the form of a named id, not that
   * the school exists, unless it must look up the school's province.
   */
  async actingSchool(
    actor: Actor,
    permission: Permission,
    schoolId?: string | null,
    tx?: Tx,
  ): Promise<string> {
    const scope = this.scope(actor, permission);
    if (scope === 'ownSchool') {
      if (!actor.schoolId) throw new DomainError('NO_SCHOOL_LINKED', MESSAGES.NO_SCHOOL_LINKED);
      if (!actor.schoolVerified) throw new DomainError('SCHOOL_NOT_VERIFIED', MESSAGES.SCHOOL_NOT_VERIFIED);
      if (schoolId && schoolId !== actor.schoolId) {
        throw new DomainError('NOT_YOUR_SCHOOL', 'A teacher acts for the own school only', { id: schoolId });
      }
      return actor.schoolId;
    }
    if (!schoolId) throw new BadInputException('Name the school', { field: 'schoolId' });
    if (!isUuid(schoolId)) throw new NotFoundException('School', schoolId);
    await this.require(actor, permission, [schoolId], tx);
    return schoolId;
  }

  /**
   * The company `actor` acts for when using `permission` on an operation that names none (a company contact's
   * own), checked as `require` checks it on that company. Refused for an account linked to no company.
   */
  async actingCompany(actor: Actor, permission: Permission, tx?: Tx): Promise<string> {
    this.scope(actor, permission);
    if (!actor.companyId) {
      throw new DomainError('NOT_YOUR_COMPANY', 'Your account is not linked to a company');
    }
    await this.require(actor, permission, [actor.companyId], tx);
    return actor.companyId;
  }

  /** Whether `actor` may use `permission` at all (on some records): for lists and optional fields. */
  may(actor: Actor | null | undefined, permission: Permission): boolean {
    return !!actor && scopeOf(permission, actor.role) !== undefined;
  }

  private scope(actor: Actor, permission: Permission): Scope {
    const scope = requireRole(actor, permission);
    // Self-registered accounts act only once their address is confirmed; admins make the others.
    if (
      !actor.emailVerified &&
      (actor.role === Role.TEACHER || actor.role === Role.COMPANY) &&
      !ACCESS[permission].reads
    ) {
      throw new DomainError(
        'EMAIL_NOT_VERIFIED',
        'Confirm your e-mail address first, with the link we mailed',
      );
    }
    // A coordinator of every province is kept nowhere: no look-up needed.
    if (EVERY_PROVINCE.every((p) => actor.provinces.includes(p))) {
      if (scope === 'region') return 'all';
      if (scope === 'approvedCompanyInRegion') return 'approvedCompany';
    }
    return scope;
  }
}
