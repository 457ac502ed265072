import {
  checkFormula,
  checkGrid,
  compileFormulaQuestion,
  compileGridQuestion,
  FormulaError,
  type FormulaQuestion,
  type GridQuestion,
  proveFormulaQuestion,
  proveGridQuestion,
  toLatex,
  type Understood,
} from '@slope/numeric/expr';
import { z } from 'zod';
import type { MathHtml } from '../math/math-html.ts';
import { renderMathIn } from '../math/render-math.ts';
import { type AttemptState, attemptState, maxAttemptsSchema } from '../shared/attempts.ts';
import { type SpecValidation, validateWith } from '../shared/spec-utils.ts';
import {
  allVariants,
  atSeed,
  atValues,
  MAX_VARIANTS,
  paramsSchema,
  unknownParams,
} from './variants.ts';

/**
 * Formula, number and matrix answers, server side: the authoring specs (with the key), the
 * props the browser gets (without it), and the checks. The learner types LaTeX (MathLive) or
 * plain text; `@slope/numeric/expr` reads both, compares with the key at sampled points and
 * names the slip. An answer that cannot be read is returned as not understood and is not an
 * attempt (`counted: false`).
 */

const text = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, `${what} must not be empty`);

/**
 * `{ x: 'scalar', X: 'n×d', w: 'd', A: 'd×d symmetric', t: 'scalar in [0, 1]' }`, and class
 * targets `y: 'k one-hot'` or `p: 'k distribution'` (read by `declareSymbol`)
 */
const symbolsSchema = z.record(z.string(), z.string()).default({});
const toleranceSchema = z
  .object({ rtol: z.number().positive().optional(), atol: z.number().nonnegative().optional() })
  .strict()
  .optional();
const common = {
  id: z.string().min(1).optional(),
  /** the question, with `$…$` math */
  stem: text('stem'),
  /** shown once the question is finished (right, or out of attempts) */
  explanation: z.string().optional(),
  maxAttempts: maxAttemptsSchema,
  /** values drawn per learner, written `@name` in the texts and formulas (see variants.ts) */
  params: paramsSchema,
};

export const formulaSpecSchema = z
  .object({
    ...common,
    symbols: symbolsSchema,
    /** the key: a formula in the symbols, plain text or LaTeX */
    answer: text('answer'),
    /** the function differentiated and the symbol, to name "that is the function itself" etc. */
    of: z.string().optional(),
    wrt: z.string().optional(),
    /** expected wrong answers and their feedback, checked before the automatic slips */
    wrong: z
      .array(z.object({ answer: text('wrong answer'), feedback: text('feedback') }))
      .default([]),
    tolerance: toleranceSchema,
    /** e.g. `2*x*sin(x)`: how to type such an answer in plain text */
    example: z.string().optional(),
  })
  .strict();

export const numericSpecSchema = z
  .object({
    ...common,
    /** the key: a number, or a formula of numbers (`2/3`, `\frac{2}{L}` with L given as a number) */
    answer: z.union([z.number(), text('answer')]),
    /** default: 0.1% relative */
    tolerance: toleranceSchema,
    wrong: z
      .array(z.object({ answer: text('wrong answer'), feedback: text('feedback') }))
      .default([]),
  })
  .strict();

const gridSchema = z
  .array(z.array(z.union([z.number(), text('entry')])).min(1), {
    error: 'must be rows of entries',
  })
  .min(1)
  .max(6, 'at most 6 rows');

export const matrixSpecSchema = z
  .object({
    ...common,
    symbols: symbolsSchema,
    /** rows of entries: formulas in scalar symbols, or numbers */
    answer: gridSchema,
    /** expected wrong matrices and their feedback, checked before the automatic slips */
    wrong: z.array(z.object({ answer: gridSchema, feedback: text('feedback') })).default([]),
    tolerance: toleranceSchema,
    /** labels of the rows and columns (e.g. the outputs and the inputs of a Jacobian) */
    rowLabels: z.array(z.string()).optional(),
    colLabels: z.array(z.string()).optional(),
  })
  .strict();

