import {
  ConfigValidationError,
  durationToMs,
  parseRate,
  trustProxySetting,
  validateEnvironment,
  type EnvironmentVariables,
  sessionLengthMs,
  accessTokenTtlMs,
} from './environment';

describe('validateEnvironment', () => {
  it('has defaults that work on a developer machine', () => {
    const env = validateEnvironment({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/techmatch');
    expect(env.SEARCH_ENGINE).toBe('postgres');
    expect(env.DATABASE_POOL_SIZE).toBe(10);
  });

  it('reads the pool size as a whole number of at least 1', () => {
    expect(validateEnvironment({ DATABASE_POOL_SIZE: '3' }).DATABASE_POOL_SIZE).toBe(3);
    for (const value of ['0', '2.5', 'many']) {
      expect(() => validateEnvironment({ DATABASE_POOL_SIZE: value })).toThrow(/DATABASE_POOL_SIZE/);
    }
  });

  it('reads the web app address for links in e-mails, with its protocol', () => {
    expect(validateEnvironment({}).PUBLIC_URL).toBe('http://localhost:3000');
    expect(validateEnvironment({ PUBLIC_URL: 'https://techmatch.nl' }).PUBLIC_URL).toBe(
      'https://techmatch.nl',
    );
    for (const value of ['techmatch.nl', 'ftp://techmatch.nl', 'not a url']) {
      expect(() => validateEnvironment({ PUBLIC_URL: value })).toThrow(/PUBLIC_URL/);
    }
  });

  it('reads the session length as a duration, or a bare number as seconds (as jsonwebtoken does)', () => {
    expect(sessionLengthMs({ JWT_EXPIRES_IN: '7d' })).toBe(7 * 86_400_000);
    expect(sessionLengthMs({ JWT_EXPIRES_IN: '12h' })).toBe(12 * 3_600_000);
    expect(sessionLengthMs({ JWT_EXPIRES_IN: '3600' })).toBe(3_600_000);
  });

  it('reads a short access token life, shorter than the session', () => {
    expect(accessTokenTtlMs(validateEnvironment({}))).toBe(15 * 60_000);
    expect(accessTokenTtlMs(validateEnvironment({ ACCESS_TOKEN_TTL: '90' }))).toBe(90_000);
    expect(() => validateEnvironment({ ACCESS_TOKEN_TTL: '0' })).toThrow(/ACCESS_TOKEN_TTL/);
    expect(() => validateEnvironment({ ACCESS_TOKEN_TTL: '2d' })).toThrow(/ACCESS_TOKEN_TTL/);
    expect(() => validateEnvironment({ ACCESS_TOKEN_TTL: '8h', JWT_EXPIRES_IN: '1h' })).toThrow(
      /ACCESS_TOKEN_TTL must be shorter than JWT_EXPIRES_IN/,
    );
  });

  it('takes a map tile URL only as an http(s) template with {z}, and none by default', () => {
    expect(validateEnvironment({}).MAP_TILE_URL).toBeUndefined();
    const pdok = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';
    expect(validateEnvironment({ MAP_TILE_URL: pdok }).MAP_TILE_URL).toBe(pdok);
    for (const value of [
      'https://tiles.example/plain.png',
      "https://x/{z}/{x}/{y}.png' onerror='",
      'tiles/{z}',
    ]) {
      expect(() => validateEnvironment({ MAP_TILE_URL: value })).toThrow(/MAP_TILE_URL/);
    }
  });

  it('chooses meilisearch when MEILI_URL is set', () => {
    expect(validateEnvironment({ MEILI_URL: 'http://127.0.0.1:7700' }).SEARCH_ENGINE).toBe('meilisearch');
    expect(
      validateEnvironment({ MEILI_URL: 'http://127.0.0.1:7700', SEARCH_ENGINE: 'postgres' }).SEARCH_ENGINE,
    ).toBe('postgres');
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      validateEnvironment({
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        SEARCH_ENGINE: 'solr',
        JWT_SECRET: 'short',
        ADMIN_EMAIL: 'nope',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    const problems = (error as ConfigValidationError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'SEARCH_ENGINE', 'JWT_SECRET', 'ADMIN_EMAIL'])
      expect(problems).toContain(name);
  });

  it('never prints a secret value', () => {
    // Outside the try, so that a validation that lets the value pass fails the test instead of being caught.
    let error: unknown;
    try {
      validateEnvironment({
        JWT_SECRET: 'tiny-secret',
        ADMIN_PASSWORD: 'tiny-pw',
        SMTP_URL: 'ftp://user:pw@x',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    const message = (error as Error).message;
    expect(message).toMatch(/JWT_SECRET/);
    expect(message).toMatch(/ADMIN_PASSWORD/);
    expect(message).toMatch(/SMTP_URL/);
    for (const secret of ['tiny-secret', 'tiny-pw', 'user:pw']) expect(message).not.toContain(secret);
  });

  it('insists on real secrets in production and a MEILI_URL for meilisearch', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET must be set in production/,
    );
    expect(() => validateEnvironment({ SEARCH_ENGINE: 'meilisearch' })).toThrow(/MEILI_URL is required/);
  });
});

describe('durationToMs', () => {
  it('reads seconds, minutes, hours, days and bare milliseconds', () => {
    expect([
      durationToMs('1s'),
      durationToMs('2m'),
      durationToMs('1h'),
      durationToMs('14d'),
      durationToMs('250'),
    ]).toEqual([1000, 120000, 3600000, 14 * 86400000, 250]);
    expect(() => durationToMs('soon')).toThrow();
  });
});

describe('rate limits and proxies', () => {
  it('read <count>/<duration> as a count and milliseconds, and 0 as off', () => {
    expect(parseRate('5/1m')).toEqual({ count: 5, ms: 60_000 });
    expect(parseRate('20/1h')).toEqual({ count: 20, ms: 3_600_000 });
    expect(parseRate('0')).toBeNull();
  });

  it('hand TRUST_PROXY to Express as it takes it: off by default, so X-Forwarded-For is not believed', () => {
    expect(trustProxySetting(validateEnvironment({}).TRUST_PROXY)).toBe(false);
    expect(trustProxySetting('true')).toBe(true);
    expect(trustProxySetting('1')).toBe(1);
    expect(trustProxySetting('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8');
  });
});

describe('schedules of the worker', () => {
  it('default to a minute, accept 0 to switch off, and refuse anything else at boot', () => {
    const env = validateEnvironment({ SEARCH_SWEEP_EVERY: '0' });
    expect([
      durationToMs(env.SEARCH_SWEEP_EVERY),
      durationToMs(validateEnvironment({}).SEARCH_SWEEP_EVERY),
    ]).toEqual([0, 60_000]);
    expect(() => validateEnvironment({ SEARCH_SWEEP_EVERY: 'often' })).toThrow(/SEARCH_SWEEP_EVERY/);
  });
});

describe('each variable', () => {
  // [name, its default (undefined: unset), a valid value and how it reads back, invalid values]
  const cases: Array<[string, unknown, [string, unknown], string[]]> = [
    ['NODE_ENV', 'development', ['test', 'test'], ['staging']],
    ['REDIS_URL', 'redis://127.0.0.1:6379', ['rediss://cache:6380', 'rediss://cache:6380'], ['http://x']],
    ['QUEUE_PREFIX', 'techmatch', ['test-run_1', 'test-run_1'], ['with space', 'a:b', '-leading']],
    ['MEILI_API_KEY', undefined, ['masterKey', 'masterKey'], []],
    ['MEILI_INDEX', undefined, ['activities_test-1', 'activities_test-1'], ['with space', 'a/b']],
    ['JWT_EXPIRES_IN', '7d', ['12h', '12h'], ['a week', '7w']],
    ['ADMIN_PASSWORD', 'admin-wachtwoord-123', ['Lang-genoeg-1', 'Lang-genoeg-1'], ['kort']],
    ['WAITLIST_OFFER_TTL', '14d', ['3d', '3d'], ['two weeks', '-1d']],
    ['WAITLIST_RECONCILE_EVERY', '1m', ['0', '0'], ['often', '1y']],
    ['SMTP_URL', undefined, ['smtp://mail:25', 'smtp://mail:25'], ['http://mail']],
    ['MAIL_FROM', 'noreply@techmatch.local', ['jetnet@school.nl', 'jetnet@school.nl'], ['nope']],
    ['LOG_LEVEL', 'info', ['debug', 'debug'], ['verbose']],
    ['DEBUG_ERRORS', false, ['true', true], ['yes', '1']],
    ['DATA_DIR', '../shared/data', ['/srv/data', '/srv/data'], []],
    ['RATE_LIMIT_REDIS_URL', undefined, ['redis://limits:6379/2', 'redis://limits:6379/2'], ['http://x']],
    ['TRUST_PROXY', 'false', ['10.0.0.0/8, loopback', '10.0.0.0/8, loopback'], ['yes', 'proxy.example.nl']],
    ['LOGIN_LOCKOUT', '5/1m', ['3/1s', '3/1s'], ['5', '5/', '0/1m', '5/soon', '-1/1m']],
    ['LOGIN_LOCKOUT_IP', '100/1m', ['0', '0'], ['many']],
    ['RATE_LIMIT_SIGN_UP', '20/1h', ['3/1h', '3/1h'], ['3 per hour']],
    ['RATE_LIMIT_PASSWORD_RESET', '10/1h', ['2/15m', '2/15m'], ['2/0']],
    ['RATE_LIMIT_SEARCH', '600/1m', ['0', '0'], ['1/1y']],
    ['RATE_LIMIT_REFUSED', '30/1m', ['5/10s', '5/10s'], ['30']],
    ['RATE_LIMIT_TIMEOUT', '500', ['2s', '2s'], ['0', 'soon']],
  ];

  it.each(cases)('%s: default, a valid value, invalid values', (name, fallback, [given, read], invalid) => {
    const value = (env: EnvironmentVariables) => (env as unknown as Record<string, unknown>)[name];
    expect(value(validateEnvironment({}))).toBe(fallback);
    expect(value(validateEnvironment({ [name]: given }))).toBe(read);
    for (const bad of invalid) {
      let error: unknown;
      try {
        validateEnvironment({ [name]: bad });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigValidationError);
      expect((error as ConfigValidationError).problems.join('\n')).toContain(name);
    }
  });

  it('treats an empty value as unset', () => {
    const env = validateEnvironment({ QUEUE_PREFIX: '', MEILI_INDEX: '', LOG_LEVEL: '' });
    expect([env.QUEUE_PREFIX, env.MEILI_INDEX, env.LOG_LEVEL]).toEqual(['techmatch', undefined, 'info']);
  });
});
