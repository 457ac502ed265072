import { Redis } from 'ioredis';
import { withDeadline } from '../deadline.ts';

/**
 * A Redis connection for BullMQ. Created here (not by BullMQ from options) because BullMQ
 * loads ioredis with `require`, which ESM bundles lack. It reconnects forever with a capped
 * back-off, so a restarted Redis is picked up again without restarting Slope; commands wait
 * for the reconnect (`maxRetriesPerRequest: null`, which BullMQ needs for blocking reads).
 */
export function connectRedis(url: string, name: string): Redis {
  const redis = new Redis(url, {
    connectionName: name,
    maxRetriesPerRequest: null,
    retryStrategy: (times) => Math.min(100 * times, 2000),
  });
  // BullMQ reports connection errors through its own 'error' events; without a listener here
  // ioredis would print each reconnect attempt.
  redis.on('error', () => {});
  return redis;
}

/** Rejects when `promise` has not settled after `ms` (the promise itself keeps running). */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return withDeadline(promise, ms, () => new Error(`${what}: no answer from Redis in ${ms} ms`));
}

/**
 * Wraps an error reporter so a Redis that stays down is reported once per `everyMs` (with how
 * many errors were swallowed), not once per reconnect attempt.
 */
export function throttleErrors(
  report: (error: Error, repeats: number) => void,
  everyMs = 30_000,
): (error: Error) => void {
  let last = 0;
  let swallowed = 0;
  return (error) => {
    const now = Date.now();
    if (now - last < everyMs) {
      swallowed++;
      return;
    }
    report(error, swallowed);
    last = now;
    swallowed = 0;
  };
}
