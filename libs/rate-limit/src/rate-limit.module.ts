import { Module } from '@nestjs/common';
import { RateLimiter } from './rate-limiter';
import { RefusalGate } from './refusal-gate';

/** The Redis rate limiter, and the gate for clients whose requests keep being refused; one of each. */
@Module({ providers: [RateLimiter, RefusalGate], exports: [RateLimiter, RefusalGate] })
export class RateLimitModule {}
