import { describe, expect, it } from 'vitest';
import { legendValue } from './series-summary.ts';

describe('legendValue: the hover legend is never a row of dashes', () => {
  it.each([
    {
      case: 'nothing hovered: the latest value',
      values: [3, 2, 1.5],
      value: null,
      index: null,
      expected: '1.5',
    },
    {
      case: 'nothing hovered, trailing gap: the latest finite value',
      values: [3, 2, null, Number.NaN],
      value: null,
      index: null,
      expected: '2',
    },
    { case: 'hovering a step: that step', values: [3, 2, 1.5], value: 2, index: 1, expected: '2' },
    {
      case: 'hovering a gap: a dash',
      values: [3, null, 1.5],
      value: null,
      index: 1,
      expected: '—',
    },
    { case: 'no data at all: a dash', values: [], value: null, index: null, expected: '—' },
  ])('$case', ({ values, value, index, expected }) => {
    expect(legendValue(values, value, index)).toBe(expected);
  });
});
