import { Comparator } from '@slope/numeric';
import type { Exercise } from '../exercise/load-exercise.ts';
import type { GradeResult } from '../grade-result.ts';
import { grade } from '../runner/grade.ts';
import { prepareCases, referenceOutput } from '../runner/prepare.ts';
import { scoreOutcome } from '../runner/score-outcome.ts';
import { type Numeric, toNumeric } from '../runner/values.ts';
import type { GraderPool } from '../sandbox/pool.ts';
import { mutants } from './mutants.ts';

export interface ProofCheck {
  /** e.g. "reference passes (seed 2)", "mutant ×2 is caught", "example 1 matches the reference" */
  name: string;
  ok: boolean;
  /** what went wrong, or "n/a: …" for a mutant that does not apply */
  message: string;
}

export interface ProofReport {
  exerciseId: string;
  ok: boolean;
  checks: ProofCheck[];
}

export interface ProveOptions {
  /** seeds to generate hidden cases with (default [1, 2, 3]) */
  seeds?: number[];
  pool?: GraderPool;
}

function failures(result: GradeResult): string {
  if (!result.gradable)
    return result.formatErrors?.map((e) => e.message).join('; ') ?? 'not gradable';
  const bad = result.tests.filter((t) => !t.passed);
  return bad
    .slice(0, 3)
    .map((t) => `"${t.name}": ${t.message}`)
    .join('; ');
}

/** Far stricter than any check: an example or a mutant must agree with the reference to rounding. */
const PROOF_TOLERANCE = { rtol: 1e-9, atol: 1e-12 };

/** Same shape and close under the one rule (`Comparator`) at the proof's tolerance. */
function close(a: Numeric, b: Numeric): boolean {
  return (
    a.shape.length === b.shape.length &&
    a.shape.every((d, i) => d === b.shape[i]) &&
    new Comparator(b.values, PROOF_TOLERANCE).allClose(a.values, b.values)
  );
}

/**
 * Proves an exercise for the content checker: the reference passes every hidden test for
 * each seed (run through the sandbox, like a learner's code), the starter fails, the public
 * examples agree with the reference, and each generated mutant of the reference (×2, ×½,
 * negated, transposed, one component zeroed, shifted by one) fails at least one hidden test.
 * A mutant that passes means the hidden tests are too weak.
 *
 * @example
 * const report = await proveExercise(exercise, { seeds: [1, 2, 3] });
 * for (const c of report.checks) console.log(c.ok ? '✓' : '✗', c.name, c.message);
 */
export async function proveExercise(
  exercise: Exercise,
  options: ProveOptions = {},
): Promise<ProofReport> {
  const seeds = options.seeds ?? [1, 2, 3];
  const checks: ProofCheck[] = [];
  const run = (code: string, seed: number) =>
    grade(exercise, code, { seed, ...(options.pool ? { pool: options.pool } : {}) });

  for (const seed of seeds) {
    try {
      const r = await run(exercise.solution, seed);
      const ok = r.gradable && r.score === 1;
      checks.push({
        name: `reference passes (seed ${seed})`,
        ok,
        message: ok
          ? `all ${r.tests.length} hidden tests pass`
          : `the reference fails: ${failures(r)}`,
      });
    } catch (err) {
      checks.push({
        name: `reference passes (seed ${seed})`,
        ok: false,
        message: `tests.ts failed: ${String(err)}`,
      });
    }
  }

  const starter = await run(exercise.starter, seeds[0] ?? 1).catch((err: unknown) => String(err));
  if (typeof starter === 'string') {
    checks.push({ name: 'starter fails', ok: false, message: starter });
  } else {
    const ok = starter.gradable && starter.score < 1;
    checks.push({
      name: 'starter fails',
      ok,
      message: ok
        ? `scores ${Math.round(starter.score * 100)}%`
        : starter.gradable
          ? 'the starter passes every hidden test'
          : `the starter does not compile or has the wrong signature: ${failures(starter)}`,
    });
  }

  exercise.examples.forEach((ex, i) => {
    const name = `example ${i + 1}${ex.name ? ` (${ex.name})` : ''} matches the reference`;
    try {
      const got = referenceOutput(exercise, ex.args, `examples.json #${i + 1}`);
      const ok = close(got, toNumeric(ex.expected, 'expected'));
      checks.push({ name, ok, message: ok ? 'ok' : 'examples.json disagrees with the reference' });
    } catch (err) {
      checks.push({ name, ok: false, message: String(err) });
    }
  });

  for (const mutant of mutants) {
    const name = `mutant ${mutant.label} is caught`;
    let applicable = false;
    let killed = false;
    try {
      for (const seed of seeds) {
        const prepared = await prepareCases(exercise, seed);
        const outputs = prepared.cases.map((c) => mutant.apply(c.expected));
        if (outputs.every((o, i) => o === null || close(o, prepared.cases[i]!.expected))) continue;
        applicable = true;
        const result = scoreOutcome(
          exercise,
          prepared,
          {
            kind: 'ran',
            cases: outputs.map((o, i) => {
              const out = o ?? prepared.cases[i]!.expected;
              return { status: 'ok', shape: out.shape, values: out.values, timeMs: 0 };
            }),
            output: '',
            outputTruncated: false,
            timeMs: 0,
          },
          performance.now(),
        );
        if (result.score < 1) {
          killed = true;
          break;
        }
      }
    } catch (err) {
      checks.push({ name, ok: false, message: `checking the mutant failed: ${String(err)}` });
      continue;
    }
    checks.push({
      name,
      ok: killed || !applicable,
      message: !applicable
        ? `n/a: ${mutant.label} leaves these outputs unchanged`
        : killed
          ? 'caught'
          : `too weak: mutant ${mutant.label} passes all tests`,
    });
  }

  return { exerciseId: exercise.manifest.id, ok: checks.every((c) => c.ok), checks };
}
