import {
  Module,
  type MiddlewareConsumer,
  type NestModule,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import cookieParser from 'cookie-parser';
import type { Request, Response } from 'express';
import { AccessModule } from '@app/access';
import { BookingsModule } from '@app/bookings';
import { CatalogueModule } from '@app/catalogue';
import { ConfigModule, EnvironmentVariables, loggingModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { AuthService, IdentityModule } from '@app/identity';
import { MatchingModule } from '@app/matching';
import { NotificationsModule } from '@app/notifications';
import { QueueModule } from '@app/queue';
import { RateLimitModule } from '@app/rate-limit';
import { ReportsModule } from '@app/reports';
import { SearchModule } from '@app/search';
import { WaitlistModule } from '@app/waitlist';
import { AuthGuard } from './auth/auth.guard';
import { BrowserSessions } from './auth/browser-sessions';
import { RequestContexts } from './auth/request-context';
import { TrustProxy } from './auth/trust-proxy';
import { cleanTextPlugin } from './graphql/clean-text.plugin';
import { GraphQLErrorFilter, formatGraphQLError } from './graphql/error.filter';
import { graphqlLimits } from './graphql/graphql-limits';
import { InputValidationPipe } from './graphql/input-validation.pipe';
import { refusalsPlugin } from './graphql/refusals.plugin';
import { RESOLVERS } from './graphql/resolvers';
import { HealthController } from './health/health.controller';
import { LoaderFactory } from './loaders/loaders';
import { Metrics, RequestMetricsMiddleware } from './metrics/metrics';
import { MetricsModule } from './metrics/metrics.module';
import { ReachCsvController } from './reports/reach-csv.controller';
import { WebAppMiddleware } from './web/web-app.middleware';

@Module({
  imports: [CatalogueModule, IdentityModule, WaitlistModule, BookingsModule, MatchingModule],
  providers: [LoaderFactory, BrowserSessions, RequestContexts],
  exports: [LoaderFactory, BrowserSessions, RequestContexts, CatalogueModule, IdentityModule],
})
class ContextModule {}

@Module({
  imports: [
    ConfigModule,
    loggingModule,
    DatabaseModule,
    AccessModule,
    QueueModule,
    RateLimitModule,
    CatalogueModule,
    IdentityModule,
    WaitlistModule,
    BookingsModule,
    MatchingModule,
    NotificationsModule,
    SearchModule,
    ReportsModule,
    MetricsModule,
    ContextModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [ContextModule],
      inject: [EnvironmentVariables, RequestContexts, Metrics],
      useFactory: (env: EnvironmentVariables, contexts: RequestContexts, metrics: Metrics) => {
        const production = env.NODE_ENV === 'production';
        const limits = graphqlLimits(production);
        return {
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          graphiql: !production,
          // GraphiQL needs the schema; in production nobody maps it.
          introspection: !production,
          // Stack traces carry file paths: only a developer who asks for them gets them.
          includeStacktraceInErrorResponses: env.NODE_ENV === 'development' && env.DEBUG_ERRORS,
          formatError: formatGraphQLError,
          validationRules: limits.validationRules,
          parseOptions: limits.parseOptions,
          // No field sets cache hints: without the plugin Apollo does not wrap every resolver to collect them.
          plugins: [
            ApolloServerPluginCacheControlDisabled(),
            cleanTextPlugin(),
            metrics.graphqlPlugin(),
            ...limits.plugins,
            refusalsPlugin(),
          ],
          // Compact JSON instead of Apollo's indented default: less to build and send for every response.
          stringifyResult: (result) => JSON.stringify(result),
          context: ({ req, res }: { req: Request; res: Response }) => contexts.create(req, res),
          // A browser with the session cookie may only send JSON or a preflighted request (no form posts).
          csrfPrevention: true,
        };
      },
    }),
  ],
  controllers: [HealthController, ReachCsvController],
  providers: [
    ...RESOLVERS,
    WebAppMiddleware,
    TrustProxy,
    { provide: APP_GUARD, useClass: AuthGuard },
    {
      provide: APP_FILTER,
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => new GraphQLErrorFilter(env.NODE_ENV === 'production'),
    },
    { provide: APP_PIPE, useValue: new InputValidationPipe() },
  ],
})
export class AppModule implements OnApplicationBootstrap, NestModule {
  constructor(private readonly auth: AuthService) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestMetricsMiddleware, cookieParser(), WebAppMiddleware).forRoutes('*');
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.auth.ensureAdmin();
  }
}
