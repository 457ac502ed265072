// @vitest-environment node
import * as numeric from '@slope/numeric';
import { transform } from 'sucrase';
import { describe, expect, it } from 'vitest';
import { approxEqual, preview } from './compare.ts';
import { runExamples } from './run-examples.ts';
import type { RunRequest } from './types.ts';

const env = {
  numeric: numeric as unknown as Record<string, unknown>,
  transpile: (code: string) =>
    transform(code, { transforms: ['typescript', 'imports'] as const }).code,
};

const base: Omit<RunRequest, 'code'> = {
  functionName: 'mseGrad',
  params: [
    { name: 'w', type: 'number' },
    { name: 'xs', type: 'number[]' },
    { name: 'ys', type: 'number[]' },
  ],
  examples: [
    { name: 'w = 0', args: [0, [1, 2, 3], [2, 4, 6]], expected: -56 / 3 },
    { name: 'at the minimum', args: [2, [1, 2, 3], [2, 4, 6]], expected: 0 },
  ],
};

const right = `export function mseGrad(w: number, xs: number[], ys: number[]): number {
  let g = 0;
  for (let i = 0; i < xs.length; i++) g += 2 * (w * xs[i]! - ys[i]!) * xs[i]!;
  return g / xs.length;
}`;

describe('runExamples', () => {
  it('passes a right solution', () => {
    const report = runExamples({ ...base, code: right }, env);
    expect(report.ok).toBe(true);
    expect(report.examples.map((e) => e.status)).toEqual(['passed', 'passed']);
  });

  it('reports got vs expected for a wrong one, and captures console output', () => {
    const report = runExamples(
      {
        ...base,
        code: right.replace('2 * (', '(').replace('let g', 'console.log("hi", [1, 2]);\n  let g'),
      },
      env,
    );
    expect(report.examples[0]).toMatchObject({
      status: 'failed',
      got: '-9.33333',
      expected: '-18.6667',
    });
    expect(report.examples[1]?.status).toBe('passed');
    expect(report.output).toContain('hi [1, 2]');
  });

  it('gives line and column for code that does not compile', () => {
    const report = runExamples({ ...base, code: 'export function mseGrad(w: number {\n}' }, env);
    expect(report.ok).toBe(false);
    expect(report.formatError).toMatchObject({ line: 1 });
    expect(report.examples.every((e) => e.status === 'not-run')).toBe(true);
  });

  it('names a missing function', () => {
    const report = runExamples({ ...base, code: 'export function other() {}' }, env);
    expect(report.formatError?.message).toMatch(/No exported function named `mseGrad`/);
  });

  it('reports a throw as an error on that example', () => {
    const report = runExamples(
      { ...base, code: 'export function mseGrad() { throw new RangeError("boom"); }' },
      env,
    );
    expect(report.examples[0]).toMatchObject({ status: 'error', message: 'RangeError: boom' });
  });

  it('provides @slope/numeric and turns Tensor params and results into arrays', () => {
    const report = runExamples(
      {
        functionName: 'double',
        params: [{ name: 'x', type: 'Tensor' }],
        examples: [{ name: 'doubles', args: [[1, 2, 3]], expected: [2, 4, 6] }],
        code: `import { mul } from '@slope/numeric';\nexport function double(x) { return mul(x, 2); }`,
      },
      env,
    );
    expect(report.examples[0]).toMatchObject({ status: 'passed', got: '[2, 4, 6]' });
  });

  it('hands Float64Array parameters over as flat typed arrays, as the grader does', () => {
    const report = runExamples(
      {
        functionName: 'kind',
        params: [{ name: 'x', type: 'Float64Array' }],
        examples: [
          {
            name: 'flat',
            args: [
              [
                [1, 2],
                [3, 4],
              ],
            ],
            expected: 'Float64Array:4',
          },
        ],
        code: 'export function kind(x) { return x.constructor.name + ":" + x.length; }',
      },
      env,
    );
    expect(report.examples[0]).toMatchObject({ status: 'passed' });
  });

  it('refuses other imports', () => {
    const report = runExamples(
      {
        ...base,
        code: `import fs from 'fs';\nexport function mseGrad() { return fs.readFileSync('x'); }`,
      },
      env,
    );
    expect(report.formatError?.message).toMatch(/Only '@slope\/numeric' can be imported/);
  });
});

describe('approxEqual', () => {
  it.each([
    { got: 1, expected: 1 + 1e-9, equal: true },
    { got: 1, expected: 1.01, equal: false },
    { got: [1, [2, 3]], expected: [1, [2, 3]], equal: true },
    { got: [1, 2], expected: [1, 2, 3], equal: false },
    { got: Number.NaN, expected: Number.NaN, equal: true },
    { got: { a: 1 }, expected: { a: 1 }, equal: true },
    { got: '1', expected: 1, equal: false },
  ])('$got ≈ $expected is $equal', ({ got, expected, equal }) => {
    expect(approxEqual(got, expected)).toBe(equal);
  });

  it('judges numbers by the exercise tolerance, as grading does (5e-7 off near 0 fails at atol 1e-9)', () => {
    const tolerance = { rtol: 1e-6, atol: 1e-9 };
    expect(approxEqual([5e-7, 1], [0, 1], tolerance)).toBe(false);
    expect(approxEqual([5e-10, 1], [0, 1], tolerance)).toBe(true);
    // an entry near 0 is judged on the scale of the whole value
    expect(approxEqual([5e-8, 100], [0, 100], tolerance)).toBe(true);
    expect(approxEqual([Number.POSITIVE_INFINITY], [1e308], tolerance)).toBe(false);
  });

  it('previews long values with an ellipsis', () => {
    expect(
      preview(
        Array.from({ length: 100 }, (_, i) => i),
        20,
      ),
    ).toHaveLength(20);
  });
});
