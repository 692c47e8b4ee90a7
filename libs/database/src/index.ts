export { DatabaseModule } from './database.module';
export { dataSourceOptions, runMigrations } from './data-source';
export { inTransaction, isUniqueViolation } from './transaction';
