import { Global, Module } from '@nestjs/common';
import { RateLimitModule } from '@app/rate-limit';
import { Metrics, RequestMetricsMiddleware } from './metrics';
import { MetricsController } from './metrics.controller';

/** The api's one metrics registry; global so that the GraphQL setup and any resolver can count with it. */
@Global()
@Module({
  imports: [RateLimitModule],
  providers: [Metrics, RequestMetricsMiddleware],
  controllers: [MetricsController],
  exports: [Metrics, RequestMetricsMiddleware],
})
export class MetricsModule {}
