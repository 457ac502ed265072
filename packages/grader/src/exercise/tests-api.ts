import type { Rng } from '@slope/numeric';

/**
 * Numbers as authors write them: scalars, nested arrays, a flat Float64Array, or row-major
 * numbers with a shape (`{ data, shape: [rows, cols] }`, e.g. a `@slope/numeric` Tensor). The
 * learner receives each as its signature's type says (a matrix as nested arrays); the flat
 * forms are for big inputs, which the host then prepares without building small arrays.
 */
export type NumericValue =
  | number
  | Float64Array
  | { readonly data: Float64Array; readonly shape: readonly number[] }
  | readonly NumericValue[];

/**
 * How a hidden test's output is judged on the host, against the reference's output on the
 * same inputs, by `@slope/numeric`'s one rule (`Comparator`): |got − expected| ≤
 * rtol·max(|got|,|expected|) + atol·max(1, largest |expected| of the output).
 */
export type Check =
  /** values within tolerance and the same shape */
  | { kind: 'close'; rtol?: number; atol?: number }
  /** only the shape must match */
  | { kind: 'shape' }
  /** a gradient: compared with `@slope/numeric`'s compareGradients, which names the mistake */
  | { kind: 'gradient'; rtol?: number; atol?: number }
  /**
   * An optimizer task: the output is a trajectory (one row of parameters per step). `loss`
   * maps it to one loss per step. With `match: 'final'` (default) the learner's final loss
   * must be at most the reference's (within rtol/atol); with `match: 'curve'` (deterministic
   * optimizers) every step's loss must match the reference's. Adds a loss-curve diagnostic.
   */
  | {
      kind: 'convergence';
      loss: (trajectory: number[][], args: unknown[]) => number[];
      match?: 'final' | 'curve';
      rtol?: number;
      atol?: number;
    };

/** One hidden test. */
export interface TestCase {
  /** shown to the learner; must not reveal the inputs (default "case 1", "case 2", …) */
  name?: string;
  /** arguments in the order of the manifest's signature */
  args: NumericValue[];
  /** weight of this test in the score (default 1) */
  points?: number;
  /** overrides the suite's check for this test */
  check?: Check;
}

/** Passed to the case generator. */
export interface CaseContext {
  exerciseId: string;
  seed: number;
}

/** What `tests.ts` exports as `tests` (hidden: runs on the host only). */
export interface ExerciseTests {
  /**
   * Hidden cases from a generator seeded per learner and exercise: an array, or a generator
   * function (`function* (rng) { … yield case … }`) so big cases are made one at a time and
   * the host's event loop gets a turn between them.
   */
  cases: (rng: Rng, ctx: CaseContext) => Iterable<TestCase>;
  /** the default check of every case */
  check: Check;
}

/**
 * Identity helper that types a `tests.ts` export.
 *
 * @example
 * export const tests = defineTests({ check: { kind: 'gradient' }, cases: (rng) => [...] });
 */
export function defineTests(tests: ExerciseTests): ExerciseTests {
  return tests;
}
