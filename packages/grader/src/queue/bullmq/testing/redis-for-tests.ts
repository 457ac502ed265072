import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/**
 * The Redis the queue tests use: REDIS_TEST_URL, else the local server on 6379. Tests are
 * skipped (saying why) when none answers, except in CI (`CI` set), where they run and fail.
 */
export async function redisForTests(): Promise<{ url: string; skip: string | false }> {
  const url = process.env.REDIS_TEST_URL?.trim() || 'redis://127.0.0.1:6379';
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
    return { url, skip: false };
  } catch (error) {
    if (process.env.CI) return { url, skip: false };
    const reason = `SKIPPED: no Redis at ${url}: ${(error as Error).message}`;
    console.warn(reason);
    return { url, skip: reason };
  } finally {
    redis.disconnect();
  }
}

/** A key prefix of its own for one test run, so parallel runs never see each other's jobs. */
export function uniquePrefix(label: string): string {
  return `slope-test-${label}-${randomBytes(4).toString('hex')}`;
}

/** Deletes every key under `prefix`. */
export async function deletePrefix(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