export type FormulaSpec = z.infer<typeof formulaSpecSchema>;
export type NumericSpec = z.infer<typeof numericSpecSchema>;
export type MatrixSpec = z.infer<typeof matrixSpecSchema>;

/** Validates authored props and proves the question compiles (the key parses, is defined…). */
export function validateFormulaSpec(input: unknown): SpecValidation<FormulaSpec> {
  return withQuestion(validateWith(formulaSpecSchema, input), formulaQuestion);
}
export function validateNumericSpec(input: unknown): SpecValidation<NumericSpec> {
  return withQuestion(validateWith(numericSpecSchema, input), numericQuestion);
}
export function validateMatrixSpec(input: unknown): SpecValidation<MatrixSpec> {
  return withQuestion(validateWith(matrixSpecSchema, input), gridQuestion);
}

/** The spec is valid, and so is the question of every variant (each compiled once here). */
function withQuestion<S extends { params?: Record<string, number[]> | undefined }>(
  validation: SpecValidation<S>,
  compile: (spec: S) => unknown,
) {
  if (!validation.ok) return validation;
  const spec = validation.spec;
  const params = spec.params ?? {};
  const unknown = unknownParams(JSON.stringify(spec), params);
  if (unknown.length)
    return {
      ok: false as const,
      issues: [{ prop: 'params', message: `@${unknown[0]} is used but not declared in params` }],
    };
  const variants = allVariants(params);
  if (!variants)
    return {
      ok: false as const,
      issues: [{ prop: 'params', message: `more than ${MAX_VARIANTS} combinations of values` }],
    };
  for (const values of variants) {
    try {
      compile(atValues(spec, values));
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
      const which = Object.keys(values).length ? ` (with ${JSON.stringify(values)})` : '';
      return {
        ok: false as const,
        issues: [{ prop: 'answer', message: `${error.message}${which}` }],
      };
    }
  }
  return validation;
}

// Compiled once per spec object (the lesson's widgets are read once and kept).
const compiled = new WeakMap<object, FormulaQuestion | GridQuestion>();
function cached<Q extends FormulaQuestion | GridQuestion>(spec: object, make: () => Q): Q {
  let q = compiled.get(spec) as Q | undefined;
  if (!q) {
    q = make();
    compiled.set(spec, q);
  }
  return q;
}

const seedOf = (spec: { id?: string | undefined; stem: string }) => spec.id ?? spec.stem;

export function formulaQuestion(spec: FormulaSpec): FormulaQuestion {
  return cached(spec, () =>
    compileFormulaQuestion({
      seed: seedOf(spec),
      answer: spec.answer,
      symbols: spec.symbols,
      ...(spec.of === undefined ? {} : { of: spec.of }),
      ...(spec.wrt === undefined ? {} : { wrt: spec.wrt }),
      wrong: spec.wrong,
      ...(spec.tolerance ? { tolerance: spec.tolerance } : {}),
    }),
  );
}

export function numericQuestion(spec: NumericSpec): FormulaQuestion {
  return cached(spec, () =>
    compileFormulaQuestion({
      seed: seedOf(spec),
      answer: spec.answer,
      wrong: spec.wrong,
      tolerance: { rtol: 1e-3, atol: 1e-12, ...spec.tolerance },
    }),
  );
}

export function gridQuestion(spec: MatrixSpec): GridQuestion {
  return cached(spec, () =>
    compileGridQuestion({
      seed: seedOf(spec),
      answer: spec.answer,
      symbols: spec.symbols,
      wrong: spec.wrong,
      ...(spec.tolerance ? { tolerance: spec.tolerance } : {}),
    }),
  );
}

/** What the browser receives: the stem and the symbols (to preview what it understood). */
export interface FormulaProps {
  id?: string;
  stem: string;
  /** name → declared shape, as the author wrote it (not secret: the stem states them) */
  symbols: Record<string, string>;
  maxAttempts: number | null;
  example?: string;
  math?: MathHtml;
}
export type NumericProps = Omit<FormulaProps, 'symbols' | 'example'>;
export interface MatrixProps extends Omit<FormulaProps, 'example'> {
  rows: number;
  cols: number;
  rowLabels?: string[];
  colLabels?: string[];
}

