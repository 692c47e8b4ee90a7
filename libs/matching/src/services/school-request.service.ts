import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService, Permission } from '@app/access';
import { SchoolEntity } from '@app/catalogue';
import { NotFoundException, type Actor, type Province } from '@app/core';
import { IdempotencyKeys, Tx } from '@app/database';
import { SchoolRequestEntity } from '../entities/school-request.entity';
import { SchoolRequestStatus } from '../matching.enums';
import { SCHOOL_REQUESTS, normalisePosting, patchPosting, type PostingValues } from '../posting';
import { PostingRepository } from '../repositories/posting.repository';

export interface SchoolRequestDraft extends PostingValues {
  /** Coordinators post for a school; a teacher may only name the own school. */
  schoolId?: string | null;
}

export type SchoolRequestPatch = Partial<PostingValues>;

/** Demand: school requests posted, edited, withdrawn and listed. */
@Injectable()
export class SchoolRequestService {
  private readonly postings: PostingRepository<SchoolRequestEntity>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly idempotency: IdempotencyKeys,
  ) {
    this.postings = new PostingRepository(dataSource, SCHOOL_REQUESTS);
  }

  /** An OPEN request; with `idempotencyKey`, a retry answers with the request the first call made. */
  async create(
    actor: Actor,
    draft: SchoolRequestDraft,
    idempotencyKey?: string | null,
  ): Promise<SchoolRequestEntity> {
    const call = {
      userId: actor.userId,
      key: idempotencyKey,
      operation: 'createSchoolRequest',
      input: draft,
    };
    const schoolId = await this.access.actingSchool(actor, Permission.SchoolRequestCreate, draft.schoolId);
    const values = normalisePosting(draft);
    return Tx.run(this.dataSource, async (tx) => {
      const first = await this.idempotency.claim(tx, call);
      if (first) return tx.manager.getRepository(SchoolRequestEntity).findOneByOrFail({ id: first });
      const school = await tx.manager.getRepository(SchoolEntity).findOne({ where: { id: schoolId } });
      if (!school) throw new NotFoundException('School', schoolId);
      const saved = await tx.manager.getRepository(SchoolRequestEntity).save({
        ...values,
        schoolId,
        createdBy: actor.userId,
        status: SchoolRequestStatus.OPEN,
      });
      await this.idempotency.settle(tx, call, saved.id);
      return saved;
    });
  }

  /** Proposals made before no longer apply: the revision goes up. */
  async update(actor: Actor, id: string, patch: SchoolRequestPatch): Promise<SchoolRequestEntity> {
    await this.access.require(actor, Permission.SchoolRequestManage, [id]);
    return this.postings.change(id, async (tx, request) => {
      const values = patchPosting(SCHOOL_REQUESTS, request, patch);
      Object.assign(request, values, {
        revision: request.revision + 1,
        status:
          values.sessions > request.sessionsUsed ? SchoolRequestStatus.OPEN : SchoolRequestStatus.MATCHED,
      });
      return tx.manager.getRepository(SchoolRequestEntity).save(request);
    });
  }

  async withdraw(actor: Actor, id: string): Promise<SchoolRequestEntity> {
    await this.access.require(actor, Permission.SchoolRequestManage, [id]);
    return this.postings.withdraw(id);
  }

  /** Coordinator: the requests of schools in the province, oldest first; withdrawn ones only on request. */
  inProvince(actor: Actor, province: Province, includeWithdrawn = false): Promise<SchoolRequestEntity[]> {
    this.access.provincesFor(actor, Permission.SchoolRequestList, province);
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
}
