import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnvironmentVariables } from '@app/config';
import { dataSourceOptions } from './data-source';
import { EventBus } from './event-bus';
import { IdempotencyKeys } from './idempotency';

/**
 * The TypeORM connection (each domain lib registers its own entities with `TypeOrmModule.forFeature`) and the one
 * domain-event bus every lib publishes on and subscribes to, and the idempotency keys of create mutations.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => ({
        ...dataSourceOptions(env.DATABASE_URL, { extra: { max: env.DATABASE_POOL_SIZE } }),
        autoLoadEntities: true,
        migrationsRun: false,
      }),
    }),
  ],
  providers: [EventBus, IdempotencyKeys],
  exports: [EventBus, IdempotencyKeys],
})
export class DatabaseModule {}
