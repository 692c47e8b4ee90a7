import { ConfigValidationError, durationToMs, validateEnvironment } from './environment';

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
    try {
      validateEnvironment({ JWT_SECRET: 'tiny-secret' });
      throw new Error('should have failed');
    } catch (e) {
      expect((e as Error).message).not.toContain('tiny-secret');
    }
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
