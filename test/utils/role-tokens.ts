import { Role } from '@app/core';
import { SchoolFactory } from '@app/testing';
import type { TestApp } from './test-app';

/** Tokens of a coordinator, an admin and a teacher (of a school of its own): who else tries an operation. */
export async function roleTokens(
  t: TestApp,
): Promise<{ coordinator: string; admin: string; teacher: string }> {
  return {
    coordinator: await t.tokenFor(Role.COORDINATOR),
    admin: await t.tokenFor(Role.ADMIN),
    teacher: await t.tokenFor(Role.TEACHER, { schoolId: (await SchoolFactory.create(t.dataSource)).id }),
  };
}
