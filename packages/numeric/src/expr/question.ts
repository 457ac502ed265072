import {
  agreement,
  type Closeness,
  FORMULA_CLOSENESS,
  type Sampled,
  sampleReference,
} from './agree.ts';
import type { Expr } from './ast.ts';
import { evaluate } from './evaluate.ts';
import { FormulaError } from './formula-error.ts';
import { parseFormula } from './parse.ts';
import { toLatex, toText } from './print.ts';
import { seedOf } from './samples.ts';
import { typeOf } from './shapes.ts';
import { nameSlip, wrongAxis } from './slips.ts';
import {
  declareSymbol,
  describeShape,
  dimensionsOf,
  isScalar,
  SCALAR,
  type Shape,
  type SymbolDecl,
} from './symbols.ts';

/** A formula question as an author writes it (the key stays on the server). */
export interface FormulaQuestionInput {
  /** the key: a formula in the declared symbols (plain text or LaTeX), or a number */
  answer: string | number;
  /**
   * name → `scalar`, `d`, `n×d`, `d×d symmetric`, each optionally `in [a, b]`; a class target
   * `k one-hot` or `k distribution` (`n×k one-hot`: one per row)
   */
  symbols?: Readonly<Record<string, string>>;
  /** the function differentiated (`x^2*sin(x)`) and the scalar symbol it is differentiated by */
  of?: string;
  wrt?: string;
  /** expected wrong answers with the feedback each deserves, checked first */
  wrong?: readonly { answer: string; feedback: string }[];
  tolerance?: Partial<Closeness>;
  /** the question's identity: the points it is checked at are drawn from it */
  seed: string;
}

/** A compiled question: symbols, names, the key's tree and its values at the points. */
export interface FormulaQuestion {
  symbols: SymbolDecl[];
  /** every name a formula may use: symbols, dimension names, pi and e */
  shapes: Map<string, Shape>;
  reference: Expr;
  /** the key in LaTeX, shown once the question is finished */
  referenceLatex: string;
  referenceShape: Shape;
  sampled: Sampled;
  /** the seed the points were drawn from */
  seed: number;
  closeness: Closeness;
  of?: { f: Expr; wrt: string; scalars: string[] };
  /** each with its values at the sampled points, computed once here */
  wrong: { expr: Expr; feedback: string; sampled: Sampled }[];
}

/** What was understood of an answer: shown back before and after checking. */
export interface Understood {
  latex: string;
  text: string;
}

export type FormulaCheck =
  | { status: 'not-understood'; message: string; at?: number }
  | { status: 'correct'; understood: Understood }
  | { status: 'wrong'; understood: Understood; slip: string | null; message: string };

/** The names and shapes formulas of these symbols may use (dimensions are numbers too). */
export function namesFor(symbols: readonly SymbolDecl[]): Map<string, Shape> {
  const shapes = new Map<string, Shape>([
    ['pi', SCALAR],
    ['e', SCALAR],
  ]);
  for (const d of dimensionsOf(symbols)) shapes.set(d, SCALAR);
  for (const s of symbols) shapes.set(s.name, s.shape);
  return shapes;
}

/**
 * Compiles an author's question; a problem throws {@link FormulaError} with a message for the
 * author (content:check adds file:line): a key that does not parse, an undefined key, a wrong
 * answer equal to the key.
 */
export function compileFormulaQuestion(input: FormulaQuestionInput): FormulaQuestion {
  const symbols = Object.entries(input.symbols ?? {}).map(([name, spec]) =>
    declareSymbol(name, spec),
  );
  for (const d of dimensionsOf(symbols))
    if (symbols.some((s) => s.name === d))
      throw new FormulaError(`"${d}" is both a symbol and a dimension: rename one`);
  const shapes = namesFor(symbols);
  const read = (text: string, what: string) => {
    try {
      return typeOf(parseFormula(text, [...shapes.keys()]), shapes);
    } catch (error) {
      if (error instanceof FormulaError)
        throw new FormulaError(`${what} "${text}": ${error.message}`);
      throw error;
    }
  };
  const key = read(String(input.answer), 'the answer');
  const closeness = { ...FORMULA_CLOSENESS, ...input.tolerance };
  const seed = seedOf(input.seed);
  const sampled = sampleReference(key.expr, symbols, seed);
  if (sampled.points.length < 6)
    throw new FormulaError(
      `the answer "${input.answer}" is undefined at most sampled points: give the symbols ranges where it is defined (x: "scalar in [0.1, 3]")`,
    );
  let of: FormulaQuestion['of'];
  if (input.of !== undefined || input.wrt !== undefined) {
    const wrt = input.wrt ?? '';
    const decl = symbols.find((s) => s.name === wrt);
    if (!decl || !isScalar(decl.shape))
      throw new FormulaError(`wrt must name a scalar symbol of the question, not "${wrt}"`);
    if (input.of === undefined) throw new FormulaError('wrt needs of: the function differentiated');
    of = {
      f: read(input.of, 'of').expr,
      wrt,
      scalars: symbols.filter((s) => isScalar(s.shape)).map((s) => s.name),
    };
  }
  const question: FormulaQuestion = {
    symbols,
    shapes,
    reference: key.expr,
    referenceLatex: toLatex(key.expr),
    referenceShape: key.shape,
    sampled,
    seed,
    closeness,
    ...(of ? { of } : {}),
    wrong: [],
  };
  for (const w of input.wrong ?? []) {
    const expr = read(w.answer, 'the wrong answer').expr;
    if (agreement(expr, sampled, closeness) === 'equal')
      throw new FormulaError(`the wrong answer "${w.answer}" equals the answer`);
    question.wrong.push({
      expr,
      feedback: w.feedback,
      sampled: { points: sampled.points, values: sampled.points.map((p) => evaluate(expr, p)) },
    });
  }
  return question;
}

