import { describe, expect, it } from 'vitest';
import { fromSeedColumn, toSeedColumn } from './seed-column';

describe('seed column', () => {
  it.each([0, 1, 2 ** 31 - 1, 2 ** 31, 3_475_568_910, 2 ** 32 - 1])(
    '%i fits a signed 32-bit column and comes back unchanged',
    (seed) => {
      const stored = toSeedColumn(seed);
      expect(stored).toBeGreaterThanOrEqual(-(2 ** 31));
      expect(stored).toBeLessThan(2 ** 31);
      expect(fromSeedColumn(stored)).toBe(seed);
      expect(fromSeedColumn(seed)).toBe(seed); // as SQLite stored it before
    },
  );
});
