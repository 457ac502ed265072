import type { GradeResult, TestResult } from '@slope/grader';
import { compareGradients } from '@slope/numeric';
import { describe, expect, it } from 'vitest';
import { describeDiagnosis, diagnosisKey, PASSED } from './diagnosis';

/** A gradient check's diagnosis exactly as @slope/numeric makes it. */
function gradientTest(
  got: number[],
  expected: number[],
  shapes?: [number[], number[]],
): TestResult {
  const d = compareGradients(got, expected, {
    gotShape: shapes?.[0] ?? [got.length],
    expectedShape: shapes?.[1] ?? [expected.length],
  });
  return {
    name: 'case',
    status: d.ok ? 'passed' : 'failed',
    passed: d.ok,
    points: d.ok ? 1 : 0,
    maxPoints: 1,
    message: d.message,
    diagnostics: [{ kind: 'gradient', diagnosis: d as never }],
  };
}

/** A `close` check's note, as the grader words it from the same diagnosis. */
function noteTest(got: number[], expected: number[], shapes?: [number[], number[]]): TestResult {
  const d = compareGradients(got, expected, {
    gotShape: shapes?.[0] ?? [got.length],
    expectedShape: shapes?.[1] ?? [expected.length],
  });
  return {
    name: 'case',
    status: 'failed',
    passed: false,
    points: 0,
    maxPoints: 1,
    message: 'Wrong value',
    diagnostics: [
      { kind: 'values', expected: '[…]', got: '[…]' },
      { kind: 'note', text: d.message },
    ],
  };
}

const result = (tests: TestResult[]): GradeResult => ({
  gradable: true,
  score: tests.filter((t) => t.passed).length / Math.max(1, tests.length),
  tests,
  timeMs: 3,
});
const status = (s: TestResult['status']): TestResult => ({
  name: s,
  status: s,
  passed: false,
  points: 0,
  maxPoints: 1,
  message: s,
});

describe('diagnosisKey', () => {
  it.each([
    ['passing', result([gradientTest([1, 2], [1, 2])]), PASSED],
    ['×2 (gradient check)', result([gradientTest([2, 4, -6], [1, 2, -3])]), 'gradient:scaled:×2'],
    [
      '×½ (gradient check)',
      result([gradientTest([0.5, 1, -1.5], [1, 2, -3])]),
      'gradient:scaled:×½',
    ],
    [
      'sign (gradient check)',
      result([gradientTest([-1, -2, 3], [1, 2, -3])]),
      'gradient:wrong-sign',
    ],
    [
      'transposed (gradient check)',
      result([
        gradientTest(
          [1, 4, 2, 5, 3, 6],
          [1, 2, 3, 4, 5, 6],
          [
            [3, 2],
            [2, 3],
          ],
        ),
      ]),
      'gradient:transposed',
    ],
    [
      'one component wrong',
      result([gradientTest([1, 2, 9, 4], [1, 2, 3, 4])]),
      'gradient:wrong-components:[2]',
    ],
    [
      '×2 (note on a close check)',
      result([noteTest([2, 4, -6], [1, 2, -3])]),
      'gradient:scaled:×2',
    ],
    ['sign (note)', result([noteTest([-1, -2, 3], [1, 2, -3])]), 'gradient:wrong-sign'],
    [
      'transposed (note)',
      result([
        noteTest(
          [1, 4, 2, 5, 3, 6],
          [1, 2, 3, 4, 5, 6],
          [
            [3, 2],
            [2, 3],
          ],
        ),
      ]),
      'gradient:transposed',
    ],
    ['time-out', result([status('timeout')]), 'timeout'],
    ['thrown error', result([status('error')]), 'error'],
    ['wrong, no pattern', result([status('failed')]), 'wrong'],
  ] as const)('%s', (_name, input, key) => {
    expect(diagnosisKey(input)).toBe(key);
  });

  it('code that does not run is a format problem', () => {
    expect(
      diagnosisKey({
        gradable: false,
        score: 0,
        tests: [],
        formatErrors: [{ file: 'a.ts', line: 1, column: 1, message: 'x' }],
        timeMs: 0,
      }),
    ).toBe('format');
  });

  it('the most common mistake among the failing tests wins; ties go to the first', () => {
    const twice = gradientTest([2, 4], [1, 2]);
    const sign = gradientTest([-1, -2], [1, 2]);
    expect(diagnosisKey(result([sign, twice, twice]))).toBe('gradient:scaled:×2');
    expect(diagnosisKey(result([sign, twice]))).toBe('gradient:wrong-sign');
    expect(diagnosisKey(result([gradientTest([1, 2], [1, 2]), twice]))).toBe('gradient:scaled:×2');
  });
});

describe('describeDiagnosis', () => {
  it('names the mistake and its usual cause', () => {
    expect(describeDiagnosis('gradient:scaled:×½')).toEqual({
      label: 'gradient scaled by ×½',
      hint: 'a missing factor: often the 2 from differentiating a square',
    });
    expect(describeDiagnosis('gradient:transposed').label).toBe('gradient transposed');
    expect(describeDiagnosis('gradient:wrong-components:[0][2]').label).toBe(
      'gradient wrong only in components [0][2]',
    );
    expect(describeDiagnosis('timeout').label).toBe('ran out of time');
    expect(describeDiagnosis('something-new').label).toBe('something-new');
  });
});
