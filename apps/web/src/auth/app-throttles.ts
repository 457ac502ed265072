import Redis from 'ioredis';
import { env } from '../env';
import {
  inMemory,
  inRedis,
  type PracticeThrottle,
  practiceThrottle,
  type SignInThrottle,
  type SignUpThrottle,
  signInThrottle,
  signUpThrottle,
} from './throttle';

interface AppThrottles {
  signIn: SignInThrottle;
  signUp: SignUpThrottle;
  practice: PracticeThrottle;
}

let cached: AppThrottles | undefined;

/** This process's throttles: in memory (embedded mode) or in Redis (scale-out, `REDIS_URL`). */
export function appThrottles(): AppThrottles {
  if (!cached) {
    const { queue, practiceChecksPerMinute } = env();
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
    cached = {
      signIn: signInThrottle(make),
      signUp: signUpThrottle(make),
      practice: practiceThrottle(make, practiceChecksPerMinute),
    };
  }
  return cached;
}
