import { readMistakesFile } from '../mistakes/mistakes-file';
import { resolveSection } from '../mistakes/section-link';
import type { IndexedCourse } from './content-index';
import type { CheckItem, Problem } from './types';

/**
 * Checks a course's mistakes.json (when it has one): well-formed entries, every mistake kind the
 * grader names and no other, and each `section` pointing at a published lesson of the course
 * and a heading that lesson has.
 */
export function checkMistakes(course: IndexedCourse): CheckItem | null {
  const t0 = performance.now();
  const mistakes = readMistakesFile(course.dir);
  if (!mistakes) return null;
  const problems: Problem[] = [...mistakes.problems];
  for (const entry of mistakes.entries) {
    const link = resolveSection(entry, course.lessons);
    if (!link.ok) {
      problems.push({
        file: mistakes.file,
        line: entry.line,
        column: entry.column,
        message: `"${entry.kind}" section ${link.reason}`,
      });
    }
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    kind: 'mistakes',
    course: course.slug,
    name: `${course.slug}/mistakes.json`,
    file: mistakes.file,
    status: problems.length ? 'failed' : 'ok',
    detail: `${mistakes.entries.length} mistake kinds explained`,
    problems,
    timeMs: performance.now() - t0,
  };
}
