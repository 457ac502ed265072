import { Comparator } from '@slope/numeric';
import { describe, expect, it } from 'vitest';
import type { Check } from '../exercise/tests-api.ts';
import { judge, toleranceOf } from './check.ts';

const vec = (...values: number[]) => ({
  shape: [values.length],
  values: Float64Array.from(values),
});
const noArgs = () => [];

describe('judge uses the one tolerance rule that Run uses too', () => {
  it('resolves a check’s tolerance, with the defaults where it names none', () => {
    expect(toleranceOf({ kind: 'close', rtol: 1e-9, atol: 1e-12 })).toEqual({
      rtol: 1e-9,
      atol: 1e-12,
    });
    expect(toleranceOf({ kind: 'gradient' })).toEqual({ rtol: 1e-6, atol: 1e-9 });
    expect(toleranceOf({ kind: 'shape' })).toEqual({ rtol: 1e-6, atol: 1e-9 });
  });

  it.each([
    { got: [5e-7, 1], expected: [0, 1], passes: false },
    { got: [5e-8, 100], expected: [0, 100], passes: true },
    { got: [3 * (1 + 2e-6), 1], expected: [3, 1], passes: false },
    { got: [3 * (1 + 5e-7), 1], expected: [3, 1], passes: true },
    { got: [Number.NaN, 1], expected: [0, 1], passes: false },
  ])(
    'a close check: $got against $expected passes: $passes, as the Comparator (Run) says',
    ({ got, expected, passes }) => {
      const check: Check = { kind: 'close' };
      const tolerance = toleranceOf(check);
      const verdict = judge(check, vec(...got), vec(...expected), noArgs);
      const cmp = new Comparator(Float64Array.from(expected), tolerance);
      expect(verdict.passed).toBe(passes);
      expect(cmp.allClose(got, expected)).toBe(passes);
    },
  );

  it('names the first wrong entry of a close check', () => {
    const verdict = judge({ kind: 'close' }, vec(0, 5e-7, 1), vec(0, 0, 1), noArgs);
    expect(verdict.passed).toBe(false);
    expect(verdict.message).toMatch(/^Wrong value at \[1\]/);
  });

  it('follows a loss curve step by step under the same rule', () => {
    const loss = (trajectory: number[][]) => trajectory.map((row) => row[0]!);
    const check: Check = { kind: 'convergence', loss, match: 'curve' };
    const rows = (...v: number[]) => ({ shape: [v.length, 1], values: Float64Array.from(v) });
    expect(judge(check, rows(4, 2, 1), rows(4, 2, 1), noArgs).passed).toBe(true);
    // 5e-9 off at a loss of 1 is within rtol; 1e-3 off is a wrong step
    expect(judge(check, rows(4, 2, 1 + 5e-9), rows(4, 2, 1), noArgs).passed).toBe(true);
    expect(judge(check, rows(4, 2.001, 1), rows(4, 2, 1), noArgs).message).toMatch(/At step 1/);
  });
});
