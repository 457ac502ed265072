import { readFileSync, statSync } from 'node:fs';
import { parseLessonSource } from './front-matter';
import { headingsOf, type LessonHeading } from './heading-ids';
import { parseMdxTree } from './mdx-tree';

const cache = new Map<string, { mtimeMs: number; headings: LessonHeading[] }>();

/**
 * The headings of a lesson file (read again only when it changes); none when the file does not
 * parse (content:check says why).
 */
export function lessonHeadings(file: string): LessonHeading[] {
  const { mtimeMs } = statSync(/*turbopackIgnore: true*/ file);
  const cached = cache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.headings;
  let headings: LessonHeading[] = [];
  try {
    const { body } = parseLessonSource(file, readFileSync(/*turbopackIgnore: true*/ file, 'utf8'));
    headings = headingsOf(parseMdxTree(file, body));
  } catch {
    headings = [];
  }
  cache.set(file, { mtimeMs, headings });
  return headings;
}
