import { Global, Injectable, Module, type BeforeApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EnvironmentVariables } from '@app/config';
import { dataSourceOptions } from './data-source';
import { EventBus } from './event-bus';
import { IdempotencyKeys } from './idempotency';
import { Tx } from './transaction';

/** At shutdown, before TypeORM ends the connections: the COMMITs that searches left running finish first. */
@Injectable()
class PendingCommits implements BeforeApplicationShutdown {
  constructor(private readonly dataSource: DataSource) {}

  async beforeApplicationShutdown(): Promise<void> {
    await Tx.settled(this.dataSource);
  }
}

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
  providers: [EventBus, IdempotencyKeys, PendingCommits],
  exports: [EventBus, IdempotencyKeys],
})
export class DatabaseModule {}
