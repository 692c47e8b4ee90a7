export { addressKey, clientKey } from './client-address';
export { RateLimitModule } from './rate-limit.module';
export { RateLimiter, type LockoutCheck } from './rate-limiter';
export { REFUSAL_REASONS, RefusalGate, markRefused } from './refusal-gate';
export {
  FAILURE_MEMORY_MS,
  LOCKOUT_MAX_MS,
  RESET_MAILS_PER_ADDRESS,
  RESET_MAILS_WINDOW_MS,
  rateLimitsFrom,
  type BlockRule,
  type LockoutRule,
  type RateLimits,
  type WindowRule,
} from './rate-limits';
