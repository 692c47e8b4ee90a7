export { DatabaseModule } from './database.module';
export { dataSourceOptions, runMigrations } from './data-source';
export { committed, inTransaction, isUniqueViolation } from './transaction';
