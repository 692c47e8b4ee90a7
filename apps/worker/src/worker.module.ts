import { AccessModule } from '@app/access';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CatalogueModule } from '@app/catalogue';
import { MatchingModule } from '@app/matching';
import { ConfigModule, loggingModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { IdentityModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { QueueModule } from '@app/queue';
import { SearchWorkerModule } from '@app/search';
import { WaitlistWorkerModule } from '@app/waitlist';
import { Heartbeat } from './heartbeat';
import { JobDispatcher } from './job-dispatcher';

/** The worker: domain libs that own job handlers, and the dispatcher. No GraphQL here. */
@Module({
  imports: [
    ConfigModule,
    loggingModule,
    DatabaseModule,
    AccessModule,
    QueueModule,
    DiscoveryModule,
    NotificationsModule,
    IdentityModule,
    CatalogueModule,
    WaitlistWorkerModule,
    MatchingModule,
    SearchWorkerModule,
  ],
  providers: [JobDispatcher, Heartbeat],
  exports: [JobDispatcher],
})
export class WorkerModule {}
