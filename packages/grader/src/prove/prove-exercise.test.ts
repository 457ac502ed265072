import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraderPool, type GraderPool } from '../sandbox/pool.ts';
import { fixture } from '../testing/fixtures.ts';
import { proveExercise } from './prove-exercise.ts';

let pool: GraderPool;
beforeAll(() => {
  pool = createGraderPool({ size: 2 });
});
afterAll(() => pool.close());

describe('proveExercise', () => {
  it.each(['mse-gradient', 'square-derivative', 'gd-linear-regression'])(
    'proves fixture %s',
    async (name) => {
      const report = await proveExercise(await fixture(name), { seeds: [1, 2], pool });
      const failed = report.checks.filter((c) => !c.ok);
      expect(failed).toEqual([]);
      expect(report.ok).toBe(true);
      expect(report.checks.map((c) => c.name)).toEqual(
        expect.arrayContaining([
          'reference passes (seed 1)',
          'reference passes (seed 2)',
          'starter fails',
          'mutant ×2 is caught',
        ]),
      );
    },
  );

  it('reports hidden tests that let a mutant pass as too weak', async () => {
    const base = await fixture('mse-gradient');
    // Checking only the shape lets every same-shape mutant through.
    const weak = { ...base, tests: { ...base.tests, check: { kind: 'shape' as const } } };
    const report = await proveExercise(weak, { seeds: [1], pool });
    expect(report.ok).toBe(false);
    expect(report.checks).toContainEqual({
      name: 'mutant ×2 is caught',
      ok: false,
      message: 'too weak: mutant ×2 passes all tests',
    });
    expect(report.checks.find((c) => c.name === 'mutant transposed is caught')?.message).toMatch(
      /^n\/a/,
    );
  });

  it('flags a reference that fails its own tests and a wrong example', async () => {
    const base = await fixture('square-derivative');
    const broken = {
      ...base,
      solution: 'export const derivative = (x: number) => 3 * x;',
      examples: [{ args: [3], expected: 7 }],
    };
    const report = await proveExercise(broken, { seeds: [1], pool });
    expect(report.checks.find((c) => c.name === 'reference passes (seed 1)')?.ok).toBe(false);
    expect(report.checks.find((c) => c.name.startsWith('example 1'))?.ok).toBe(false);
  });
});
