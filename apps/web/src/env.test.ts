import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv, persistedSecret } from './env';

const options = { repoRoot: '/repo', secretFor: () => 'generated-secret-generated-secret!' };

describe('parseEnv', () => {
  it('fills embedded-mode defaults', () => {
    const env = parseEnv({}, options);
    expect(env.databaseUrl).toMatch(/^file:.*data\/slope\.db$/);
    expect(env.port).toBe(3000);
    expect(env.nextAuthUrl).toBe('http://localhost:3000');
    expect(env.nextAuthSecret).toBe('generated-secret-generated-secret!');
    expect(env.github).toBeNull();
    expect(env.dataDir).toBe(path.resolve('/repo/data'));
    expect(env.queue).toBeNull();
    expect(env.logLevel).toBe('info');
    expect(env.metricsToken).toBeNull();
  });

  it('turns on the scale-out queue when REDIS_URL is set', () => {
    const env = parseEnv(
      {
        REDIS_URL: 'redis://127.0.0.1:6379',
        SLOPE_QUEUE_PREFIX: 'campus-a',
        GRADER_MAX_TRIES: '5',
      },
      options,
    );
    expect(env.queue).toEqual({
      redisUrl: 'redis://127.0.0.1:6379',
      prefix: 'campus-a',
      maxTries: 5,
    });
  });

  it('accepts PostgreSQL and GitHub settings', () => {
    const env = parseEnv(
      {
        DATABASE_URL: 'postgresql://127.0.0.1:5432/slope',
        PORT: '4000',
        GITHUB_ID: 'id',
        GITHUB_SECRET: 'secret',
        NEXTAUTH_SECRET: 'x'.repeat(40),
      },
      options,
    );
    expect(env.databaseUrl).toBe('postgresql://127.0.0.1:5432/slope');
    expect(env.nextAuthUrl).toBe('http://localhost:4000');
    expect(env.github).toEqual({ clientId: 'id', clientSecret: 'secret' });
    expect(env.nextAuthSecret).toBe('x'.repeat(40));
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', GITHUB_ID: '' }, options).github).toBeNull();
  });

  it.each([
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NEXTAUTH_URL: 'localhost:3000' }, 'NEXTAUTH_URL'],
    [{ NEXTAUTH_SECRET: 'short' }, 'NEXTAUTH_SECRET'],
    [{ GITHUB_ID: 'only-the-id' }, 'GITHUB_SECRET'],
    [{ GITHUB_SECRET: 'only-the-secret' }, 'GITHUB_ID'],
    [{ REDIS_URL: '127.0.0.1:6379' }, 'REDIS_URL'],
    [{ SLOPE_QUEUE_PREFIX: 'a:b' }, 'SLOPE_QUEUE_PREFIX'],
    [{ GRADER_MAX_TRIES: '0' }, 'GRADER_MAX_TRIES'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN'],
    [{ TRUSTED_PROXIES: 'nginx.local' }, 'TRUSTED_PROXIES'],
    [{ SLOPE_DEMO: 'maybe' }, 'SLOPE_DEMO'],
  ])('names the bad variable in %j', (raw, name) => {
    expect(() => parseEnv(raw, options)).toThrow(EnvError);
    expect(() => parseEnv(raw, options)).toThrow(new RegExp(`${name}:`));
  });
});

describe('persistedSecret', () => {
  it('creates a private secret once and reuses it', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'slope-env-')), 'data');
    const first = persistedSecret(dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(persistedSecret(dir)).toBe(first);
    const file = path.join(dir, 'nextauth-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
