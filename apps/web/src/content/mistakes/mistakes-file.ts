import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { jsonErrorPlace, locateJson } from '@slope/grader';
import {
  type GradientDiagnosisKind,
  gradientDiagnosisKindSchema,
} from '@slope/grader/grade-result';
import { z } from 'zod';
import type { Problem } from '../check/types';

/** The course file that explains each kind of gradient mistake: `content/<course>/mistakes.json`. */
export const MISTAKES_FILE = 'mistakes.json';

/** The kinds a course must explain: every kind the grader's gradient diagnosis names but `correct`. */
export const MISTAKE_KINDS: readonly GradientDiagnosisKind[] =
  gradientDiagnosisKindSchema.options.filter((kind) => kind !== 'correct');

const SECTION = /^(\d{2}-[a-z0-9-]+)#([^#\s]+)$/;

const entrySchema = z.strictObject({
  explanation: z
    .string()
    .trim()
    .min(1)
    .max(400, 'keep it to one or two sentences (400 characters)'),
  section: z
    .string()
    .regex(
      SECTION,
      'write it as <lesson folder>#<heading id>, e.g. 04-partial-derivatives-and-the-gradient#the-gradient',
    ),
});

/** One row of the table: a kind of mistake, what it usually means, and the section that teaches it. */
export interface MistakeEntry {
  kind: GradientDiagnosisKind;
  explanation: string;
  /** the lesson folder, `04-partial-derivatives-and-the-gradient` */
  lesson: string;
  /** the heading's id on the lesson page, `the-gradient-of-mean-squared-error` */
  anchor: string;
  /** where the entry's `section` is written */
  line: number;
  column: number;
}

export interface MistakesFile {
  file: string;
  /** the entries that are well formed (their links are checked by content:check) */
  entries: MistakeEntry[];
  /** what is wrong with the file itself: JSON, unknown or missing kinds, malformed entries */
  problems: Problem[];
}

/** A course's mistakes.json, read and validated; null when the course has none. */
export function readMistakesFile(courseDir: string): MistakesFile | null {
  const file = path.join(courseDir, MISTAKES_FILE);
  if (!existsSync(/*turbopackIgnore: true*/ file)) return null;
  return parseMistakes(file, readFileSync(/*turbopackIgnore: true*/ file, 'utf8'));
}

/**
 * Validates the text of a mistakes.json: an object with one entry per mistake kind,
 * `{ "explanation": "…", "section": "<lesson folder>#<heading id>" }`. Every problem is
 * returned at its line and column; the well-formed entries are kept.
 *
 * @example
 * parseMistakes(file, '{ "scaled": { "explanation": "…", "section": "04-x#the-gradient" } }')
 * // { entries: [{ kind: 'scaled', lesson: '04-x', anchor: 'the-gradient', … }], problems: [missing kinds] }
 */
export function parseMistakes(file: string, text: string): MistakesFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const place = jsonErrorPlace(text, error) ?? { line: 1, column: 1 };
    return {
      file,
      entries: [],
      problems: [{ file, ...place, message: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return {
      file,
      entries: [],
      problems: [
        { file, line: 1, column: 1, message: 'must be an object with one entry per mistake kind' },
      ],
    };
  }
  const where = locateJson(text);
  const at = (key: string) => ({ file, ...(where.get(key) ?? { line: 1, column: 1 }) });
  const entries: MistakeEntry[] = [];
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(json)) {
    const kind = MISTAKE_KINDS.find((k) => k === key);
    if (!kind) {
      problems.push({
        ...at(key),
        message: `"${key}" is not a mistake kind the grader names (kinds: ${MISTAKE_KINDS.join(', ')})`,
      });
      continue;
    }
    const parsed = entrySchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = [key, ...issue.path.map(String)].join('/');
        problems.push({ ...at(field), message: `${field.replace(/\//g, '.')}: ${issue.message}` });
      }
      continue;
    }
    const [, lesson, anchor] = SECTION.exec(parsed.data.section)!;
    entries.push({
      kind,
      explanation: parsed.data.explanation,
      lesson: lesson!,
      anchor: anchor!,
      ...at(`${key}/section`),
    });
  }
  const missing = MISTAKE_KINDS.filter((kind) => !Object.hasOwn(json, kind));
  if (missing.length) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: `no entry for ${missing.join(', ')}: every kind of mistake the grader names needs an explanation and a section`,
    });
  }
  return { file, entries, problems };
}
