import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Exercise, ExerciseError, loadExercise, proveExercise } from '@slope/grader';
import { lineOf } from './problem';
import type { Problem } from './types';

/** Loads an exercise folder; its problems (manifest, TypeScript, examples) at file:line:column. */
export async function loadForCheck(
  dir: string,
): Promise<{ exercise: Exercise; problems: [] } | { exercise: null; problems: Problem[] }> {
  try {
    return { exercise: await loadExercise(dir), problems: [] };
  } catch (error) {
    if (error instanceof ExerciseError) {
      return {
        exercise: null,
        problems: error.errors.map((e) => ({
          file: path.resolve(dir, e.file),
          line: e.line,
          column: e.column,
          message: e.message,
        })),
      };
    }
    return { exercise: null, problems: [{ file: dir, message: String(error) }] };
  }
}

export interface ProofOutcome {
  problems: Problem[];
  /** "proved (3 seeds, 5 mutants caught)" */
  detail: string;
}

/**
 * Proves an exercise (the reference passes every hidden test for each seed, the starter fails,
 * the examples agree with the reference, the mutants are caught) and turns each failed check
 * into a problem at the file to fix.
 */
export async function proveForCheck(exercise: Exercise, seeds: number[]): Promise<ProofOutcome> {
  const report = await proveExercise(exercise, { seeds });
  const read = (file: string) => {
    try {
      return readFileSync(/*turbopackIgnore: true*/ path.join(exercise.dir, file), 'utf8');
    } catch {
      return '';
    }
  };
  const at = (file: string, pattern: RegExp | ((line: string) => boolean)) => ({
    file: path.join(exercise.dir, file),
    line: lineOf(read(file), pattern),
    column: 1,
  });
  const name = exercise.manifest.signature.name;
  const definition = new RegExp(`export\\s+(async\\s+)?(function|const|let)\\s+${name}\\b`);
  const problems: Problem[] = [];
  const mutants = report.checks.filter((check) => check.name.startsWith('mutant '));
  for (const check of report.checks) {
    if (check.ok) continue;
    if (check.name.startsWith('reference passes'))
      problems.push({
        ...at('solution.ts', definition),
        message: `${check.name}: ${check.message}`,
      });
    else if (check.name === 'starter fails')
      problems.push({
        ...at('starter.ts', definition),
        message: `the starter should fail the hidden tests: ${check.message}`,
      });
    else if (check.name.startsWith('example ')) {
      const index = Number(/^example (\d+)/.exec(check.name)?.[1] ?? 1);
      problems.push({
        ...at('examples.json', nth(index, /"args"/)),
        message: `${check.name.replace(/ matches the reference$/, '')}: ${check.message}`,
      });
    } else if (check.name.startsWith('mutant '))
      problems.push({
        ...at('tests.ts', /\bcheck\s*:/),
        message: `${check.message}: make the hidden cases or the check stricter`,
      });
    else problems.push({ file: exercise.dir, message: `${check.name}: ${check.message}` });
  }
  if (mutants.length > 0 && mutants.every((check) => check.message.startsWith('n/a'))) {
    problems.push({
      ...at('tests.ts', /\bcases\b/),
      message:
        "too weak: no mutant changes the reference's outputs on these cases (are all expected values 0?): the tests cannot tell a wrong answer from a right one",
    });
  }
  const caught = mutants.filter((check) => check.ok && check.message === 'caught').length;
  return {
    problems,
    detail: problems.length
      ? `not proved (${problems.length} failed check${problems.length === 1 ? '' : 's'})`
      : `proved (${seeds.length} seeds, ${caught} mutants caught)`,
  };
}

/** Matches only the `n`th (1-based) line that matches `pattern`. */
function nth(n: number, pattern: RegExp): (line: string) => boolean {
  let seen = 0;
  return (line) => pattern.test(line) && ++seen === n;
}
