import { describe, expect, it } from 'vitest';
import {
  delayAfterFailures,
  inMemory,
  PRACTICE,
  practiceThrottle,
  SIGN_IN,
  SIGN_UP,
  signInThrottle,
  signUpThrottle,
} from './throttle';

describe('signInThrottle', () => {
  it('lets exactly 5 of 20 concurrent attempts from one address through (atomic check-and-count)', async () => {
    const throttle = signInThrottle(inMemory);
    const verdicts = await Promise.all(
      Array.from({ length: 20 }, () => throttle.begin('grace@example.com', '203.0.113.7')),
    );
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(SIGN_IN.perAccountAndAddress.points);
  });

  it('a stranger exhausting one address only delays the owner elsewhere, never locks them out', async () => {
    const throttle = signInThrottle(inMemory);
    for (let i = 0; i < 5; i++) {
      await throttle.begin('grace@example.com', '198.51.100.9');
      await throttle.failed('grace@example.com', '198.51.100.9');
    }
    const stranger = await throttle.begin('grace@example.com', '198.51.100.9');
    expect(stranger).toMatchObject({ allowed: false, reason: 'account' });
    expect(!stranger.allowed && stranger.retryAfterMs).toBeGreaterThan(14 * 60_000);
    const owner = await throttle.begin('grace@example.com', '203.0.113.7');
    expect(owner.allowed || owner.retryAfterMs <= 1000).toBe(true);
  });

  it('after the free failures, the account waits a growing delay, then may try again', async () => {
    const throttle = signInThrottle(inMemory);
    const email = 'ada@example.com';
    for (let i = 0; i < SIGN_IN.freeFailuresPerAccount; i++) {
      await throttle.begin(email, `192.0.2.${i}`);
      await throttle.failed(email, `192.0.2.${i}`);
    }
    const verdict = await throttle.begin(email, '192.0.2.200');
    expect(verdict).toMatchObject({ allowed: false, reason: 'account' });
    expect(verdict.allowed === false && verdict.retryAfterMs).toBeLessThanOrEqual(1000);
    await throttle.succeeded(email, '192.0.2.200');
    expect((await throttle.begin(email, '192.0.2.201')).allowed).toBe(true);
  });

  it.each([
    [1, 0],
    [4, 0],
    [5, 1],
    [6, 2],
    [8, 8],
    [20, 60],
  ])('after %i failures the delay is %i s', (failures, seconds) => {
    expect(delayAfterFailures(failures)).toBe(seconds);
  });
});

describe('signUpThrottle', () => {
  it('limits sign-ups per address', async () => {
    const throttle = signUpThrottle(inMemory);
    const verdicts = await Promise.all(
      Array.from({ length: SIGN_UP.perAddress.points + 10 }, () => throttle.begin('203.0.113.7')),
    );
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(SIGN_UP.perAddress.points);
    expect((await throttle.begin('198.51.100.1')).allowed).toBe(true);
  });
});

describe('practiceThrottle', () => {
  it('lets exactly 5 of 12 concurrent checks of one question through, and not another question', async () => {
    const throttle = practiceThrottle(inMemory);
    const verdicts = await Promise.all(
      Array.from({ length: 12 }, () => throttle.begin('learner|course/lesson/q1')),
    );
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(PRACTICE.perQuestion.points);
    const refused = verdicts.find((v) => !v.allowed);
    expect(refused).toMatchObject({ allowed: false, reason: 'question' });
    expect(!refused?.allowed && refused?.retryAfterMs).toBeGreaterThan(50_000);
    expect((await throttle.begin('learner|course/lesson/q2')).allowed).toBe(true);
    expect((await throttle.begin('other|course/lesson/q1')).allowed).toBe(true);
  });

  it('gives back a check that checked nothing', async () => {
    const throttle = practiceThrottle(inMemory);
    for (let i = 0; i < 5; i++) await throttle.begin('l|q');
    await throttle.unused('l|q');
    expect((await throttle.begin('l|q')).allowed).toBe(true);
    expect((await throttle.begin('l|q')).allowed).toBe(false);
  });
});
