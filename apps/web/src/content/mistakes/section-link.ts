import type { IndexedLesson } from '../check/content-index';
import type { LessonHeading } from '../heading-ids';
import { lessonHeadings } from '../lesson-headings';
import type { MistakeEntry } from './mistakes-file';

export type SectionLink =
  | { ok: true; lesson: IndexedLesson; heading: LessonHeading }
  | { ok: false; reason: string };

/**
 * The lesson section a mistake entry points at, or why it cannot be linked: no such lesson, a
 * draft (learners would get a 404), or no heading with that id.
 */
export function resolveSection(
  entry: Pick<MistakeEntry, 'lesson' | 'anchor'>,
  lessons: readonly IndexedLesson[],
): SectionLink {
  const section = `${entry.lesson}#${entry.anchor}`;
  const lesson = lessons.find((candidate) => candidate.folder === entry.lesson);
  if (!lesson) {
    return {
      ok: false,
      reason: `${section}: the course has no lesson folder ${entry.lesson} (lessons: ${lessons.map((l) => l.folder).join(', ')})`,
    };
  }
  if (lesson.meta?.draft) {
    return {
      ok: false,
      reason: `${section}: lesson ${entry.lesson} is a draft, learners would get a 404 (publish it or link another lesson)`,
    };
  }
  const headings = lessonHeadings(lesson.entry.file);
  const heading = headings.find((candidate) => candidate.id === entry.anchor);
  if (!heading) {
    return {
      ok: false,
      reason: `${section}: ${entry.lesson}/index.mdx has no heading with id "${entry.anchor}" (its headings: ${headings.map((h) => `#${h.id}`).join(', ') || 'none'})`,
    };
  }
  return { ok: true, lesson, heading };
}
