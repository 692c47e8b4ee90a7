import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { Kind } from 'graphql';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { withRequestId, withTimeout } from '@app/core';
import { JOB_DEFINITIONS, JobName, JobProducer, OutboxRelay, QueueName } from '@app/queue';
import { RateLimiter } from '@app/rate-limit';

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/** How long a scrape waits for Redis before it leaves the queue figures out (nothing waits on Redis). */
const QUEUE_PROBE_MS = 1000;

/** The part of a path that names what was asked, with few values (no ids). */
function routeOf(path: string): string {
  for (const prefix of ['/graphql', '/health', '/metrics', '/reports', '/assets', '/geo']) {
    if (path === prefix || path.startsWith(`${prefix}/`)) return prefix;
  }
  return 'page';
}

/**
 * The api's Prometheus metrics (`GET /metrics`): HTTP and GraphQL operation latency histograms, the depth and the
 * failures of every queue, the jobs still in the outbox, rate-limit refusals, and Node's own process figures.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by method, route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly operationDuration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operations by type and first root field, from parse to answer.',
    labelNames: ['type', 'field', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly rateLimitRejections = new Counter({
    name: 'rate_limit_rejections_total',
    help: 'Requests refused by a rate limit, by limit.',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });

  constructor(jobs: JobProducer, limiter: RateLimiter, relay: OutboxRelay) {
    collectDefaultMetrics({ register: this.registry });
    limiter.onRefused((limit) => this.rateLimitRejections.inc({ limit }));
    new Gauge({
      name: 'outbox_backlog',
      help: 'Jobs written by requests and not yet moved to Redis (grows while Redis is away); NaN when PostgreSQL does not answer within half a second.',
      registers: [this.registry],
      async collect() {
        try {
          this.set(await relay.backlog());
        } catch {
          // The database did not answer in time: no figure rather than a stale one or a failed scrape.
          this.set(Number.NaN);
        }
      },
    });
    const firstJobOf = new Map<QueueName, JobName>();
    for (const [name, definition] of Object.entries(JOB_DEFINITIONS) as Array<
      [JobName, { queue: QueueName }]
    >) {
      if (!firstJobOf.has(definition.queue)) firstJobOf.set(definition.queue, name);
    }
    new Gauge({
      name: 'queue_jobs',
      help: 'Jobs per queue and state (failed: kept failures); absent while Redis does not answer.',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        await Promise.all(
          [...firstJobOf].map(async ([queue, job]) => {
            try {
              const counts = await withTimeout(
                jobs.queueFor(job).getJobCounts(...QUEUE_STATES),
                QUEUE_PROBE_MS,
                'Redis',
              );
              for (const state of QUEUE_STATES) this.set({ queue, state }, counts[state] ?? 0);
            } catch {
              // Redis is away: the figures of this queue are left out of this scrape.
            }
          }),
        );
      },
    });
  }

  /** Times GraphQL operations by their first root field (one observation per request, not per field). */
  graphqlPlugin(): ApolloServerPlugin {
    const histogram = this.operationDuration;
    return {
      requestDidStart() {
        const started = performance.now();
        let type = 'unknown';
        let field = 'unknown';
        return Promise.resolve({
          didResolveOperation({ operation }) {
            if (operation) {
              type = operation.operation;
              const first = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
              if (first?.kind === Kind.FIELD) field = first.name.value;
            }
            return Promise.resolve();
          },
          willSendResponse({ response }) {
            const failed =
              response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
            histogram.observe(
              { type, field, outcome: failed ? 'error' : 'ok' },
              (performance.now() - started) / 1000,
            );
            return Promise.resolve();
          },
        });
      },
    };
  }
}

/** Times every HTTP request, and runs it with its request id current (for logs and the jobs it makes). */
@Injectable()
export class RequestMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: Metrics) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const started = performance.now();
    res.once('finish', () => {
      const path = new URL(req.originalUrl, 'http://api').pathname;
      this.metrics.httpDuration.observe(
        { method: req.method, route: routeOf(path), status: String(res.statusCode) },
        (performance.now() - started) / 1000,
      );
    });
    // pino-http names the request (req.id); read it when asked, whichever middleware runs first.
    withRequestId(() => {
      const id = (req as { id?: unknown }).id ?? res.getHeader('x-request-id');
      return typeof id === 'string' ? id : undefined;
    }, next);
  }
}
