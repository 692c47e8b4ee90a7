import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Role } from '@app/core';
import { literal } from '../sql';

/** Who the waiting list notifies: the teachers of a school, the contacts of a company. */
@Injectable()
export class RecipientRepository {
  teachersOf(manager: EntityManager, schoolIds: string[]): Promise<Array<{ id: string; schoolId: string }>> {
    return manager.query(
      `SELECT id, school_id AS "schoolId" FROM users
        WHERE role = ${literal(Role.TEACHER)} AND school_id = ANY($1::uuid[])`,
      [schoolIds],
    );
  }

  async contactsOf(manager: EntityManager, companyId: string): Promise<string[]> {
    const rows = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM users WHERE role = ${literal(Role.COMPANY)} AND company_id = $1`,
      [companyId],
    );
    return rows.map((row) => row.id);
  }
}
