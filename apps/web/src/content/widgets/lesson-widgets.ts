import { readFileSync, statSync } from 'node:fs';
import { type CourseMeta, getCourse, getLesson, type LessonMeta } from '../courses';
import { parseLessonSource } from '../front-matter';
import { extractWidgets, type LessonWidgets } from './extract-widgets';

const cache = new Map<string, { mtimeMs: number; widgets: LessonWidgets }>();

/** The widgets of one lesson file, re-read when the file changes (author edits in dev). */
export function widgetsOf(lesson: LessonMeta): LessonWidgets {
  const { mtimeMs } = statSync(/*turbopackIgnore: true*/ lesson.file);
  const hit = cache.get(lesson.file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.widgets;
  const { body } = parseLessonSource(
    lesson.file,
    readFileSync(/*turbopackIgnore: true*/ lesson.file, 'utf8'),
  );
  const widgets = extractWidgets(lesson.file, body);
  cache.set(lesson.file, { mtimeMs, widgets });
  return widgets;
}

export interface LessonRef {
  course: CourseMeta;
  lesson: LessonMeta;
  widgets: LessonWidgets;
}

/** A published lesson by slugs, with its widgets; null when there is no such lesson. */
export function findLesson(courseSlug: string, lessonSlug: string, dir?: string): LessonRef | null {
  const course = getCourse(courseSlug, dir);
  const lesson = course && getLesson(course, lessonSlug);
  if (!course || !lesson) return null;
  return { course, lesson, widgets: widgetsOf(lesson) };
}
