import 'server-only';
import { readFileSync } from 'node:fs';
import { type CourseMeta, getCourse, listCourses, listLessons } from '../../content/courses';

export interface DraftChoice {
  /** `<course>/<slug>`, the value of `?lesson=` */
  value: string;
  label: string;
}

const LESSON_PARAM = /^([a-z0-9-]+)\/([a-z0-9-]+)$/;

/**
 * Every lesson an author may open in the preview, drafts included. A course whose lessons do
 * not list (a broken front matter) is reported rather than hiding the page.
 */
export function draftChoices(): { choices: DraftChoice[]; problem: string | null } {
  const choices: DraftChoice[] = [];
  let problem: string | null = null;
  for (const course of listCourses()) {
    try {
      for (const lesson of listLessons(course, { includeDrafts: true })) {
        choices.push({
          value: `${course.slug}/${lesson.slug}`,
          label: `${course.title} · ${lesson.position}. ${lesson.title}${lesson.draft ? ' (draft)' : ''}`,
        });
      }
    } catch (error) {
      problem = `Some lessons of ${course.title} could not be listed: ${(error as Error).message}`;
    }
  }
  return { choices, problem };
}

/** The MDX source of `<course>/<slug>` (drafts included), or null when there is no such lesson. */
export function readDraftSource(param: string): string | null {
  const match = LESSON_PARAM.exec(param);
  if (!match) return null;
  const course: CourseMeta | null = getCourse(match[1]!);
  if (!course) return null;
  const lesson = listLessons(course, { includeDrafts: true }).find((l) => l.slug === match[2]);
  return lesson ? readFileSync(/*turbopackIgnore: true*/ lesson.file, 'utf8') : null;
}
