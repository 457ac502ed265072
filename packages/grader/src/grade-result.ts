import { z } from 'zod';

/**
 * The grade result contract: the one shape every grading path returns (in-process pool,
 * queue workers) and the one shape the web app stores and `@slope/ui` renders. Validated
 * with zod at every boundary. JSON-safe: non-finite numbers travel as `null`.
 */

/** Where learner code failed to parse or did not match the expected signature. */
export const formatErrorSchema = z.object({
  file: z.string(),
  /** 1-based; 0 when the problem has no place (e.g. a missing export) */
  line: z.number().int().min(0),
  column: z.number().int().min(0),
  message: z.string(),
});
export type FormatError = z.infer<typeof formatErrorSchema>;

/**
 * How one test ended. `timeout`, `memory` and `error` name the test where the learner's code
 * ran out of time, ran out of memory or threw.
 */
export const testStatusSchema = z.enum(['passed', 'failed', 'error', 'timeout', 'memory']);
export type TestStatus = z.infer<typeof testStatusSchema>;

/**
 * The classified mistake in a gradient: the JSON of `@slope/numeric`'s `GradientDiagnosis`
 * (kinds and fields as that package names them).
 */
export const gradientDiagnosisKindSchema = z.enum([
  'correct',
  'not-numbers',
  'wrong-shape',
  'transposed',
  'not-finite',
  'zero',
  'wrong-sign',
  'scaled',
  'permuted',
  'shifted',
  'wrong-components',
  'wrong',
]);
export type GradientDiagnosisKind = z.infer<typeof gradientDiagnosisKindSchema>;

const multiIndex = z.array(z.number().int().min(0));

export const gradientDiagnosisSchema = z.object({
  ok: z.boolean(),
  kind: gradientDiagnosisKindSchema,
  /** one sentence a learner understands, e.g. "Your gradient is ×2 the true one …" */
  message: z.string(),
  expectedShape: multiIndex,
  gotShape: multiIndex.nullable(),
  maxRelativeError: z.number().nullable(),
  worstIndex: multiIndex.nullable(),
  /** per-component relative errors (row-major); may be left out to keep results small */
  relativeErrors: z.array(z.number()).nullable().optional(),
  scale: z.number().optional(),
  /** e.g. "×2", "×½" */
  scaleLabel: z.string().optional(),
  wrongComponents: z.array(multiIndex).optional(),
  nonFinite: z
    .array(z.object({ index: multiIndex, value: z.enum(['NaN', 'Infinity', '-Infinity']) }))
    .optional(),
  moved: z.array(z.object({ index: multiIndex, expectedAt: multiIndex })).optional(),
  /** for `shifted`: got[…, j] holds expected[…, j + shift] */
  shift: z.union([z.literal(1), z.literal(-1)]).optional(),
  badEntry: z.object({ index: multiIndex, detail: z.string() }).optional(),
});
export type GradientDiagnosis = z.infer<typeof gradientDiagnosisSchema>;

const seriesSchema = z.object({
  name: z.string(),
  /** one value per step; null where the value was NaN or infinite */
  values: z.array(z.number().nullable()),
});

export const diagnosticSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('gradient'), diagnosis: gradientDiagnosisSchema }),
  z.object({
    kind: z.literal('values'),
    /**
     * short previews, already formatted for display; `expected` only where it may be shown
     * (never for a hidden case: see the grader's runner/disclosure.ts)
     */
    expected: z.string().optional(),
    got: z.string(),
    tolerance: z.string().optional(),
  }),
  z.object({
    kind: z.literal('loss-curve'),
    title: z.string(),
    series: z.array(seriesSchema).min(1),
    logScale: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('note'), text: z.string() }),
]);
export type Diagnostic = z.infer<typeof diagnosticSchema>;

export const testResultSchema = z.object({
  name: z.string(),
  status: testStatusSchema,
  passed: z.boolean(),
  points: z.number().min(0),
  maxPoints: z.number().min(0),
  message: z.string(),
  diagnostics: z.array(diagnosticSchema).optional(),
  timeMs: z.number().min(0).optional(),
});
export type TestResult = z.infer<typeof testResultSchema>;

export const gradeResultSchema = z.object({
  /** false when the code could not be run at all (syntax error, wrong signature): see formatErrors */
  gradable: z.boolean(),
  /** 0..1, the sum of points over the sum of maxPoints */
  score: z.number().min(0).max(1),
  tests: z.array(testResultSchema),
  formatErrors: z.array(formatErrorSchema).optional(),
  /** captured console output, truncated */
  output: z.string().optional(),
  outputTruncated: z.boolean().optional(),
  timeMs: z.number().min(0),
});
export type GradeResult = z.infer<typeof gradeResultSchema>;
