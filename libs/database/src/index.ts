export { DatabaseModule } from './database.module';
export { dataSourceOptions, runMigrations } from './data-source';
export { QueryLogger } from './query.logger';
export { isUniqueViolation, Tx, type AfterCommitStep, type TxOptions } from './transaction';
export {
  EventBus,
  type AfterCommitHandler,
  type DomainEventName,
  type DomainEvents,
  type InTransactionHandler,
} from './event-bus';
export { IDEMPOTENCY_KEY_MAX_LENGTH, IdempotencyKeys, inputHash, type IdempotentCall } from './idempotency';