/** The props of the question as a learner with `seed` sees it (null: a visitor). */
export function toFormulaProps(base: FormulaSpec, seed: number | null = null): FormulaProps {
  const spec = atSeed(base, seed);
  return {
    ...(spec.id ? { id: spec.id } : {}),
    stem: spec.stem,
    symbols: spec.symbols,
    maxAttempts: spec.maxAttempts,
    ...(spec.example ? { example: spec.example } : {}),
    math: renderMathIn([spec.stem]),
  };
}
export function toNumericProps(base: NumericSpec, seed: number | null = null): NumericProps {
  const spec = atSeed(base, seed);
  return {
    ...(spec.id ? { id: spec.id } : {}),
    stem: spec.stem,
    maxAttempts: spec.maxAttempts,
    math: renderMathIn([spec.stem]),
  };
}
export function toMatrixProps(base: MatrixSpec, seed: number | null = null): MatrixProps {
  const spec = atSeed(base, seed);
  return {
    ...(spec.id ? { id: spec.id } : {}),
    stem: spec.stem,
    symbols: spec.symbols,
    maxAttempts: spec.maxAttempts,
    rows: spec.answer.length,
    cols: spec.answer[0]!.length,
    ...(spec.rowLabels ? { rowLabels: spec.rowLabels } : {}),
    ...(spec.colLabels ? { colLabels: spec.colLabels } : {}),
    math: renderMathIn([spec.stem, ...(spec.rowLabels ?? []), ...(spec.colLabels ?? [])]),
  };
}

/** The learner's answer: what they typed (LaTeX or plain text). */
export interface FormulaAnswer {
  text: string;
}
export interface MatrixAnswer {
  entries: string[][];
}

// Room for a learner to paste too much and be told so by the parser, not by a 400 (the
// request itself is capped at 16 KB).
const typed = z.string({ error: 'must be the text of your answer' }).max(16_000, 'is far too long');
export const formulaAnswerSchema = z.object({ text: typed }).strict();
export function matrixAnswerSchema(spec: MatrixSpec) {
  const cols = spec.answer[0]!.length;
  return z
    .object({
      entries: z
        .array(z.array(typed).length(cols, `each row has ${cols} entries`))
        .length(spec.answer.length, `the matrix has ${spec.answer.length} rows`),
    })
    .strict();
}

export interface EntryFeedback {
  understood: Understood;
  correct: boolean;
  message: string | null;
}

export interface FormulaFeedback extends AttemptState {
  correct: boolean;
  /** false when the answer could not be read: not an attempt */
  counted: boolean;
  /** what Slope read, shown back (LaTeX and plain) */
  understood: Understood | null;
  /** the slip named, the author's feedback, or why the answer was not understood */
  message: string | null;
  /** the slip's kind (`sign`, `transposed`, `authored-1`…): what the class's mistakes group by */
  slip: string | null;
  /** per entry, for a matrix */
  entries?: EntryFeedback[];
  /** once finished: the explanation, and the answer in LaTeX */
  explanation: string | null;
  answerLatex: string | null;
  math?: MathHtml;
}

function finish(
  maxAttempts: number | null,
  attemptsUsed: number,
  outcome: Pick<
    FormulaFeedback,
    'correct' | 'counted' | 'understood' | 'message' | 'slip' | 'entries'
  >,
  reveal: { explanation?: string | undefined; latex: string },
): FormulaFeedback {
  const state = attemptState(
    maxAttempts,
    outcome.counted ? attemptsUsed : attemptsUsed - 1,
    outcome.correct,
  );
  const explanation = state.finished ? (reveal.explanation ?? null) : null;
  const answerLatex = state.finished ? reveal.latex : null;
  return {
    ...outcome,
    ...state,
    explanation,
    answerLatex,
    math: renderMathIn([
      outcome.message,
      explanation,
      answerLatex === null ? null : `$${answerLatex}$`,
      ...(outcome.entries ?? []).map((e) => e.message),
    ]),
  };
}

