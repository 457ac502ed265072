import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closeDefaultPool } from '@slope/grader';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { runContentCheck } from '../check/run-check';
import { getCourse, getLesson, listLessons } from '../courses';
import { loadLesson } from '../lesson';
import { newExercise } from './new-exercise';
import { newLesson } from './new-lesson';
import { slugify } from './slug';

let dir: string;

function addCourse(slug: string) {
  mkdirSync(path.join(dir, slug), { recursive: true });
  writeFileSync(
    path.join(dir, slug, 'course.json'),
    JSON.stringify({ slug, title: `Course ${slug}`, summary: 'A course.' }),
  );
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slope-scaffold-'));
  addCourse('demo');
  return () => rmSync(dir, { recursive: true, force: true });
});
afterAll(() => closeDefaultPool());

describe('slugify', () => {
  it.each([
    { title: 'Second derivatives', expected: 'second-derivatives' },
    { title: 'Jacobians & Hessians: a tour', expected: 'jacobians-hessians-a-tour' },
    { title: 'Régularisation L¹', expected: 'regularisation-l1' },
    { title: '2nd order methods', expected: '2nd-order-methods' },
    { title: '!!!', expected: '' },
  ])('$title → $expected', ({ title, expected }) => expect(slugify(title)).toBe(expected));
});

describe('content:new lesson', () => {
  it('numbers the lesson after the last one, as a draft learners do not get', async () => {
    const first = newLesson({ dir, title: 'Limits' });
    const second = newLesson({ dir, title: 'Second derivatives' });
    expect(first.folder).toBe('01-limits');
    expect(second.folder).toBe('02-second-derivatives');
    expect(readFileSync(second.file, 'utf8')).toMatch(/^---\ntitle: "Second derivatives"\n/);

    const course = getCourse('demo', dir)!;
    expect(listLessons(course)).toEqual([]);
    expect(listLessons(course, { includeDrafts: true }).map((l) => l.slug)).toEqual([
      'limits',
      'second-derivatives',
    ]);
    expect(getLesson(course, 'limits')).toBeNull();
    expect(await loadLesson(course, 'limits')).toBeNull();
  });

  it.each([
    { title: 'Limits', slug: undefined, error: /already has a lesson "limits"/ },
    { title: '???', slug: undefined, error: /not a valid lesson slug/ },
    { title: 'Fine', slug: 'Not_OK', error: /not a valid lesson slug/ },
    { title: '  ', slug: undefined, error: /give the lesson a title/ },
  ])('refuses $title / $slug', ({ title, slug, error }) => {
    newLesson({ dir, title: 'Limits' });
    expect(() => newLesson({ dir, title, ...(slug ? { slug } : {}) })).toThrow(error);
  });

  it('asks for --course when there are several', () => {
    addCourse('other');
    expect(() => newLesson({ dir, title: 'Limits' })).toThrow(/choose one with --course/);
    expect(newLesson({ dir, title: 'Limits', course: 'other' }).course).toBe('other');
    expect(() => newLesson({ dir, title: 'Limits', course: 'nope' })).toThrow(/no course "nope"/);
  });
});

describe('content:new exercise', () => {
  it('creates an exercise that passes the proof once a lesson uses it', async () => {
    newLesson({ dir, title: 'Limits' });
    const lesson = newLesson({ dir, title: 'Gradients' });
    const exercise = newExercise({ dir, id: 'distance-gradient', lesson: '01-limits' });
    expect(exercise.dir).toBe(
      path.join(dir, 'demo', '01-limits', 'exercises', 'distance-gradient'),
    );
    // by default, the last lesson
    expect(newExercise({ dir, id: 'other-one' }).lessonFile).toBe(lesson.file);
    rmSync(path.join(dir, 'demo', '02-gradients', 'exercises'), { recursive: true });

    const file = path.join(dir, 'demo', '01-limits', 'index.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n<Exercise id="distance-gradient" />\n`);
    const report = await runContentCheck({ dir, prove: true });
    expect(report.items.flatMap((item) => item.problems)).toEqual([]);
    expect(report.items.find((item) => item.kind === 'exercise')).toMatchObject({
      status: 'ok',
      detail: expect.stringMatching(/^proved \(3 seeds, \d mutants caught\)$/),
    });
  });

  it.each([
    { id: 'taken', lesson: undefined, error: /an exercise "taken" already exists/ },
    { id: 'Bad_Slug', lesson: undefined, error: /not a valid exercise id/ },
    { id: '-x', lesson: undefined, error: /not a valid exercise id/ },
    { id: 'fine', lesson: '07-missing', error: /has no lesson "07-missing"/ },
  ])('refuses $id in $lesson', ({ id, lesson, error }) => {
    newLesson({ dir, title: 'Limits' });
    newExercise({ dir, id: 'taken' });
    expect(() => newExercise({ dir, id, ...(lesson ? { lesson } : {}) })).toThrow(error);
  });

  it('refuses when the course has no lesson yet', () => {
    expect(() => newExercise({ dir, id: 'fine' })).toThrow(/has no lessons yet/);
  });
});
