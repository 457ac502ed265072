import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exerciseCatalog } from './exercise-catalog.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');
const content = mkdtempSync(path.join(tmpdir(), 'slope-catalog-'));
afterAll(() => rmSync(content, { recursive: true, force: true }));

function addExercise(course: string, lesson: string, id: string) {
  const dir = path.join(content, course, lesson, 'exercises', id);
  mkdirSync(path.dirname(dir), { recursive: true });
  cpSync(path.join(fixtures, id), dir, { recursive: true });
}

describe('exerciseCatalog', () => {
  it('finds exercises by id in every course and lesson, and sees ones added later', async () => {
    mkdirSync(path.join(content, 'calc'), { recursive: true });
    writeFileSync(path.join(content, 'calc', 'course.json'), '{}');
    addExercise('calc', '01-intro', 'square-derivative');
    const catalog = exerciseCatalog(content);
    expect((await catalog.find('square-derivative'))?.manifest.id).toBe('square-derivative');
    expect(await catalog.find('mse-gradient')).toBeNull();

    addExercise('calc', '02-more', 'mse-gradient');
    expect((await catalog.find('mse-gradient'))?.manifest.id).toBe('mse-gradient');
    expect(await catalog.find('square-derivative')).toBe(await catalog.find('square-derivative'));
  });

  it('ignores folders that are not courses or lessons', async () => {
    addExercise('not-a-course', '01-intro', 'gd-linear-regression');
    mkdirSync(path.join(content, 'calc', 'drafts', 'exercises'), { recursive: true });
    cpSync(
      path.join(fixtures, 'gd-linear-regression'),
      path.join(content, 'calc', 'drafts', 'exercises', 'gd-linear-regression'),
      { recursive: true },
    );
    expect(await exerciseCatalog(content).find('gd-linear-regression')).toBeNull();
  });
});
