import { In, type DataSource, type FindOptionsWhere, type SelectQueryBuilder } from 'typeorm';
import { DomainError, NotFoundException, isUuid } from '@app/core';
import { Tx } from '@app/database';
import type { Posting, PostingKind } from '../posting';

// The table of one kind (school requests or supply offers): rows are locked, changed and listed the same way.
// Access is the caller's: it asks the access layer before it changes a row.
export class PostingRepository<T extends Posting> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly kind: PostingKind<T>,
  ) {}

  // One change of one row, in a transaction: NOT_FOUND when there is none; else the row is locked, a withdrawn
  // row is refused with CONFLICT, and `work` changes it.
  change(id: string, work: (tx: Tx, posting: T) => Promise<T>): Promise<T> {
    return Tx.run(this.dataSource, async (tx) => {
      const posting = await this.lock(tx, id);
      if (posting.status === this.kind.withdrawn) {
        throw new DomainError(this.kind.withdrawnReason, `This ${this.kind.noun} is withdrawn`);
      }
      return work(tx, posting);
    });
  }

  // As `change`, but a withdrawn row is no conflict: withdrawing twice changes nothing.
  // Accepted matches stay booked.
  withdraw(id: string): Promise<T> {
    return Tx.run(this.dataSource, async (tx) => {
      const posting = await this.lock(tx, id);
      if (posting.status === this.kind.withdrawn) return posting;
      posting.status = this.kind.withdrawn;
      posting.withdrawnAt = new Date();
      posting.revision += 1;
      return tx.manager.getRepository(this.kind.entity).save(posting);
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

  private async lock(tx: Tx, id: string): Promise<T> {
    const posting = isUuid(id)
      ? await tx.manager
          .getRepository(this.kind.entity)
          .findOne({ where: { id } as FindOptionsWhere<T>, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!posting) throw new NotFoundException(this.kind.label, id);
    return posting;
  }
}
