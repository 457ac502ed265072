import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Exercise, loadExercise } from '../exercise/load-exercise.ts';

/** Test helpers: the fixture exercises under packages/grader/fixtures. */
export const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));

const loaded = new Map<string, Promise<Exercise>>();

export function fixture(name: string): Promise<Exercise> {
  let p = loaded.get(name);
  if (!p) {
    p = loadExercise(`${fixturesDir}${name}`);
    loaded.set(name, p);
  }
  return p;
}

export function fixtureFile(name: string, file: string): string {
  return readFileSync(`${fixturesDir}${name}/${file}`, 'utf8');
}

/** The same exercise with other limits (a new object: its own case cache). */
export function withLimits(exercise: Exercise, limits: Exercise['manifest']['limits']): Exercise {
  return { ...exercise, manifest: { ...exercise.manifest, limits } };
}
