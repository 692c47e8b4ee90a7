import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { SchoolEntity } from '@app/catalogue';
import { NotFoundException, type Actor, type Province } from '@app/core';
import { inTransaction } from '@app/database';
import { SchoolRequestEntity } from '../entities/school-request.entity';
import { SchoolRequestStatus } from '../matching.enums';
import { normalisePosting, patchPosting, type PostingKind, type PostingValues } from '../posting';
import { assertRequestOfOwnSchool, schoolToPostFor } from '../posting-access';
import { PostingRepository } from '../repositories/posting.repository';

export interface SchoolRequestDraft extends PostingValues {
  /** Coordinators post for a school; a teacher may only name the own school. */
  schoolId?: string | null;
}

export type SchoolRequestPatch = Partial<PostingValues>;

const REQUEST: PostingKind<SchoolRequestEntity> = {
  entity: SchoolRequestEntity,
  label: 'School request',
  noun: 'request',
  raise: 'ask for',
  withdrawn: SchoolRequestStatus.WITHDRAWN,
};

/** Demand: school requests posted, edited, withdrawn and listed. */
@Injectable()
export class SchoolRequestService {
  private readonly postings: PostingRepository<SchoolRequestEntity>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.postings = new PostingRepository(dataSource, REQUEST);
  }

  async create(actor: Actor, draft: SchoolRequestDraft): Promise<SchoolRequestEntity> {
    const schoolId = schoolToPostFor(actor, draft.schoolId);
    const values = normalisePosting(draft);
    return inTransaction(this.dataSource, async (manager) => {
      const school = await manager.getRepository(SchoolEntity).findOne({ where: { id: schoolId } });
      if (!school) throw new NotFoundException('School', schoolId);
      return manager.getRepository(SchoolRequestEntity).save({
        ...values,
        schoolId,
        createdBy: actor.userId,
        status: SchoolRequestStatus.OPEN,
      });
    });
  }

  /** Proposals made before no longer apply: the revision goes up. */
  update(actor: Actor, id: string, patch: SchoolRequestPatch): Promise<SchoolRequestEntity> {
    return this.postings.change(id, this.ofOwnSchool(actor), async (manager, request) => {
      const values = patchPosting(REQUEST, request, patch);
      Object.assign(request, values, {
        revision: request.revision + 1,
        status:
          values.sessions > request.sessionsUsed ? SchoolRequestStatus.OPEN : SchoolRequestStatus.MATCHED,
      });
      return manager.getRepository(SchoolRequestEntity).save(request);
    });
  }

  withdraw(actor: Actor, id: string): Promise<SchoolRequestEntity> {
    return this.postings.withdraw(id, this.ofOwnSchool(actor));
  }

  /** Coordinator: the requests of schools in the province, oldest first; withdrawn ones only on request. */
  inProvince(province: Province, includeWithdrawn = false): Promise<SchoolRequestEntity[]> {
    return this.postings
      .query(includeWithdrawn)
      .innerJoin(SchoolEntity, 's', 's.id = p.school_id')
      .andWhere('s.province = :province', { province })
      .getMany();
  }

  /** Teacher: the own school's requests; withdrawn ones too. */
  ofSchool(schoolId: string): Promise<SchoolRequestEntity[]> {
    return this.postings.query(true).andWhere('p.school_id = :schoolId', { schoolId }).getMany();
  }

  findByIds(ids: readonly string[]): Promise<SchoolRequestEntity[]> {
    return this.postings.findByIds(ids);
  }

  private ofOwnSchool(actor: Actor) {
    return (_manager: EntityManager, request: SchoolRequestEntity) =>
      Promise.resolve(assertRequestOfOwnSchool(actor, request.schoolId));
  }
}
