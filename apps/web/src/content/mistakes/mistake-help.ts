import type { MistakeHelpTable } from '@slope/ui/grade-result-panel';
import { indexCourse } from '../check/content-index';
import type { CourseMeta } from '../courses';
import { lessonLinkHref } from '../lesson-links';
import { readMistakesFile } from './mistakes-file';
import { resolveSection } from './section-link';

/**
 * The course's help for each kind of gradient mistake, ready for the result panel: the
 * explanation, the lesson section's URL and a link text naming it. Entries content:check would
 * reject are left out. Nothing here depends on an exercise or its hidden tests.
 *
 * @example
 * mistakeHelpFor(course).scaled
 * // { explanation: 'Every component is off by the same factor…',
 * //   href: '/courses/calculus-for-ml/partial-derivatives-and-the-gradient#the-gradient-of-mean-squared-error',
 * //   linkText: 'Lesson 4: “The gradient of mean squared error”' }
 */
export function mistakeHelpFor(course: CourseMeta): MistakeHelpTable {
  const mistakes = readMistakesFile(course.dir);
  if (!mistakes) return {};
  const { lessons } = indexCourse(course.dir);
  const table: MistakeHelpTable = {};
  for (const entry of mistakes.entries) {
    const link = resolveSection(entry, lessons);
    if (!link.ok) continue;
    table[entry.kind] = {
      explanation: entry.explanation,
      href: lessonLinkHref({
        course: course.slug,
        folder: entry.lesson,
        suffix: `#${entry.anchor}`,
      }),
      linkText: `Lesson ${link.lesson.entry.position}: “${link.heading.text}”`,
    };
  }
  return table;
}
