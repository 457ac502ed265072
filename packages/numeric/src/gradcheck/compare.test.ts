import { describe, expect, it } from 'vitest';
import { Comparator } from './compare.ts';

describe('Comparator: the one "close enough" rule', () => {
  const tol = { rtol: 1e-6, atol: 1e-9 };

  it('allows a relative error up to rtol', () => {
    const cmp = new Comparator(Float64Array.of(3), tol);
    expect(cmp.close(3 * (1 + 0.9e-6), 3)).toBe(true);
    expect(cmp.close(3 * (1 + 2e-6), 3)).toBe(false);
  });

  it('judges an entry near 0 on the scale of the whole output', () => {
    // in a gradient of size ~100, 5e-8 off at a zero entry is noise (≤ 1e-9·100)…
    expect(new Comparator(Float64Array.of(100, 0), tol).close(5e-8, 0)).toBe(true);
    // …but not in an output whose largest value is 1
    expect(new Comparator(Float64Array.of(1, 0), tol).close(5e-8, 0)).toBe(false);
    expect(new Comparator(Float64Array.of(1, 0), tol).close(5e-10, 0)).toBe(true);
  });

  it('matches a non-finite expected value only by itself, and never lets it widen the scale', () => {
    const cmp = new Comparator(Float64Array.of(Number.POSITIVE_INFINITY, Number.NaN, 1), tol);
    expect(cmp.absFloor).toBe(1e-9);
    expect(cmp.close(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY)).toBe(true);
    expect(cmp.close(1e308, Number.POSITIVE_INFINITY)).toBe(false);
    expect(cmp.close(Number.NaN, Number.NaN)).toBe(true);
    expect(cmp.close(0, Number.NaN)).toBe(false);
    expect(cmp.close(Number.NaN, 1)).toBe(false);
    expect(cmp.close(Number.NEGATIVE_INFINITY, 1)).toBe(false);
    expect(cmp.close(2, 1)).toBe(false);
  });
});
