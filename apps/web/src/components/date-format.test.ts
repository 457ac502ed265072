import { describe, expect, it } from 'vitest';
import { formatDate } from './date-format';

const instant = new Date('2026-01-11T07:30:00Z');

describe('formatDate', () => {
  it.each([
    { zone: 'America/Los_Angeles', style: 'datetime', expected: 'Jan 10, 2026, 11:30 PM PST' },
    { zone: 'UTC', style: 'datetime', expected: 'Jan 11, 2026, 7:30 AM UTC' },
    { zone: 'Asia/Kolkata', style: 'datetime', expected: 'Jan 11, 2026, 1:00 PM GMT+5:30' },
    { zone: 'America/Los_Angeles', style: 'date', expected: 'Jan 10' },
    { zone: 'UTC', style: 'date', expected: 'Jan 11' },
  ] as const)('$zone, $style → $expected', ({ zone, style, expected }) => {
    expect(formatDate(instant, zone, style, 'en-US').replace(/\u202f/g, ' ')).toBe(expected);
  });
});
