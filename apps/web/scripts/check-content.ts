/**
 * Compiles every lesson (drafts included) before `next build`, listing each problem as
 * file:line:column so an author sees all of them at once. Exit code 1 on any problem.
 *
 *   tsx scripts/check-content.ts [content-dir]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileMdx } from '../src/content/compile-mdx';
import { ContentError } from '../src/content/content-error';
import { contentDir, lessonEntries, listCourses, readLessonMeta } from '../src/content/courses';
import { parseLessonSource } from '../src/content/front-matter';
import { LESSON_COMPONENTS } from '../src/content/widgets/component-names';
import { extractWidgets } from '../src/content/widgets/extract-widgets';

async function main(dir: string): Promise<number> {
  const problems: string[] = [];
  let lessons = 0;
  try {
    for (const course of listCourses(dir)) {
      for (const entry of lessonEntries(course)) {
        lessons++;
        try {
          readLessonMeta(course, entry);
          const { body } = parseLessonSource(entry.file, readFileSync(entry.file, 'utf8'));
          await compileMdx(entry.file, body, { components: LESSON_COMPONENTS });
          extractWidgets(entry.file, body);
        } catch (error) {
          problems.push(error instanceof ContentError ? error.message : String(error));
        }
      }
    }
  } catch (error) {
    problems.push(error instanceof ContentError ? error.message : String(error));
  }
  for (const problem of problems) console.error(`✗ ${problem}`);
  if (problems.length) {
    console.error(`\n${problems.length} problem(s) in content; fix them and build again.`);
    return 1;
  }
  console.log(`✓ ${lessons} lesson(s) compiled without problems`);
  return 0;
}

const dir = process.argv[2] ? path.resolve(process.argv[2]) : contentDir();
process.exitCode = await main(dir);
