/**
 * Scaffolds content that passes content:check.
 *
 *   tsx scripts/content-new.ts lesson "Title" [--slug <slug>] [--course <course>]
 *   tsx scripts/content-new.ts exercise <id> [--lesson NN-slug] [--course <course>]
 *
 * --dir <content-dir> writes somewhere other than the repository's content/ (tests).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findRepoRoot } from '@slope/db';
import { contentDir } from '../src/content/courses';
import { newExercise, newLesson, ScaffoldError } from '../src/content/scaffold';

const USAGE = `usage:
  pnpm content:new lesson "Title" [--slug <slug>] [--course <course>]
  pnpm content:new exercise <id> [--lesson NN-slug] [--course <course>]`;

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      course: { type: 'string' },
      lesson: { type: 'string' },
      slug: { type: 'string' },
      dir: { type: 'string' },
    },
  });
  const dir = values.dir ? path.resolve(values.dir) : contentDir();
  const root = findRepoRoot();
  const show = (file: string) => {
    const relative = path.relative(root, file);
    return relative.startsWith('..') ? file : relative;
  };
  const [kind, name, ...rest] = positionals;
  if (!kind || !name || rest.length) {
    console.error(USAGE);
    return 2;
  }
  if (kind === 'lesson') {
    const lesson = newLesson({
      dir,
      title: name,
      ...(values.course ? { course: values.course } : {}),
      ...(values.slug ? { slug: values.slug } : {}),
    });
    console.log(`Created ${show(lesson.file)} (a draft: learners do not see it yet).
Preview it at /author/preview?lesson=${lesson.course}/${lesson.folder.slice(3)}
Fill in the TODOs, remove \`draft: true\` to publish, and run: pnpm content:check`);
    return 0;
  }
  if (kind === 'exercise') {
    const exercise = newExercise({
      dir,
      id: name,
      ...(values.course ? { course: values.course } : {}),
      ...(values.lesson ? { lesson: values.lesson } : {}),
    });
    console.log(`Created ${show(exercise.dir)}/ (manifest.json, prompt.mdx, starter.ts, solution.ts, tests.ts, examples.json):
a small working exercise that passes the proof; edit it into yours.
Put it in the lesson, in ${show(exercise.lessonFile)}:

  <Exercise id="${exercise.id}" />

Then run: pnpm content:check`);
    return 0;
  }
  console.error(`unknown kind "${kind}": lesson or exercise\n${USAGE}`);
  return 2;
}

try {
  process.exitCode = main();
} catch (error) {
  if (!(error instanceof ScaffoldError) && !(error instanceof TypeError)) throw error;
  console.error(`content:new: ${error.message}`);
  process.exitCode = 1;
}
