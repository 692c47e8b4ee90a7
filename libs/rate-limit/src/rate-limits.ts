import { parseRate, type EnvironmentVariables } from '@app/config';
import type { ErrorReason } from '@app/core';

/** At most `count` requests of a client per window of `windowMs`; more are refused until the window ends. */
export interface WindowRule {
  name: string;
  count: number;
  windowMs: number;
}

/**
 * A growing lock-out: after `failures` failed attempts the key is locked for `lockMs`, twice as long after each
 * further failure, up to `maxLockMs`. The count is forgotten `memoryMs` after the last failure. A success clears the
 * count (`onSuccess: 'clear'`, for an account: its owner got in) or only takes back its own attempt (`'undo'`, for
 * a client address: an attacker must not clear it by logging into an account of their own).
 */
export interface LockoutRule {
  name: string;
  failures: number;
  lockMs: number;
  maxLockMs: number;
  memoryMs: number;
  onSuccess: 'clear' | 'undo';
  /** The refusal while locked. */
  reason: ErrorReason;
}

/**
 * A block for a client whose requests keep being refused: at `count` refusals within `windowMs` it is blocked for
 * `blockMs`, twice as long at each further block (remembered for `memoryMs`), up to `maxBlockMs`.
 */
export interface BlockRule {
  name: string;
  count: number;
  windowMs: number;
  blockMs: number;
  maxBlockMs: number;
  memoryMs: number;
}

/** The longest a log-in lock lasts, however often it grew. */
export const LOCKOUT_MAX_MS = 60 * 60 * 1000;
/** How long failed log-ins are remembered after the last one; longer than the longest lock, so locks keep growing. */
export const FAILURE_MEMORY_MS = 24 * 60 * 60 * 1000;
/** Reset mails to one address an hour: a person asking again gets them, a mail bomb does not (answered alike). */
export const RESET_MAILS_PER_ADDRESS = 3;
export const RESET_MAILS_WINDOW_MS = 60 * 60 * 1000;

/** Every limit of the api, by name; null where the environment switched it off (`0`). */
export interface RateLimits {
  /** Failed log-ins per e-mail address (known or not, so a lock reveals nothing). */
  logInAccount: LockoutRule | null;
  /** Failed log-ins per client address. */
  logInClient: LockoutRule | null;
  /** Sign-ups per client address. */
  signUp: WindowRule | null;
  /** Password reset requests per client address. */
  passwordReset: WindowRule | null;
  /** Password reset mails per e-mail address. */
  passwordResetMail: WindowRule | null;
  /** Activity searches per client address. */
  search: WindowRule | null;
  /** Refused requests per client address, before it is answered 429 without being read. */
  refused: BlockRule | null;
}

function lockout(name: string, value: string, onSuccess: LockoutRule['onSuccess']): LockoutRule | null {
  const rate = parseRate(value);
  return rate
    ? {
        name,
        failures: rate.count,
        lockMs: rate.ms,
        maxLockMs: Math.max(LOCKOUT_MAX_MS, rate.ms),
        memoryMs: FAILURE_MEMORY_MS,
        onSuccess,
        reason: 'LOGIN_LOCKED',
      }
    : null;
}

function window(name: string, value: string): WindowRule | null {
  const rate = parseRate(value);
  return rate ? { name, count: rate.count, windowMs: rate.ms } : null;
}

function block(name: string, value: string): BlockRule | null {
  const rate = parseRate(value);
  return rate
    ? {
        name,
        count: rate.count,
        windowMs: rate.ms,
        blockMs: rate.ms,
        maxBlockMs: Math.max(LOCKOUT_MAX_MS, rate.ms),
        memoryMs: FAILURE_MEMORY_MS,
      }
    : null;
}

/** The limits as the environment sets them (LOGIN_LOCKOUT, RATE_LIMIT_SIGN_UP, ...). */
export function rateLimitsFrom(env: EnvironmentVariables): RateLimits {
  return {
    logInAccount: lockout('login-account', env.LOGIN_LOCKOUT, 'clear'),
    logInClient: lockout('login-client', env.LOGIN_LOCKOUT_IP, 'undo'),
    signUp: window('sign-up', env.RATE_LIMIT_SIGN_UP),
    passwordReset: window('password-reset', env.RATE_LIMIT_PASSWORD_RESET),
    passwordResetMail: {
      name: 'password-reset-mail',
      count: RESET_MAILS_PER_ADDRESS,
      windowMs: RESET_MAILS_WINDOW_MS,
    },
    search: window('search', env.RATE_LIMIT_SEARCH),
    refused: block('refused', env.RATE_LIMIT_REFUSED),
  };
}
