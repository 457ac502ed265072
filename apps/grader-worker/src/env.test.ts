import path from 'node:path';
import { findRepoRoot } from '@slope/db/repo-root';
import { describe, expect, it } from 'vitest';
import { EnvError, parseWorkerEnv } from './env';

const root = findRepoRoot(import.meta.dirname);

describe('parseWorkerEnv', () => {
  it('needs only REDIS_URL', () => {
    expect(parseWorkerEnv({ REDIS_URL: 'redis://127.0.0.1:6379' }, root)).toEqual({
      redisUrl: 'redis://127.0.0.1:6379',
      prefix: 'slope',
      concurrency: 2,
      poolSize: 2,
      maxTries: 3,
      lockMs: 30_000,
      stalledCheckMs: 30_000,
      shutdownGraceMs: 30_000,
      contentDir: path.join(root, 'content'),
      healthPort: null,
      logLevel: 'info',
    });
  });

  it('takes the pool size from the concurrency unless set', () => {
    const base = { REDIS_URL: 'redis://r:6379', GRADER_CONCURRENCY: '4' };
    expect(parseWorkerEnv(base, root).poolSize).toBe(4);
    expect(parseWorkerEnv({ ...base, GRADER_POOL_SIZE: '2' }, root).poolSize).toBe(2);
  });

  it.each([
    [{ REDIS_URL: undefined }, 'REDIS_URL'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ GRADER_CONCURRENCY: '0' }, 'GRADER_CONCURRENCY'],
    [{ GRADER_MAX_TRIES: 'many' }, 'GRADER_MAX_TRIES'],
    [{ GRADER_LOCK_MS: '10' }, 'GRADER_LOCK_MS'],
    [{ WORKER_HEALTH_PORT: '99999' }, 'WORKER_HEALTH_PORT'],
    [{ SLOPE_QUEUE_PREFIX: 'a b' }, 'SLOPE_QUEUE_PREFIX'],
    [{ SLOPE_CONTENT_DIR: '/no/such/folder' }, 'SLOPE_CONTENT_DIR'],
  ])('names the bad variable in %j', (raw, name) => {
    const env = { REDIS_URL: 'redis://127.0.0.1:6379', ...raw };
    expect(() => parseWorkerEnv(env, root)).toThrow(EnvError);
    expect(() => parseWorkerEnv(env, root)).toThrow(new RegExp(`${name}:`));
  });
});