/**
 * Reads what a learner typed against the question's names and shapes: the tree and its shape,
 * or why it cannot be read. The browser's preview and the server's check both start here.
 */
export function understand(
  input: string,
  shapes: ReadonlyMap<string, Shape>,
): { expr: Expr; shape: Shape; understood: Understood } | { error: FormulaError } {
  try {
    const { expr, shape } = typeOf(parseFormula(input, shapes.keys()), shapes);
    return { expr, shape, understood: { latex: toLatex(expr), text: toText(expr) } };
  } catch (error) {
    if (error instanceof FormulaError) return { error };
    throw error;
  }
}

/**
 * Checks an answer: equal to the key at every sampled point (within the tolerance) is correct;
 * otherwise the slip is named (the author's expected wrong answers first). An answer that cannot
 * be read, has no defined shape, or is undefined at every point is `not-understood` and should
 * not cost an attempt.
 */
export function checkFormula(question: FormulaQuestion, input: string): FormulaCheck {
  const read = understand(input, question.shapes);
  if ('error' in read)
    return {
      status: 'not-understood',
      message: `Not understood: ${read.error.message.replace(/[^.?!]$/, '$&.')}`,
      ...(read.error.at === undefined ? {} : { at: read.error.at }),
    };
  const { expr, shape, understood } = read;
  const wrong = (slip: string | null, message: string): FormulaCheck => ({
    status: 'wrong',
    understood,
    slip,
    message,
  });
  // The author's expected wrong answers first, whatever their shape.
  const authored = () =>
    question.wrong.findIndex((w) => agreement(expr, w.sampled, question.closeness) === 'equal');
  const want = question.referenceShape;
  if (shape.r !== want.r || shape.c !== want.c) {
    const expected = authored();
    if (expected >= 0) return wrong(`authored-${expected + 1}`, question.wrong[expected]!.feedback);
    const transposedFits =
      shape.r === want.c &&
      shape.c === want.r &&
      agreement({ k: 'T', a: expr }, question.sampled, question.closeness) === 'equal';
    if (transposedFits)
      return wrong('transposed', 'Transposed: your answer is the transpose of the right one.');
    // A sum over the other axis of an n×m matrix has n entries where the key has m.
    const axis = wrongAxis({
      learner: (p) => evaluate(expr, p),
      reference: question.reference,
      shapes: question.shapes,
      sampled: question.sampled,
      closeness: question.closeness,
    });
    if (axis) return wrong(axis.kind, axis.message);
    const one = multipliesByOne(expr)
      ? ' The 1 in it is the number one: type the vector of ones as ones.'
      : '';
    return wrong(
      'shape',
      `Your answer is ${describeShape(shape)}, but the answer is ${describeShape(want)}.${one}`,
    );
  }
  let verdict = agreement(expr, question.sampled, question.closeness);
  // Undefined at most points may be an overflow of an equal formula (e^{1000x}/e^{999x}): look
  // at many more points before saying so, never a false verdict.
  if (verdict === 'undefined')
    verdict = agreement(
      expr,
      sampleReference(question.reference, question.symbols, question.seed + 1, 200),
      question.closeness,
    );
  if (verdict === 'equal') return { status: 'correct', understood };
  if (verdict === 'undefined') {
    const everywhere = question.sampled.points.every(
      (p) => !evaluate(expr, p).data.every(Number.isFinite),
    );
    return everywhere
      ? {
          status: 'not-understood',
          message:
            'Not understood: your answer is undefined everywhere Slope tried (a division by zero, 0^0, a logarithm or root of a negative number, or an overflow).',
        }
      : wrong(
          'undefined',
          'Your answer is undefined (a division by zero, a logarithm or root of a negative number, or an overflow) at points where the answer is defined.',
        );
  }
  const expected = authored();
  if (expected >= 0) return wrong(`authored-${expected + 1}`, question.wrong[expected]!.feedback);
  const slip = nameSlip({
    learner: (p) => evaluate(expr, p),
    learnerExpr: expr,
    reference: question.reference,
    shapes: question.shapes,
    sampled: question.sampled,
    closeness: question.closeness,
    dims: dimensionsOf(question.symbols),
    constant: question.symbols.length === 0,
    ...(question.of ? { of: question.of } : {}),
  });
  return slip
    ? wrong(slip.kind, slip.message)
    : wrong(
        null,
        'Not right yet: your answer differs from the answer at the points Slope checked.',
      );
}

/** `G 1`, `1ᵀG`: the number 1 in a product, where the vector of ones may have been meant. */
function multipliesByOne(e: Expr): boolean {
  if (e.k === 'num' || e.k === 'sym' || e.k === 'ones') return false;
  const one = (x: Expr) => {
    const inner = x.k === 'T' ? x.a : x;
    return inner.k === 'num' && inner.v === 1;
  };
  if (e.k === 'mul' && (one(e.a) || one(e.b))) return true;
  return multipliesByOne(e.a) || ('b' in e && multipliesByOne(e.b));
}
