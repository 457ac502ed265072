import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  type CourseMeta,
  type LessonEntry,
  type LessonMeta,
  lessonEntries,
  readCourse,
  readLessonMeta,
} from '../courses';
import { toProblem } from './problem';
import type { Problem } from './types';

export interface IndexedLesson {
  entry: LessonEntry;
  /** the folder name, `04-partial-derivatives-and-the-gradient` */
  folder: string;
  /** null when the front matter does not validate (the problem is in `problem`) */
  meta: LessonMeta | null;
  problem?: Problem;
}

export interface IndexedExercise {
  id: string;
  dir: string;
  lesson: IndexedLesson;
}

export interface IndexedCourse {
  /** the folder name (course.json's slug must match it) */
  slug: string;
  dir: string;
  /** null when course.json does not validate */
  meta: CourseMeta | null;
  problem?: Problem;
  lessons: IndexedLesson[];
  exercises: IndexedExercise[];
}

/**
 * Every course, lesson and exercise folder under a content dir, read far enough to check links
 * and references between them. Problems are recorded, never thrown, so one broken file does not
 * hide the others.
 */
export function indexContent(dir: string): IndexedCourse[] {
  if (!existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() &&
        existsSync(/*turbopackIgnore: true*/ path.join(dir, entry.name, 'course.json')),
    )
    .map((entry) => indexCourse(path.join(dir, entry.name)))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** One course folder, indexed as {@link indexContent} does. */
export function indexCourse(dir: string): IndexedCourse {
  const slug = path.basename(dir);
  let meta: CourseMeta | null = null;
  let problem: Problem | undefined;
  try {
    meta = readCourse(dir);
  } catch (error) {
    problem = toProblem(path.join(dir, 'course.json'), error);
  }
  // Lessons are listed even when course.json is broken: their own problems still show.
  const course: CourseMeta = meta ?? { slug, title: slug, summary: '', dir };
  const lessons = lessonEntries(course).map((entry): IndexedLesson => {
    const folder = path.basename(path.dirname(entry.file));
    try {
      return { entry, folder, meta: readLessonMeta(course, entry) };
    } catch (error) {
      return { entry, folder, meta: null, problem: toProblem(entry.file, error) };
    }
  });
  const exercises = lessons.flatMap((lesson) => {
    const exercisesDir = path.join(path.dirname(lesson.entry.file), 'exercises');
    if (!existsSync(/*turbopackIgnore: true*/ exercisesDir)) return [];
    return readdirSync(/*turbopackIgnore: true*/ exercisesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => ({ id: entry.name, dir: path.join(exercisesDir, entry.name), lesson }))
      .sort((a, b) => a.id.localeCompare(b.id));
  });
  return { slug, dir, meta, ...(problem ? { problem } : {}), lessons, exercises };
}
