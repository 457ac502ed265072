import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lessonEntries } from '../courses';
import { pickCourse } from './pick-course';
import { ScaffoldError, SLUG, slugify } from './slug';

export interface NewLessonOptions {
  /** the content dir */
  dir: string;
  title: string;
  course?: string;
  /** defaults to the title, slugified */
  slug?: string;
}

export interface NewLesson {
  course: string;
  folder: string;
  file: string;
}

/**
 * Creates `<course>/<NN+1>-<slug>/index.mdx`: front matter with TODOs and a skeleton body that
 * passes content:check. The lesson starts as a draft (learners do not see it; authors preview
 * it at /author/preview).
 *
 * @example
 * newLesson({ dir: contentDir(), title: 'Second derivatives' })
 * // { course: 'calculus-for-ml', folder: '12-second-derivatives', file: '…/index.mdx' }
 */
export function newLesson(options: NewLessonOptions): NewLesson {
  const title = options.title.trim();
  if (!title) throw new ScaffoldError('give the lesson a title: pnpm content:new lesson "Title"');
  const slug = options.slug ?? slugify(title);
  if (!SLUG.test(slug))
    throw new ScaffoldError(
      `"${slug}" is not a valid lesson slug: use lowercase letters, digits and single dashes (pass --slug)`,
    );
  const course = pickCourse(options.dir, options.course);
  const lessons = lessonEntries(course);
  const existing = lessons.find((lesson) => lesson.slug === slug);
  if (existing)
    throw new ScaffoldError(
      `course "${course.slug}" already has a lesson "${slug}" (${path.relative(options.dir, path.dirname(existing.file))}): choose another title or --slug`,
    );
  const position = Math.max(0, ...lessons.map((lesson) => lesson.position)) + 1;
  if (position > 99) throw new ScaffoldError(`course "${course.slug}" already has 99 lessons`);
  const folder = `${String(position).padStart(2, '0')}-${slug}`;
  const file = path.join(course.dir, folder, 'index.mdx');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, lessonTemplate(title), { flag: 'wx' });
  return { course: course.slug, folder, file };
}

function lessonTemplate(title: string): string {
  return `---
title: ${JSON.stringify(title)}
summary: "TODO: one or two sentences on what this lesson teaches and why it matters."
objectives:
  - "TODO: what a learner will be able to do, starting with a verb"
minutes: 10
draft: true
---

{/* Remove \`draft: true\` above to publish the lesson. Check it with: pnpm content:check */}

## TODO: first idea

Start from something the learner already knows. Math goes between dollar signs: $f'(x)$ inline,
or on its own lines:

$$
f'(x) = \\lim_{h \\to 0} \\frac{f(x + h) - f(x)}{h}
$$

<Callout kind="tip">
  TODO: a tip, a definition or a warning. Other widgets: \`<Quiz>\`, \`<Ordering>\`, \`<Match>\`,
  \`<FunctionPlot fn="square" />\`, \`<ContourPlot surface="bowl" />\`, \`<LineChart>\`, and
  \`<Exercise id="…" />\` (create one with \`pnpm content:new exercise my-exercise\`).
</Callout>
`;
}
