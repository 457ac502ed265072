import { describe, expect, it } from 'vitest';
import { newJoinCode, normalizeJoinCode } from './join-code';

describe('join codes', () => {
  it('new codes are XXXX-XXXX without look-alike characters, and differ', () => {
    const codes = Array.from({ length: 200 }, newJoinCode);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(new Set(codes).size).toBe(200);
  });

  it.each([
    ['DEMO-CALC', 'DEMO-CALC'],
    [' demo calc ', 'DEMO-CALC'],
    ['democalc', 'DEMO-CALC'],
    ['k7qm-3wxa', 'K7QM-3WXA'],
    ['ABC123', 'ABC123'],
    ['', null],
    ['ab', null],
    ["'; DROP TABLE", null],
    ['x'.repeat(40), null],
  ])('normalizeJoinCode(%j) = %j', (input, expected) => {
    expect(normalizeJoinCode(input)).toBe(expected);
  });
});
