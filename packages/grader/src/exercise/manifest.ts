import { z } from 'zod';
import { jsonErrorPlace, locateJson } from './json-locations.ts';

const identifier = z
  .string()
  .regex(/^[A-Za-z_$][\w$]*$/, 'must be a JavaScript identifier, e.g. "grad"');

/**
 * How an argument is handed to learner code: `number`; `vector` = `number[]`; `matrix` =
 * `number[][]`; `array` = nested arrays of any rank; `float64array` = a flat `Float64Array`.
 */
export const paramTypeSchema = z.enum(['number', 'vector', 'matrix', 'array', 'float64array']);
export type ParamType = z.infer<typeof paramTypeSchema>;

export const manifestSchema = z
  .object({
    /** kebab-case, unique within the course */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be kebab-case, e.g. "mse-gradient"'),
    title: z.string().min(1),
    /** points for a perfect score, split over the hidden tests by their weights */
    points: z.number().positive(),
    signature: z
      .object({
        name: identifier,
        params: z
          .array(z.object({ name: identifier, type: paramTypeSchema }).strict())
          .min(1)
          .max(8),
      })
      .strict(),
    limits: z
      .object({
        /** time for loading the module and running every hidden test */
        timeMs: z.number().int().min(50).max(30_000).default(2000),
        memoryMb: z.number().int().min(8).max(512).default(64),
      })
      .strict()
      .default({ timeMs: 2000, memoryMb: 64 }),
    attempts: z
      .object({
        /** null: unlimited */
        max: z.number().int().positive().nullable().default(null),
        /** score fraction lost per attempt after the first, e.g. 0.05 */
        penaltyPerAttempt: z.number().min(0).max(1).default(0),
      })
      .strict()
      .default({ max: null, penaltyPerAttempt: 0 }),
    feedback: z
      .discriminatedUnion('visibility', [
        z.object({ visibility: z.literal('full') }).strict(),
        z.object({ visibility: z.literal('summary') }).strict(),
        z
          .object({ visibility: z.literal('after-due'), due: z.iso.datetime({ offset: true }) })
          .strict(),
      ])
      .default({ visibility: 'full' }),
    /** when the hints of `hints.md` open (the learning aids; the grader does not use them) */
    hints: z
      .object({
        /**
         * hint i opens by itself after openAfterFailed[i] failed attempts (non-decreasing);
         * hints beyond the list open only on request
         */
        openAfterFailed: z
          .array(z.number().int().positive())
          .max(20)
          .refine((list) => list.every((n, i) => i === 0 || n >= (list[i - 1] ?? 0)), {
            message: 'must not decrease: hint i + 1 cannot open before hint i',
          })
          .default([]),
        /** score fraction taken from later submissions per hint asked for before it opened */
        requestPenalty: z.number().min(0).max(1).default(0),
      })
      .strict()
      .default({ openAfterFailed: [], requestPenalty: 0 }),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

/** A problem in an exercise's files, located for the content checker. */
export interface ContentError {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Thrown by loadExercise: every problem found, each with file, line and column. */
export class ExerciseError extends Error {
  constructor(
    readonly dir: string,
    readonly errors: ContentError[],
  ) {
    super(
      `Invalid exercise ${dir}:\n${errors.map((e) => `  ${e.file}:${e.line}:${e.column} ${e.message}`).join('\n')}`,
    );
    this.name = 'ExerciseError';
  }
}

/**
 * Parses and validates a manifest's text. Errors carry the line and column of the offending
 * value (or of its parent object for a missing key).
 */
export function parseManifest(
  text: string,
  file = 'manifest.json',
): { ok: true; manifest: Manifest } | { ok: false; errors: ContentError[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = jsonErrorPlace(text, err) ?? { line: 0, column: 0 };
    return { ok: false, errors: [{ file, ...pos, message: `invalid JSON: ${message}` }] };
  }
  const parsed = manifestSchema.safeParse(raw);
  if (parsed.success) return { ok: true, manifest: parsed.data };
  const where = locateJson(text);
  const errors = parsed.error.issues.map((issue) => {
    const path = issue.path.map(String);
    let loc: { line: number; column: number } | undefined;
    for (let n = path.length; n >= 0 && !loc; n--) loc = where.get(path.slice(0, n).join('/'));
    const name = path.length > 0 ? `"${path.join('.')}"` : 'manifest';
    return {
      file,
      line: loc?.line ?? 0,
      column: loc?.column ?? 0,
      message: `${name}: ${issue.message}`,
    };
  });
  return { ok: false, errors };
}
