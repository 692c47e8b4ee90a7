import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.trim() !== '' ? Number(value) : value;

// `<count>/<duration>` (5/1m, 20/1h) or 0 (off).
const RATE_PATTERN = /^(0|[1-9]\d*\/[1-9]\d*[smhd]?)$/;
const PROXY_ENTRY = String.raw`(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)`;
const TRUST_PROXY_PATTERN = new RegExp(String.raw`^(true|false|\d+|${PROXY_ENTRY}(\s*,\s*${PROXY_ENTRY})*)$`);

export const SEARCH_ENGINES = ['postgres', 'meilisearch'] as const;
export type SearchEngineName = (typeof SEARCH_ENGINES)[number];

/**
 * Every environment variable the apps read. Validated once at boot; see `.env.example`.
 * Properties marked "secret" are never logged.
 */
export class EnvironmentVariables {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/techmatch';

  // Connections of each app to PostgreSQL. More queries at once than the database has cores only makes each
  // slower: on 2 cores, 3 connections answered concurrent searches with a third lower p95 than 10.
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  DATABASE_POOL_SIZE = 10;

  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false })
  REDIS_URL = 'redis://127.0.0.1:6379';

  // Keys of all queues start with this, so that test runs and deployments sharing a Redis never meet.
  @Matches(/^[a-z0-9][a-z0-9_-]*$/i)
  QUEUE_PREFIX = 'techmatch';

  // The Redis of the rate limits; unset: REDIS_URL. Its keys all expire, so it may be an instance with an eviction
  // policy, unlike the queues' Redis.
  @IsOptional()
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false })
  RATE_LIMIT_REDIS_URL?: string;

  // Which proxies in front of the api to believe about the client's address (X-Forwarded-For), for the per-client
  // rate limits: false (none: the address of the connection), true (every one: only behind a proxy that
  // overwrites the header), a number of hops, or addresses, subnets and Express's names (loopback, uniquelocal).
  @Matches(TRUST_PROXY_PATTERN, {
    message: 'TRUST_PROXY must be true, false, a number of hops, or a list of addresses and subnets',
  })
  TRUST_PROXY = 'false';

  // Log-in lock-out: after <failures> failed log-ins the address (or the client) is locked for <duration>, twice as
  // long after each further failure, up to an hour. A successful log-in clears the address's count.
  @Matches(RATE_PATTERN, { message: 'LOGIN_LOCKOUT must be <failures>/<duration> such as 5/1m, or 0 (off)' })
  LOGIN_LOCKOUT = '5/1m';

  @Matches(RATE_PATTERN, {
    message: 'LOGIN_LOCKOUT_IP must be <failures>/<duration> such as 100/1m, or 0 (off)',
  })
  LOGIN_LOCKOUT_IP = '100/1m';

  // Requests per client (IP address) in a window: <count>/<window>, or 0 (off). A school's network is often one
  // address for all its teachers, hence generous numbers.
  @Matches(RATE_PATTERN, { message: 'RATE_LIMIT_SIGN_UP must be <count>/<window> such as 20/1h, or 0 (off)' })
  RATE_LIMIT_SIGN_UP = '20/1h';

  @Matches(RATE_PATTERN, {
    message: 'RATE_LIMIT_PASSWORD_RESET must be <count>/<window> such as 10/1h, or 0 (off)',
  })
  RATE_LIMIT_PASSWORD_RESET = '10/1h';

  // How long a request waits for the rate limits' Redis before it goes on without them (fail open).
  @Matches(/^[1-9]\d*[smhd]?$/)
  RATE_LIMIT_TIMEOUT = '500';

  @Matches(RATE_PATTERN, { message: 'RATE_LIMIT_SEARCH must be <count>/<window> such as 600/1m, or 0 (off)' })
  RATE_LIMIT_SEARCH = '600/1m';

  // Refused requests (too large, malformed, over a GraphQL limit, a failed or locked log-in, over a rate limit) per
  // client in a window: the client that reaches <count> is answered 429 before its body is read for <window>, twice
  // as long after each further block, up to an hour; 0 (off).
  @Matches(RATE_PATTERN, { message: 'RATE_LIMIT_REFUSED must be <count>/<window> such as 30/1m, or 0 (off)' })
  RATE_LIMIT_REFUSED = '30/1m';

  @IsOptional()
  @IsIn(SEARCH_ENGINES)
  SEARCH_ENGINE?: SearchEngineName;

  @ValidateIf(
    (env: EnvironmentVariables) => env.MEILI_URL !== undefined || env.SEARCH_ENGINE === 'meilisearch',
  )
  @IsUrl({ protocols: ['http', 'https'], require_tld: false })
  MEILI_URL?: string;

  // secret
  @IsOptional()
  @IsString()
  MEILI_API_KEY?: string;

  @IsOptional()
  @Matches(/^[a-z0-9_-]+$/i)
  MEILI_INDEX?: string;

  // secret
  @IsString()
  @MinLength(16)
  JWT_SECRET = 'dev-only-secret-change-me-in-production';

  // How long a session lasts without being used: the life of a refresh token (each use makes a new one).
  @Matches(/^\d+[smhd]?$/)
  JWT_EXPIRES_IN = '7d';

  // The life of an access token (and of the web app's access cookie); short, because only a refresh ends it early.
  @Matches(/^[1-9]\d*[smh]?$/, {
    message: 'ACCESS_TOKEN_TTL must be a duration such as 15m, 900 (seconds) or 1h',
  })
  ACCESS_TOKEN_TTL = '15m';

  // How long a key of a create mutation replays its first answer.
  @Matches(/^[1-9]\d*[smhd]?$/, { message: 'IDEMPOTENCY_KEY_TTL must be a duration such as 24h' })
  IDEMPOTENCY_KEY_TTL = '24h';

  @IsEmail({ require_tld: false })
  ADMIN_EMAIL = 'admin@techmatch.local';

  // secret
  @IsString()
  @MinLength(10)
  ADMIN_PASSWORD = 'admin-wachtwoord-123';

  @Matches(/^\d+[smhd]?$/)
  WAITLIST_OFFER_TTL = '14d';

  // How often the worker reconciles the waiting list with the database; 0 switches the repeatable job off.
  @Matches(/^\d+[smhd]?$/)
  WAITLIST_RECONCILE_EVERY = '1m';

  // How often the worker sweeps changed activities into the search index; 0 switches the sweep off.
  @Matches(/^\d+[smhd]?$/)
  SEARCH_SWEEP_EVERY = '1m';

  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false })
  SMTP_URL?: string;

  @IsEmail({ require_tld: false })
  MAIL_FROM = 'noreply@techmatch.local';

  // The web app's address, for links in e-mails (`<PUBLIC_URL>/wachtwoord-herstellen?token=...`).
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  PUBLIC_URL = 'http://localhost:3000';

  // Stack traces in error answers; only honoured with NODE_ENV=development, never elsewhere.
  @Transform(({ value }: { value: unknown }) => ({ true: true, false: false })[String(value)] ?? value)
  @IsBoolean()
  DEBUG_ERRORS = false;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  // The worker touches this file every 15 s while it runs (its container healthcheck reads the time); unset: none.
  @IsOptional()
  @IsString()
  WORKER_HEARTBEAT_FILE?: string;

  // The built web app (`npm run build:web`) that the api serves at `/`.
  @IsString()
  WEB_DIR = 'dist/web';

  // Map tiles under the web app's province map, such as PDOK's BRT-Achtergrondkaart
  // (https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png); unset: no tiles.
  @IsOptional()
  @Matches(/^https?:\/\/[^\s'"]+\{z\}[^\s'"]*$/, {
    message: 'MAP_TILE_URL must be an http(s) URL with {z}, {x} and {y}',
  })
  MAP_TILE_URL?: string;

  // Where the open reference data (DUO schools, PC4 centroids, municipalities) is read from.
  @IsString()
  DATA_DIR = '../shared/data';
}

