import { describe, expect, it } from 'vitest';
import { LatencyWindow, summarize } from './latency-window.ts';

describe('summarize', () => {
  it.each([
    { values: [], expected: { count: 0, p50: 0, p95: 0, p99: 0, max: 0 } },
    { values: [7], expected: { count: 1, p50: 7, p95: 7, p99: 7, max: 7 } },
    {
      values: Array.from({ length: 100 }, (_, i) => 100 - i),
      expected: { count: 100, p50: 50, p95: 95, p99: 99, max: 100 },
    },
  ])('nearest-rank percentiles of $values.length values', ({ values, expected }) => {
    expect(summarize(values)).toEqual(expected);
  });
});

describe('LatencyWindow', () => {
  it('keeps only the last `size` values', () => {
    const window = new LatencyWindow(3);
    for (const ms of [1000, 1000, 1, 2, 3]) window.add(ms);
    expect(window.summary()).toEqual({ count: 3, p50: 2, p95: 3, p99: 3, max: 3 });
  });
});
