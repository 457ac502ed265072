import { readFileSync } from 'node:fs';
import type { MDXContent } from 'mdx/types';
import { compileMdx } from './compile-mdx';
import { type CourseMeta, getLesson, type LessonMeta, listLessons } from './courses';
import { parseLessonSource } from './front-matter';
import { LESSON_COMPONENTS } from './widgets/component-names';

export interface LoadedLesson {
  meta: LessonMeta;
  Content: MDXContent;
  previous: LessonMeta | null;
  next: LessonMeta | null;
}

/** Reads, validates and compiles one lesson, with its neighbours for navigation. */
export async function loadLesson(course: CourseMeta, slug: string): Promise<LoadedLesson | null> {
  const meta = getLesson(course, slug);
  if (!meta) return null;
  const { body } = parseLessonSource(meta.file, readFileSync(meta.file, 'utf8'));
  const Content = await compileMdx(meta.file, body, { components: LESSON_COMPONENTS });
  const lessons = listLessons(course);
  const index = lessons.findIndex((lesson) => lesson.slug === slug);
  return {
    meta,
    Content,
    previous: lessons[index - 1] ?? null,
    next: lessons[index + 1] ?? null,
  };
}