/**
 * Checks a formula answer. `attemptsUsed` counts this attempt; an answer that cannot be read
 * comes back with `counted: false` and the attempts as they were.
 */
interface CheckOptions {
  attemptsUsed?: number;
  /** the learner's variant of a question with parameters (null: the first values) */
  seed?: number | null;
}

export function checkFormulaAnswer(
  base: FormulaSpec,
  answer: FormulaAnswer,
  options: CheckOptions = {},
): FormulaFeedback {
  return checkOne(atSeed(base, options.seed ?? null), formulaQuestion, answer, options);
}

export function checkNumericAnswer(
  base: NumericSpec,
  answer: FormulaAnswer,
  options: CheckOptions = {},
): FormulaFeedback {
  return checkOne(atSeed(base, options.seed ?? null), numericQuestion, answer, options);
}

/** A formula or number answer against its question: one path for both. */
function checkOne<S extends FormulaSpec | NumericSpec>(
  spec: S,
  compile: (spec: S) => FormulaQuestion,
  answer: FormulaAnswer,
  { attemptsUsed = 1 }: CheckOptions,
): FormulaFeedback {
  const question = compile(spec);
  return finish(spec.maxAttempts, attemptsUsed, outcomeOf(checkFormula(question, answer.text)), {
    explanation: spec.explanation,
    latex: question.referenceLatex,
  });
}

export function checkMatrixAnswer(
  base: MatrixSpec,
  answer: MatrixAnswer,
  { attemptsUsed = 1, seed = null }: CheckOptions = {},
): FormulaFeedback {
  const spec = atSeed(base, seed);
  const question = gridQuestion(spec);
  const check = checkGrid(question, answer.entries);
  const outcome =
    check.status === 'not-understood'
      ? { correct: false, counted: false, understood: null, message: check.message, slip: null }
      : {
          correct: check.status === 'correct',
          counted: true,
          understood: null,
          message: check.message,
          slip: check.slip,
          entries: check.entries,
        };
  const cells = question.cells.map(toLatex);
  const rows = Array.from({ length: question.rows }, (_, r) =>
    cells.slice(r * question.cols, (r + 1) * question.cols).join(' & '),
  );
  const latex = `\\begin{bmatrix}${rows.join(' \\\\ ')}\\end{bmatrix}`;
  return finish(spec.maxAttempts, attemptsUsed, outcome, { explanation: spec.explanation, latex });
}

function outcomeOf(check: ReturnType<typeof checkFormula>) {
  switch (check.status) {
    case 'not-understood':
      return {
        correct: false,
        counted: false,
        understood: null,
        message: check.message,
        slip: null,
      };
    case 'correct':
      return {
        correct: true,
        counted: true,
        understood: check.understood,
        message: null,
        slip: null,
      };
    case 'wrong':
      return {
        correct: false,
        counted: true,
        understood: check.understood,
        message: check.message,
        slip: check.slip,
      };
  }
}

/**
 * content:check's proof of a formula, number or matrix question (see `proveFormulaQuestion`):
 * the problems, in words for the author.
 */
export function proveAnswerSpec(
  widget: 'FormulaAnswer' | 'NumericAnswer' | 'MatrixAnswer',
  spec: FormulaSpec | NumericSpec | MatrixSpec,
): string[] {
  // Every variant is proved; a problem names its values.
  return (allVariants(spec.params ?? {}) ?? []).flatMap((values) => {
    const one = atValues(spec, values);
    const problems =
      widget === 'FormulaAnswer'
        ? proveFormulaQuestion(formulaQuestion(one as FormulaSpec))
        : widget === 'NumericAnswer'
          ? proveFormulaQuestion(numericQuestion(one as NumericSpec))
          : proveGridQuestion(gridQuestion(one as MatrixSpec));
    const which = Object.keys(values).length ? ` (with ${JSON.stringify(values)})` : '';
    return problems.map((p) => `${p}${which}`);
  });
}
