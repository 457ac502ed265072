import { describe, expect, it } from 'vitest';
import { median, scoreBins } from './stats-math';

describe('median', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('median(%j) = %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('scoreBins', () => {
  it('puts each score in its ten-point bin and a perfect score apart', () => {
    const bins = scoreBins([
      { score: 0, count: 2 },
      { score: 0.1, count: 1 }, // 0.1 × 100 is 10.000000000000002 in floating point
      { score: 0.5, count: 4 },
      { score: 0.999, count: 1 },
      { score: 1, count: 7 },
    ]);
    expect(bins).toHaveLength(11);
    expect(bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 4, 0, 0, 0, 1, 7]);
    expect(bins[0]!.label).toBe('0–9%');
    expect(bins[10]!.label).toBe('100%');
  });
});
