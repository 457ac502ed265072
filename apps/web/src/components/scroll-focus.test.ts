import { describe, expect, it } from 'vitest';
import { type ScrollBox, scrolls } from './scroll-focus';

const box = (over: Partial<ScrollBox>): ScrollBox => ({
  scrollWidth: 300,
  clientWidth: 300,
  scrollHeight: 40,
  clientHeight: 40,
  overflowX: 'auto',
  overflowY: 'hidden',
  ...over,
});

describe('scrolls', () => {
  it.each([
    { case: 'content fits', input: box({}), expected: false },
    { case: 'content wider than the box', input: box({ scrollWidth: 640 }), expected: true },
    { case: 'one pixel of rounding', input: box({ scrollWidth: 301 }), expected: false },
    {
      case: 'wider, but the box clips',
      input: box({ scrollWidth: 640, overflowX: 'hidden' }),
      expected: false,
    },
    {
      case: 'taller, vertical overflow hidden (KaTeX)',
      input: box({ scrollHeight: 60 }),
      expected: false,
    },
    {
      case: 'taller, and it scrolls down',
      input: box({ scrollHeight: 900, overflowY: 'auto' }),
      expected: true,
    },
  ])('$case → $expected', ({ input, expected }) => {
    expect(scrolls(input)).toBe(expected);
  });
});
