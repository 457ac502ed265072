import matter from 'gray-matter';
import { z } from 'zod';
import { ContentError } from './content-error';

export const lessonFrontMatterSchema = z.object({
  title: z.string().min(1),
  summary: z.string().min(1),
  objectives: z.array(z.string().min(1)).min(1),
  minutes: z.number().int().positive(),
  draft: z.boolean().default(false),
});
export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>;

export interface ParsedLessonSource {
  frontMatter: LessonFrontMatter;
  /** The MDX body with the front matter blanked out, so line numbers match the file. */
  body: string;
}

const FENCE = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/;

/** Splits and validates a lesson's front matter; errors point at the file and field. */
export function parseLessonSource(file: string, source: string): ParsedLessonSource {
  const block = FENCE.exec(source);
  if (!block) {
    throw new ContentError(file, 1, 1, 'missing front matter: start the file with a --- block');
  }
  let data: unknown;
  try {
    data = matter(source).data;
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    throw new ContentError(
      file,
      mark?.line !== undefined ? mark.line + 1 : 1,
      mark?.column !== undefined ? mark.column + 1 : 1,
      `front matter is not valid YAML: ${(error as { reason?: string }).reason ?? String(error)}`,
    );
  }
  const parsed = lessonFrontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.');
    throw new ContentError(
      file,
      lineOfKey(block[0], String(issue.path[0] ?? '')),
      1,
      `front matter ${field || '(root)'}: ${issue.message}`,
    );
  }
  const lines = block[0].split('\n').length - 1;
  return { frontMatter: parsed.data, body: '\n'.repeat(lines) + source.slice(block[0].length) };
}

function lineOfKey(block: string, key: string): number {
  const index = block.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index >= 0 ? index + 1 : 1;
}
