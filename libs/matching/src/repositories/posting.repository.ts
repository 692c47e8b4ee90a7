import {
  In,
  type DataSource,
  type EntityManager,
  type FindOptionsWhere,
  type SelectQueryBuilder,
} from 'typeorm';
import { ConflictException, NotFoundException } from '@app/core';
import { inTransaction } from '@app/database';
import { isUuid } from '../is-uuid';
import type { Posting, PostingKind } from '../posting';

type Authorize<T, C> = (manager: EntityManager, posting: T) => Promise<C>;

// The table of one kind (school requests or supply offers): rows are locked, changed and listed the same way.
export class PostingRepository<T extends Posting> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly kind: PostingKind<T>,
  ) {}

  // One change of one row, in a transaction: NOT_FOUND when there is none; else the row is locked, `authorize`
  // may refuse (and hands on what it loaded), a withdrawn row is refused with CONFLICT, and `work` changes it.
  change<C>(
    id: string,
    authorize: Authorize<T, C>,
    work: (manager: EntityManager, posting: T, context: C) => Promise<T>,
  ): Promise<T> {
    if (!isUuid(id)) throw new NotFoundException(this.kind.label, id);
    return inTransaction(this.dataSource, async (manager) => {
      const { posting, context } = await this.lock(manager, id, authorize);
      if (posting.status === this.kind.withdrawn) {
        throw new ConflictException(`This ${this.kind.noun} is withdrawn`);
      }
      return work(manager, posting, context);
    });
  }

  // As `change`, but a withdrawn row is no conflict: withdrawing twice changes nothing.
  // Accepted matches stay booked.
  withdraw(id: string, authorize: Authorize<T, unknown>): Promise<T> {
    if (!isUuid(id)) throw new NotFoundException(this.kind.label, id);
    return inTransaction(this.dataSource, async (manager) => {
      const { posting } = await this.lock(manager, id, authorize);
      if (posting.status === this.kind.withdrawn) return posting;
      posting.status = this.kind.withdrawn;
      posting.withdrawnAt = new Date();
      posting.revision += 1;
      return manager.getRepository(this.kind.entity).save(posting);
    });
  }

  // The rows as `p`, oldest first; withdrawn ones only when asked for. Callers narrow it with `andWhere`.
  query(includeWithdrawn: boolean): SelectQueryBuilder<T> {
    const query = this.dataSource
      .getRepository(this.kind.entity)
      .createQueryBuilder('p')
      .orderBy('p.created_at', 'ASC')
      .addOrderBy('p.id', 'ASC');
    return includeWithdrawn
      ? query
      : query.andWhere('p.status <> :withdrawn', { withdrawn: this.kind.withdrawn });
  }

  findByIds(ids: readonly string[]): Promise<T[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.dataSource
          .getRepository(this.kind.entity)
          .find({ where: { id: In([...ids]) } as FindOptionsWhere<T> });
  }

  private async lock<C>(
    manager: EntityManager,
    id: string,
    authorize: Authorize<T, C>,
  ): Promise<{ posting: T; context: C }> {
    const posting = await manager
      .getRepository(this.kind.entity)
      .findOne({ where: { id } as FindOptionsWhere<T>, lock: { mode: 'pessimistic_write' } });
    if (!posting) throw new NotFoundException(this.kind.label, id);
    return { posting, context: await authorize(manager, posting) };
  }
}
