import { describe, expect, it } from 'vitest';
import type { GradientDiagnosis } from '../grade-result.ts';
import { derived, describeErrorMagnitude, errorMagnitude, hiddenDiagnosis } from './disclosure.ts';

describe('what a learner may see of a hidden case', () => {
  it.each([
    { error: 0.0372, magnitude: 0.1, text: 'about 10%' },
    { error: 0.5, magnitude: 1, text: 'about 100%' },
    { error: 0.012, magnitude: 0.01, text: 'about 1%' },
    { error: 2.4e-5, magnitude: 1e-5, text: 'about 1e-5' },
    { error: 0, magnitude: 0, text: 'zero' },
    { error: Number.NaN, magnitude: null, text: 'not comparable' },
  ])('shows a relative error of $error only as its order of magnitude', (c) => {
    const m = errorMagnitude(c.error);
    if (c.magnitude === null || c.magnitude === 0) expect(m).toBe(c.magnitude);
    else expect(m).toBeCloseTo(c.magnitude, 12);
    expect(describeErrorMagnitude(c.error)).toBe(c.text);
  });

  it('gives errors that differ in their digits the same size', () => {
    // Two submissions whose errors differ by 20% learn nothing from the difference.
    expect(describeErrorMagnitude(0.0372)).toBe(describeErrorMagnitude(0.0446));
    expect(errorMagnitude(3.1e-4)).toBe(errorMagnitude(2.5e-4));
  });

  it('keeps 3 significant digits of quantities derived from the reference', () => {
    expect(derived(0.123456789)).toBe(0.123);
    expect(derived(98765.4321)).toBe(98800);
  });

  it('drops per-component errors and coarsens the largest error and the scale', () => {
    const d: GradientDiagnosis = {
      ok: false,
      kind: 'scaled',
      message: 'Every component of your gradient is ×2.1374 the expected value.',
      expectedShape: [3],
      gotShape: [3],
      maxRelativeError: 0.532109,
      worstIndex: [1],
      relativeErrors: [0.531, 0.532109, 0.5299],
      scale: 2.137412345,
      scaleLabel: '×2.1374',
      wrongComponents: Array.from({ length: 100 }, (_, i) => [i]),
    };
    const shown = hiddenDiagnosis(d);
    expect(shown.relativeErrors).toBeNull();
    expect(shown.maxRelativeError).toBe(1);
    expect(shown.scale).toBe(2.14);
    expect(shown.scaleLabel).toBe('×2.14');
    expect(shown.wrongComponents).toHaveLength(64);
    expect(shown.kind).toBe('scaled');
  });
});
