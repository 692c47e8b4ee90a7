import { Global, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { EnvironmentVariables } from '@app/config';
import { JobProducer } from './job-producer';
import { QueueName } from './jobs';
import { OutboxRelay } from './outbox';
import { ScheduleKeeper } from './schedule-keeper';
import { redisConnection } from './redis-connection';

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => ({
        connection: redisConnection(env.REDIS_URL),
        prefix: env.QUEUE_PREFIX,
      }),
    }),
    BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
  ],
  providers: [JobProducer, OutboxRelay, ScheduleKeeper],
  exports: [JobProducer, OutboxRelay, ScheduleKeeper, BullModule],
})
export class QueueModule {}
