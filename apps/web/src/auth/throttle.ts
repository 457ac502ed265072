import {
  type IRateLimiterOptions,
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

/**
 * Sign-in, sign-up and practice-answer throttles on `rate-limiter-flexible`: in this process's memory in the
 * embedded mode (one web process), in Redis in scale-out mode so every web process shares the
 * counts. Every check is a single atomic consume, so concurrent attempts cannot slip past a
 * limit between "check" and "count".
 */
export type LimiterFactory = (
  options: IRateLimiterOptions & { keyPrefix: string },
) => RateLimiterAbstract;

export const inMemory: LimiterFactory = (options) => new RateLimiterMemory(options);

/** Limiters in Redis (`REDIS_URL`), falling back to memory while Redis is unreachable. */
export function inRedis(client: unknown, prefix: string): LimiterFactory {
  return (options) =>
    new RateLimiterRedis({
      ...options,
      keyPrefix: `${prefix}:${options.keyPrefix}`,
      storeClient: client,
      insuranceLimiter: new RateLimiterMemory(options),
    });
}

/** The limits (also in README → Security). */
export const SIGN_IN = {
  /** attempts per account from one address before that address waits 15 minutes */
  perAccountAndAddress: { points: 5, duration: 15 * 60 },
  /** failed attempts per address (any accounts) per 15 minutes; a school shares one address */
  perAddress: { points: 100, duration: 15 * 60 },
  /** failures per account (from anywhere) before each further failure adds a growing delay */
  freeFailuresPerAccount: 5,
  failureWindowSeconds: 60 * 60,
  maxDelaySeconds: 60,
};
/** sign-ups per address per hour (a whole class may sign up from one school address) */
export const SIGN_UP = { perAddress: { points: 100, duration: 60 * 60 } };

/**
 * checks of one practice question by one learner per minute (a right answer ends the question);
 * `PRACTICE_CHECKS_PER_MINUTE` changes the 5 (the write-stress tests raise it)
 */
export const PRACTICE = { perQuestion: { points: 5, duration: 60 } };

type Reason = 'address' | 'account' | 'question';

export type Verdict = { allowed: true } | { allowed: false; retryAfterMs: number; reason: Reason };

function refused(error: unknown, reason: Reason): Verdict {
  if (error instanceof RateLimiterRes)
    return { allowed: false, retryAfterMs: error.msBeforeNext, reason };
  throw error;
}

/** The delay after the `failures`-th failure for one account: 0 for the first few, then 1 s, 2 s, 4 s… up to a minute. */
export function delayAfterFailures(failures: number): number {
  const over = failures - SIGN_IN.freeFailuresPerAccount;
  return over < 0 ? 0 : Math.min(2 ** over, SIGN_IN.maxDelaySeconds);
}

export interface SignInThrottle {
  /** Reserves one attempt for (email, address), or says how long to wait. */
  begin(email: string, address: string | undefined): Promise<Verdict>;
  failed(email: string, address: string | undefined): Promise<void>;
  succeeded(email: string, address: string | undefined): Promise<void>;
}

/**
 * Per account and address: 5 attempts, then that address waits (a stranger elsewhere cannot lock
 * the owner out). Per address: 100 failures. Per account from anywhere: after 5 failures each
 * failure makes the next attempt wait 1 s, 2 s, 4 s… at most a minute — slow for a guesser,
 * never a lock-out for the owner.
 */
export function signInThrottle(make: LimiterFactory): SignInThrottle {
  const pair = make({ keyPrefix: 'signin-pair', ...SIGN_IN.perAccountAndAddress });
  const address = make({ keyPrefix: 'signin-addr', ...SIGN_IN.perAddress });
  const failures = make({
    keyPrefix: 'signin-fail',
    points: 1_000_000,
    duration: SIGN_IN.failureWindowSeconds,
  });
  const delay = make({ keyPrefix: 'signin-delay', points: 1, duration: 1 });
  const pairKey = (email: string, ip: string | undefined) => `${email}|${ip ?? '?'}`;

  return {
    async begin(email, ip) {
      if (ip) {
        try {
          await address.consume(ip);
        } catch (error) {
          return refused(error, 'address');
        }
      }
      try {
        await pair.consume(pairKey(email, ip));
      } catch (error) {
        if (ip) await address.reward(ip);
        return refused(error, 'account');
      }
      const waiting = await delay.get(email);
      if (waiting && waiting.consumedPoints > 1) {
        if (ip) await address.reward(ip);
        return { allowed: false, retryAfterMs: waiting.msBeforeNext, reason: 'account' };
      }
      return { allowed: true };
    },
    async failed(email) {
      const count = (await failures.consume(email)).consumedPoints;
      const seconds = delayAfterFailures(count);
      if (seconds > 0) await delay.block(email, seconds);
    },
    async succeeded(email, ip) {
      // Only failures count against the address; the account starts afresh.
      if (ip) await address.reward(ip);
      await Promise.all([
        pair.delete(pairKey(email, ip)),
        failures.delete(email),
        delay.delete(email),
      ]);
    },
  };
}

export interface SignUpThrottle {
  begin(address: string | undefined): Promise<Verdict>;
}

export function signUpThrottle(make: LimiterFactory): SignUpThrottle {
  const perAddress = make({ keyPrefix: 'signup-addr', ...SIGN_UP.perAddress });
  return {
    async begin(ip) {
      try {
        await perAddress.consume(ip ?? '?');
        return { allowed: true };
      } catch (error) {
        return refused(error, 'address');
      }
    },
  };
}

export interface PracticeThrottle {
  /** Reserves one check of a question (`learner|question`), or says how long to wait. */
  begin(key: string): Promise<Verdict>;
  /** Gives back a reserved check that checked nothing (the question was already finished). */
  unused(key: string): Promise<void>;
}

/**
 * Per learner and practice question: 5 checks a minute, then that question waits out the
 * minute — guessing through every order or every set of choices becomes slow, a learner who is
 * thinking never notices. One atomic consume per check, so concurrent answers cannot get past 5.
 */
export function practiceThrottle(
  make: LimiterFactory,
  points = PRACTICE.perQuestion.points,
): PracticeThrottle {
  const perQuestion = make({ keyPrefix: 'practice-question', ...PRACTICE.perQuestion, points });
  return {
    async begin(key) {
      try {
        await perQuestion.consume(key);
        return { allowed: true };
      } catch (error) {
        return refused(error, 'question');
      }
    },
    async unused(key) {
      await perQuestion.reward(key);
    },
  };
}
