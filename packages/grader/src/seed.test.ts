import { describe, expect, it } from 'vitest';
import { seedFor } from './seed.ts';

describe('seedFor', () => {
  const secret = 'server-secret';
  it('is stable per learner, exercise and attempt, and differs between them', () => {
    const a = seedFor('user-1', 'mse-gradient', 1, secret);
    expect(seedFor('user-1', 'mse-gradient', 1, secret)).toBe(a);
    expect(seedFor('user-2', 'mse-gradient', 1, secret)).not.toBe(a);
    expect(seedFor('user-1', 'square-derivative', 1, secret)).not.toBe(a);
    expect(Number.isSafeInteger(a) && a >= 0 && a < 2 ** 32).toBe(true);
  });

  it('gives every attempt new hidden inputs', () => {
    const seeds = new Set(
      Array.from({ length: 50 }, (_, k) => seedFor('user-1', 'mse-gradient', k + 1, secret)),
    );
    expect(seeds.size).toBe(50);
  });

  it('cannot be computed from the ids alone', () => {
    expect(seedFor('user-1', 'mse-gradient', 1, secret)).not.toBe(
      seedFor('user-1', 'mse-gradient', 1, 'another-secret'),
    );
  });
});
