import { Module } from '@nestjs/common';
import { RateLimiter } from './rate-limiter';

/** The Redis rate limiter; one instance however many modules import it. */
@Module({ providers: [RateLimiter], exports: [RateLimiter] })
export class RateLimitModule {}
