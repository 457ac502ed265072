import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findExercise } from './exercise-registry';

const content = mkdtempSync(path.join(tmpdir(), 'slope-registry-'));
afterAll(() => rmSync(content, { recursive: true, force: true }));
cpSync(path.join(import.meta.dirname, '../practice/fixtures/demo'), path.join(content, 'demo'), {
  recursive: true,
});
const graderFixtures = path.resolve(import.meta.dirname, '../../../../packages/grader/fixtures');
const addExercise = (id: string) =>
  cpSync(path.join(graderFixtures, id), path.join(content, 'demo/01-practice/exercises', id), {
    recursive: true,
  });

describe('findExercise', () => {
  it('finds an exercise with its lesson, and one added after the folders were listed', async () => {
    addExercise('square-derivative');
    const first = await findExercise('square-derivative', content);
    expect(first?.location).toMatchObject({
      id: 'square-derivative',
      lesson: { slug: 'practice' },
    });
    expect(first?.exercise.manifest.id).toBe('square-derivative');
    expect(await findExercise('mse-gradient', content)).toBeNull();

    addExercise('mse-gradient'); // the listing is cached, but an unknown id reads it again
    expect((await findExercise('mse-gradient', content))?.exercise.manifest.id).toBe(
      'mse-gradient',
    );
  });
});