export const SECRET_VARIABLES = ['JWT_SECRET', 'ADMIN_PASSWORD', 'MEILI_API_KEY', 'SMTP_URL'] as const;

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

/** Parses a duration such as `14d`, `90m`, `30s` or `5000` (milliseconds) into milliseconds. */
export function durationToMs(value: string): number {
  const match = /^(\d+)([smhd]?)$/.exec(value);
  if (!match) throw new Error(`Not a duration: ${value}`);
  const unit = { '': 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[
    match[2] as '' | 's' | 'm' | 'h' | 'd'
  ];
  return Number(match[1]) * unit;
}

/** A rate of `<count>/<duration>` (`5/1m`) as a count and milliseconds; null for `0` (off). */
export function parseRate(value: string): { count: number; ms: number } | null {
  if (value === '0') return null;
  const [count, duration] = value.split('/');
  return { count: Number(count), ms: durationToMs(duration) };
}

/** TRUST_PROXY as Express's `trust proxy` setting takes it. */
export function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * Validates the environment and returns the typed configuration, or throws one error that lists every problem.
 */
export function validateEnvironment(
  env: Record<string, string | undefined> = process.env,
): EnvironmentVariables {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(new EnvironmentVariables())) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  for (const key of [
    'SEARCH_ENGINE',
    'MEILI_URL',
    'MEILI_API_KEY',
    'MEILI_INDEX',
    'SMTP_URL',
    'RATE_LIMIT_REDIS_URL',
  ] as const) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(EnvironmentVariables, raw, { exposeDefaultValues: true });
  const problems = validateSync(config, { skipMissingProperties: false }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) =>
      (SECRET_VARIABLES as readonly string[]).includes(error.property)
        ? `${error.property}: ${message.replace(/^\S+\s/, 'value ')}`
        : message,
    ),
  );
  if (config.NODE_ENV === 'production') {
    const defaults = new EnvironmentVariables();
    if (config.JWT_SECRET === defaults.JWT_SECRET) problems.push('JWT_SECRET must be set in production');
    if (config.ADMIN_PASSWORD === defaults.ADMIN_PASSWORD)
      problems.push('ADMIN_PASSWORD must be set in production');
  }
  if (problems.length === 0 && accessTokenTtlMs(config) >= sessionLengthMs(config)) {
    problems.push('ACCESS_TOKEN_TTL must be shorter than JWT_EXPIRES_IN (the session length)');
  }
  if (config.SEARCH_ENGINE === 'meilisearch' && !config.MEILI_URL) {
    problems.push('MEILI_URL is required when SEARCH_ENGINE is meilisearch');
  }
  if (problems.length > 0) throw new ConfigValidationError(problems);
  config.SEARCH_ENGINE ??= config.MEILI_URL ? 'meilisearch' : 'postgres';
  return config;
}

// A duration as jsonwebtoken reads one: `7d`, `15m`, or a bare number of seconds.
const tokenDurationMs = (value: string): number =>
  /^\d+$/.test(value) ? Number(value) * 1000 : durationToMs(value);

/**
 * How long a session lasts unused, in milliseconds: JWT_EXPIRES_IN is a duration (`7d`, `12h`) or, as jsonwebtoken
 * reads a bare number, seconds. Each refresh token and the web app's refresh cookie live this long.
 */
export function sessionLengthMs(env: Pick<EnvironmentVariables, 'JWT_EXPIRES_IN'>): number {
  return tokenDurationMs(env.JWT_EXPIRES_IN);
}

/** How long an access token (and the web app's access cookie) lasts, in milliseconds, from ACCESS_TOKEN_TTL. */
export function accessTokenTtlMs(env: Pick<EnvironmentVariables, 'ACCESS_TOKEN_TTL'>): number {
  return tokenDurationMs(env.ACCESS_TOKEN_TTL);
}
