import Redis from 'ioredis';
import { env } from '../env';
import {
  inMemory,
  inRedis,
  type SignInThrottle,
  type SignUpThrottle,
  signInThrottle,
  signUpThrottle,
} from './throttle';

let cached: { signIn: SignInThrottle; signUp: SignUpThrottle } | undefined;

/** This process's throttles: in memory (embedded mode) or in Redis (scale-out, `REDIS_URL`). */
export function appThrottles(): { signIn: SignInThrottle; signUp: SignUpThrottle } {
  if (!cached) {
    const queue = env().queue;
    let make = inMemory;
    if (queue) {
      const client = new Redis(queue.redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
      });
      // While Redis is down the limiters fall back to memory (their insurance); the grading
      // queue already reports the outage.
      client.on('error', () => {});
      make = inRedis(client, queue.prefix);
    }
    cached = { signIn: signInThrottle(make), signUp: signUpThrottle(make) };
  }
  return cached;
}
