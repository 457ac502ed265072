import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exerciseFolders } from '../exercise/exercise-catalog.ts';
import { type Exercise, loadExercise } from '../exercise/load-exercise.ts';
import { createGraderPool, type GraderPool } from '../sandbox/pool.ts';
import { seedFor } from '../seed.ts';
import { grade } from './grade.ts';
import { prepareCases } from './prepare.ts';
import { toNested } from './values.ts';

/**
 * The learner who wants the points without the work: submission 1 prints the hidden inputs
 * and returns junk; its feedback is read for the expected values; submission 2 is a lookup
 * table from those inputs to the expected outputs, with no gradient code. Here the attacker
 * is given more than any feedback shows — the exact expected outputs of submission 1's cases
 * — and the table must still score under 50 %, on every exercise of the course, because
 * submission 2 gets other inputs. And submission 1's feedback must not contain its expected
 * values to begin with.
 */
const contentDir = fileURLToPath(new URL('../../../../content', import.meta.url));
const SECRET = 'a server secret';
const LEARNER = 'learner-who-wants-the-points';
const exerciseIds = [...exerciseFolders(contentDir).keys()].sort();

let pool: GraderPool;
beforeAll(() => {
  pool = createGraderPool({ size: 2 });
});
afterAll(() => pool.close());

/** A fingerprint of a case's arguments (its start and end), the way the attack keys its table. */
const fingerprint = (text: string) => text.slice(0, 120) + text.slice(-40);
const KEY = `(${fingerprint.toString()})(JSON.stringify(args))`;

/** Junk of the public examples' output shape (what a first probing submission returns). */
function junk(exercise: Exercise): string {
  const shaped = (v: unknown): unknown => (Array.isArray(v) ? v.map(shaped) : 1e6);
  return JSON.stringify(shaped(exercise.examples[0]?.expected ?? 1e6));
}

function lookupTable(exercise: Exercise, table: Record<string, unknown>): string {
  const { name, params } = exercise.manifest.signature;
  return `const T: Record<string, unknown> = ${JSON.stringify(table)};
export function ${name}(${params.map((p) => `${p.name}: any`).join(', ')}): any {
  const args = [${params.map((p) => p.name).join(', ')}];
  console.log(${KEY});
  return T[${KEY}] ?? ${junk(exercise)};
}`;
}

/** A value to 5 and 6 significant digits: the forms in which feedback could reveal it. */
function printedForms(v: number): string[] {
  return [5, 6].map((digits) => `${digits}:${Number(v.toPrecision(digits))}`);
}

describe('the lookup-table attack', () => {
  it('has exercises to attack', () => {
    expect(exerciseIds.length).toBeGreaterThanOrEqual(10);
  });

  it.each(exerciseIds)('fails on %s', async (id) => {
    const exercise = await loadExercise(exerciseFolders(contentDir).get(id)!);
    const first = seedFor(LEARNER, id, 1, SECRET);
    const second = seedFor(LEARNER, id, 2, SECRET);

    // Submission 1: probe, returning 1e6 everywhere in the right shape (the prompt tells it).
    // Its feedback shows none of its expected values, and nothing they follow from.
    const known = await prepareCases(exercise, first);
    const junkTable: Record<string, unknown> = {};
    for (const c of known.cases) {
      junkTable[fingerprint(JSON.stringify(c.args()))] = toNested({
        shape: c.expected.shape,
        values: c.expected.values.map(() => 1e6),
      });
    }
    const probe = await grade(exercise, lookupTable(exercise, junkTable), { seed: first, pool });
    expect(probe.gradable).toBe(true);
    expect(probe.score).toBeLessThan(0.5);
    const feedback = JSON.stringify({ ...probe, output: undefined });
    // What the numbers shown give, read as the junk's relative errors: e = 1e6·(1 ∓ r).
    const tokens = feedback.match(/-?\d+(\.\d+)?(e[-+]?\d+)?/g) ?? [];
    const shown = tokens.map(Number);
    // A number shown with fewer than 5 significant digits (a loss to 3) reveals no 5-digit value.
    const digits = (t: string) =>
      t.replace(/e.*$/, '').replace(/[-.]/g, '').replace(/^0+/, '').length;
    const visible = new Set(
      tokens.filter((t) => digits(t) >= 5).flatMap((t) => printedForms(Number(t))),
    );
    const derivable = new Set(
      shown.flatMap((r) => [1e6 * (1 - r), 1e6 * (1 + r)]).flatMap((v) => printedForms(v)),
    );
    for (const c of known.cases) {
      for (const v of c.expected.values) {
        // Whole numbers and tiny values also stand for indices, counts and tolerances.
        if (Number.isInteger(v) || Math.abs(v) < 1e-3 || !Number.isFinite(v)) continue;
        for (const form of printedForms(v)) {
          expect(visible.has(form), `${c.name}: ${v} is shown`).toBe(false);
          expect(derivable.has(form), `${c.name}: ${v} follows from the errors shown`).toBe(false);
        }
      }
    }

    // Submission 2: a table of submission 1's exact expected outputs.
    const table: Record<string, unknown> = {};
    for (const c of known.cases) {
      const args = c.args();
      table[fingerprint(JSON.stringify(args))] = toNested(c.expected);
    }
    const attack = lookupTable(exercise, table);
    const replay = await grade(exercise, attack, { seed: first, pool });
    const cheat = await grade(exercise, attack, { seed: second, pool });
    // The table is right for the inputs it was built from (the attack is real) …
    expect(replay.gradable, JSON.stringify(replay.formatErrors)).toBe(true);
    expect(replay.score).toBeGreaterThan(0.9);
    // … and worth little on the next attempt's inputs.
    expect(cheat.score).toBeLessThan(0.5);
  });
});
