import { describe, expect, it } from 'vitest';
import { decimal, duration, percent } from './format';

describe('format', () => {
  it.each([
    [percent(0.834), '83%'],
    [percent(null), '—'],
    [duration(0), '0 min'],
    [duration(12 * 60_000), '12 min'],
    [duration(185 * 60_000), '3 h 5 min'],
    [duration(52 * 3_600_000), '2 d 4 h'],
    [duration(null), '—'],
    [decimal(1.5), '1.5'],
    [decimal(2.0), '2'],
    [decimal(0.123456, 3), '0.123'],
  ])('%s', (got, expected) => {
    expect(got).toBe(expected);
  });
});
