import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lessonEntries, listCourses } from '../courses';
import { exerciseFiles } from './exercise-template';
import { pickCourse } from './pick-course';
import { ScaffoldError, SLUG } from './slug';

export interface NewExerciseOptions {
  /** the content dir */
  dir: string;
  id: string;
  course?: string;
  /** `NN-slug` (the folder) or `slug`; defaults to the course's last lesson */
  lesson?: string;
}

export interface NewExercise {
  id: string;
  dir: string;
  /** the lesson's index.mdx, where `<Exercise id>` goes */
  lessonFile: string;
}

/**
 * Creates `<course>/<NN-lesson>/exercises/<id>/` with a working example exercise (manifest,
 * prompt, starter, solution, hidden tests, examples) that passes the proof.
 *
 * @example
 * newExercise({ dir: contentDir(), id: 'hessian-diagonal', lesson: '07-jacobians-and-hessians' })
 */
export function newExercise(options: NewExerciseOptions): NewExercise {
  const { id } = options;
  if (!SLUG.test(id))
    throw new ScaffoldError(
      `"${id}" is not a valid exercise id: use lowercase letters, digits and single dashes (e.g. mse-gradient)`,
    );
  for (const other of listCourses(options.dir)) {
    for (const entry of lessonEntries(other)) {
      const existing = path.join(path.dirname(entry.file), 'exercises', id);
      if (existsSync(existing))
        throw new ScaffoldError(
          `an exercise "${id}" already exists (${path.relative(options.dir, existing)}): exercise ids are unique, choose another`,
        );
    }
  }
  const course = pickCourse(options.dir, options.course);
  const lessons = lessonEntries(course);
  const folderOf = (file: string) => path.basename(path.dirname(file));
  const lesson = options.lesson
    ? lessons.find((l) => folderOf(l.file) === options.lesson || l.slug === options.lesson)
    : lessons.at(-1);
  if (!lesson)
    throw new ScaffoldError(
      options.lesson
        ? `course "${course.slug}" has no lesson "${options.lesson}" (lessons: ${lessons.map((l) => folderOf(l.file)).join(', ')})`
        : `course "${course.slug}" has no lessons yet: create one with pnpm content:new lesson "Title"`,
    );
  const dir = path.join(path.dirname(lesson.file), 'exercises', id);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(exerciseFiles(id)))
    writeFileSync(path.join(dir, name), text, { flag: 'wx' });
  return { id, dir, lessonFile: lesson.file };
}
