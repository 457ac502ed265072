import { describe, expect, it } from 'vitest';
import { seedFor } from './seed.ts';

describe('seedFor', () => {
  it('is stable per learner and exercise and differs between them', () => {
    const a = seedFor('user-1', 'mse-gradient');
    expect(seedFor('user-1', 'mse-gradient')).toBe(a);
    expect(seedFor('user-2', 'mse-gradient')).not.toBe(a);
    expect(seedFor('user-1', 'square-derivative')).not.toBe(a);
    expect(Number.isSafeInteger(a) && a >= 0 && a < 2 ** 32).toBe(true);
  });
});
