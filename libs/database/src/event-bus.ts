import { Injectable } from '@nestjs/common';
import type { Tx } from './transaction';

/**
 * Every domain event, by name, with its payload. Payloads carry ids and plain values only, like jobs: a handler
 * re-reads what it needs. A lib that publishes an event adds it here.
 */
export interface DomainEvents {
  /** Activities were created, edited, published or archived. */
  'activities.changed': { activityIds: string[] };
  /** Companies were approved, renamed or moved (their activities' search documents change). */
  'companies.changed': { companyIds: string[] };
  /** A booking was cancelled; whatever it held (a matched supply session) is given back. */
  'booking.cancelled': { bookingId: string; proposalId: string | null };
  /** A school reviewed an activity; the activity's rating changes. */
  'review.posted': { activityId: string; reviewId: string };
}

export type DomainEventName = keyof DomainEvents;

/** Runs inside the publisher's transaction: writes the handler's own tables, all or nothing with the publisher. */
export type InTransactionHandler<K extends DomainEventName> = (
  payload: DomainEvents[K],
  tx: Tx,
) => Promise<void>;
/**
 * Runs after the publisher's transaction committed, never writes, and is lost if the process stops first: not for
 * jobs (those are written to the job outbox by an in-transaction handler). Failures are logged.
 */
export type AfterCommitHandler<K extends DomainEventName> = (payload: DomainEvents[K]) => Promise<void>;

/**
 * The one way changes travel between libs. A lib publishes what happened in its transaction; other libs
 * subscribe (in their module's `onModuleInit`) either inside that transaction, to keep their own tables
 * consistent with it or to write jobs to the job outbox, or after its commit, for work that may be lost.
 */
@Injectable()
export class EventBus {
  private readonly inTransaction = new Map<DomainEventName, Array<InTransactionHandler<never>>>();
  private readonly afterCommit = new Map<DomainEventName, Array<AfterCommitHandler<never>>>();

  /** `handler` runs inside the publishing transaction, in subscription order; its failure rolls it back. */
  onInTransaction<K extends DomainEventName>(name: K, handler: InTransactionHandler<K>): void {
    this.handlers(this.inTransaction, name).push(handler);
  }

  /** `handler` runs once the publishing transaction has committed (at most once; never for jobs). */
  onCommitted<K extends DomainEventName>(name: K, handler: AfterCommitHandler<K>): void {
    this.handlers(this.afterCommit, name).push(handler);
  }

  /** Publishes `name` within `tx`: in-transaction handlers run now, the others after its commit. */
  async publish<K extends DomainEventName>(tx: Tx, name: K, payload: DomainEvents[K]): Promise<void> {
    for (const handler of this.inTransaction.get(name) ?? []) {
      await (handler as InTransactionHandler<K>)(payload, tx);
    }
    for (const handler of this.afterCommit.get(name) ?? []) {
      tx.afterCommit(() => (handler as AfterCommitHandler<K>)(payload));
    }
  }

  private handlers<H>(map: Map<DomainEventName, H[]>, name: DomainEventName): H[] {
    let list = map.get(name);
    if (!list) map.set(name, (list = []));
    return list;
  }
}
