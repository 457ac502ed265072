import type { Exercise } from '../exercise/load-exercise.ts';
import type { GradeResult } from '../grade-result.ts';
import { createGraderPool, type GraderPool } from '../sandbox/pool.ts';
import { checkNesting } from '../transpile/nesting.ts';
import { readSubmission } from '../transpile/transpile.ts';
import { type PreparedCases, prepareCases, warmCases } from './prepare.ts';
import { runCases } from './run-cases.ts';
import { finalize, scoreOutcome } from './score-outcome.ts';

export interface GradeOptions {
  /** seeds the hidden cases: use seedFor(userId, exerciseId) */
  seed: number;
  /** the sandbox pool to run in (default: one shared pool, created on first use) */
  pool?: GraderPool;
  /**
   * the seed of the learner's next attempt: its hidden cases are generated once this grade is
   * done, while the learner reads the result (generating them takes longer than grading the
   * MSE exercise itself), so the next submission finds them ready
   */
  nextSeed?: number;
}

let sharedPool: GraderPool | undefined;

/** The pool `grade` uses when none is given. */
export function defaultPool(): GraderPool {
  sharedPool ??= createGraderPool();
  return sharedPool;
}

/** Closes the shared pool (e.g. at the end of a script or test run). */
export async function closeDefaultPool(): Promise<void> {
  const p = sharedPool;
  sharedPool = undefined;
  await p?.close();
}

/**
 * Grades learner code against an exercise's hidden tests: refuse bad input (size, UTF-8,
 * nesting) → in a sandbox worker, transpile and run every case in one fresh QuickJS runtime →
 * check each output on the host. Always resolves to a GradeResult (syntax errors and wrong
 * signatures are `gradable: false` with format errors).
 *
 * @example
 * const result = await grade(exercise, code, { seed: seedFor('user-1', exercise.manifest.id) });
 * result.score; // 0..1
 */
export async function grade(
  exercise: Exercise,
  code: string | Uint8Array,
  options: GradeOptions,
): Promise<GradeResult> {
  try {
    return await gradeOnce(exercise, code, options);
  } finally {
    if (options.nextSeed !== undefined) warmCases(exercise, options.nextSeed);
  }
}

async function gradeOnce(
  exercise: Exercise,
  code: string | Uint8Array,
  options: GradeOptions,
): Promise<GradeResult> {
  const started = performance.now();
  // Cheap, linear checks here; transpiling is untrusted work and happens in the sandbox worker.
  const read = readSubmission(code);
  const refused = read.ok ? checkNesting(read.text) : null;
  if (!read.ok || refused) {
    const formatErrors = read.ok ? [refused!] : read.errors;
    return finalize({ gradable: false, score: 0, tests: [], formatErrors }, started);
  }
  let prepared: PreparedCases;
  try {
    prepared = await prepareCases(exercise, options.seed);
  } catch (err) {
    // A bug in the exercise's tests.ts or solution.ts, not in the learner's code.
    return internalError(
      started,
      'tests.ts',
      `The exercise's hidden tests failed to run (not your fault): ${String(err)}`,
    );
  }
  try {
    return await runAndScore(exercise, prepared, read.text, options, started);
  } catch (err) {
    return internalError(
      started,
      '',
      `The grader failed (not your fault): ${String(err)}. Please submit again.`,
    );
  }
}

function internalError(started: number, file: string, message: string): GradeResult {
  return finalize(
    { gradable: false, score: 0, tests: [], formatErrors: [{ file, line: 0, column: 0, message }] },
    started,
  );
}

async function runAndScore(
  exercise: Exercise,
  prepared: PreparedCases,
  source: string,
  options: GradeOptions,
  started: number,
): Promise<GradeResult> {
  const { manifest } = exercise;
  const expectedSize = prepared.cases.reduce((s, c) => s + c.expected.values.length, 0);
  const outcome = await runCases(options.pool ?? defaultPool(), prepared, {
    source,
    entry: manifest.signature.name,
    params: manifest.signature.params.map((p) => p.name),
    data: prepared.data,
    timeMs: manifest.limits.timeMs,
    memoryBytes: manifest.limits.memoryMb * 1024 * 1024,
    maxOutputElements: Math.min(2_000_000, 10 * expectedSize + 1000),
  });
  return scoreOutcome(exercise, prepared, outcome, started);
}
