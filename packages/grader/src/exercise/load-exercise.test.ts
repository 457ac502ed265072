import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../testing/fixtures.ts';
import { loadExercise } from './load-exercise.ts';
import { ExerciseError } from './manifest.ts';

describe('loadExercise', () => {
  it.each(['mse-gradient', 'square-derivative', 'gd-linear-regression'])(
    'loads fixture %s',
    async (name) => {
      const ex = await fixture(name);
      expect(ex.manifest.id).toBe(name);
      expect(typeof ex.reference).toBe('function');
      expect(typeof ex.tests.cases).toBe('function');
      expect(ex.examples.length).toBeGreaterThan(0);
    },
  );

  it('lists every problem with file, line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slope-ex-'));
    writeFileSync(
      join(dir, 'manifest.json'),
      '{\n  "id": "Bad Id",\n  "title": "t",\n  "points": 1,\n  "signature": { "name": "f", "params": [{ "name": "x", "type": "number" }] }\n}',
    );
    writeFileSync(join(dir, 'starter.ts'), 'export const f = (x: number) => 0;');
    writeFileSync(join(dir, 'solution.ts'), 'export const f = (x: number) => 2 * x;');
    writeFileSync(join(dir, 'tests.ts'), 'export const tests = {\n  cases: (rng) => [,\n};');
    const err = await loadExercise(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExerciseError);
    const errors = (err as ExerciseError).errors;
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'manifest.json', line: 2, column: 9 }),
    );
    expect(errors).toContainEqual(expect.objectContaining({ file: 'prompt.mdx' }));
  });

  it('reports a tests.ts syntax error at its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slope-ex-'));
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        id: 'ok',
        title: 't',
        points: 1,
        signature: { name: 'f', params: [{ name: 'x', type: 'number' }] },
      }),
    );
    writeFileSync(join(dir, 'prompt.mdx'), '# f');
    writeFileSync(join(dir, 'starter.ts'), 'export const f = (x: number) => 0;');
    writeFileSync(join(dir, 'solution.ts'), 'export const f = (x: number) => 2 * x;');
    writeFileSync(
      join(dir, 'tests.ts'),
      "import { defineTests } from '@slope/grader';\nexport const tests = defineTests({\n  check: { kind: 'close' },\n  cases: (rng) => [{ args: [1] }],,\n});",
    );
    const err = (await loadExercise(dir).catch((e: unknown) => e)) as ExerciseError;
    expect(err.errors[0]).toMatchObject({ file: 'tests.ts', line: 4 });
  });
});
