import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { lessonLinkTarget } from '../lesson-links';
import { parseMdxTree } from '../mdx-tree';
import type { IndexedCourse, IndexedLesson } from './content-index';
import type { Problem } from './types';

/**
 * Checks every Markdown link from one lesson to another (`/courses/<course>/<lesson>` or
 * `../NN-slug`): the course and lesson must exist, and a published lesson must not link to a
 * draft (learners would get a 404). An MDX syntax error is left to the compiler to report.
 */
export function checkLessonLinks(
  lesson: IndexedLesson,
  body: string,
  courses: readonly IndexedCourse[],
): Problem[] {
  const file = lesson.entry.file;
  let tree: Root;
  try {
    tree = parseMdxTree(file, body);
  } catch {
    return [];
  }
  const problems: Problem[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const target = lessonLinkTarget(node.url, file);
    if (!target) return;
    const at = {
      file,
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
    };
    const course = courses.find((candidate) => candidate.slug === target.course);
    if (!course) {
      const known = courses.map((c) => c.slug).join(', ');
      problems.push({
        ...at,
        message: `broken link ${node.url}: there is no course "${target.course}" (courses: ${known})`,
      });
      return;
    }
    if (!target.folder && !target.slug) return;
    const linked = course.lessons.find((candidate) =>
      target.folder ? candidate.folder === target.folder : candidate.entry.slug === target.slug,
    );
    if (!linked) {
      const what = target.folder ? `folder ${target.folder}` : `lesson "${target.slug}"`;
      problems.push({
        ...at,
        message: `broken link ${node.url}: course "${course.slug}" has no ${what} (lessons: ${course.lessons.map((l) => l.folder).join(', ')})`,
      });
      return;
    }
    if (linked.meta?.draft && !lesson.meta?.draft) {
      problems.push({
        ...at,
        message: `link ${node.url} points at draft lesson ${linked.folder}: learners would get a 404 (publish it or remove the link)`,
      });
    }
  });
  return problems;
}
