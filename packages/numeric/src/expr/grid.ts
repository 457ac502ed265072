import { agreement, type Closeness, FORMULA_CLOSENESS, type Sampled } from './agree.ts';
import { type Expr, symbolsOf } from './ast.ts';
import { evaluate, type Value } from './evaluate.ts';
import { FormulaError } from './formula-error.ts';
import { namesFor, type Understood, understand } from './question.ts';
import { drawPoints, type Point, seedOf } from './samples.ts';
import { nameSlip } from './slips.ts';
import { declareSymbol, isScalar, type Shape, type SymbolDecl } from './symbols.ts';

/** A matrix or vector answered entry by entry (a Jacobian, a Hessian): the key is a grid. */
export interface GridQuestionInput {
  /** rows of entries: formulas in the scalar symbols, or numbers */
  answer: readonly (readonly (string | number)[])[];
  symbols?: Readonly<Record<string, string>>;
  tolerance?: Partial<Closeness>;
  /** expected wrong grids with the feedback each deserves, checked before the automatic slips */
  wrong?: readonly { answer: readonly (readonly (string | number)[])[]; feedback: string }[];
  seed: string;
}

export interface GridQuestion {
  rows: number;
  cols: number;
  symbols: SymbolDecl[];
  shapes: Map<string, Shape>;
  cells: Expr[];
  wrong: { cells: Expr[]; feedback: string }[];
  sampled: Sampled;
  closeness: Closeness;
}

export type GridCheck =
  | { status: 'not-understood'; message: string; row: number; col: number }
  | {
      status: 'correct' | 'wrong';
      /** per entry, row-major: what was understood and whether it is right */
      entries: { understood: Understood; correct: boolean; message: string | null }[];
      slip: string | null;
      message: string | null;
    };

/** Compiles a grid question; a problem throws {@link FormulaError} naming the entry. */
export function compileGridQuestion(input: GridQuestionInput): GridQuestion {
  const rows = input.answer.length;
  const cols = input.answer[0]?.length ?? 0;
  if (rows === 0 || cols === 0 || input.answer.some((r) => r.length !== cols))
    throw new FormulaError('the answer must be rows of equal length');
  const symbols = Object.entries(input.symbols ?? {}).map(([n, s]) => declareSymbol(n, s));
  const bad = symbols.find((s) => !isScalar(s.shape));
  if (bad) throw new FormulaError(`${bad.name}: entries of a grid take scalar symbols only`);
  const shapes = namesFor(symbols);
  const read = (grid: GridQuestionInput['answer'], what: string) => {
    if (grid.length !== rows || grid.some((r) => r.length !== cols))
      throw new FormulaError(`${what} must be ${rows}×${cols} like the answer`);
    return grid.flat().map((entry, i) => {
      const one = understand(String(entry), shapes);
      if ('error' in one)
        throw new FormulaError(`${what}, ${place(i, cols)} "${entry}": ${one.error.message}`);
      if (!isScalar(one.shape))
        throw new FormulaError(`${what}, ${place(i, cols)} must be a number`);
      return one.expr;
    });
  };
  const cells = read(input.answer, 'the answer');
  const wrong = (input.wrong ?? []).map((w, i) => ({
    cells: read(w.answer, `wrong answer ${i + 1}`),
    feedback: w.feedback,
  }));
  const points: Point[] = [];
  const values: Value[] = [];
  for (const p of drawPoints(symbols, seedOf(input.seed), 30)) {
    const v = gridAt(cells, rows, cols, p);
    if (!v.data.every(Number.isFinite)) continue;
    points.push(p);
    values.push(v);
    if (points.length === 6) break;
  }
  if (points.length < 6)
    throw new FormulaError(
      'the answer is undefined at most sampled points: give the symbols ranges',
    );
  return {
    rows,
    cols,
    symbols,
    shapes,
    cells,
    wrong,
    sampled: { points, values },
    closeness: { ...FORMULA_CLOSENESS, ...input.tolerance },
  };
}

/**
 * Checks a grid entry by entry. An entry that cannot be read (or is not a number) makes the
 * whole answer `not-understood`, naming the entry; otherwise each entry is right or wrong
 * with its slip named, and the grid as a whole may be transposed or off by a factor.
 */
export function checkGrid(
  question: GridQuestion,
  input: readonly (readonly string[])[],
): GridCheck {
  const { rows, cols } = question;
  if (input.length !== rows || input.some((r) => r.length !== cols))
    return {
      status: 'not-understood',
      message: `Not understood: the answer has ${rows}×${cols} entries.`,
      row: 1,
      col: 1,
    };
  const exprs: Expr[] = [];
  const entries: Extract<GridCheck, { entries: unknown }>['entries'] = [];
  for (const [i, text] of input.flat().entries()) {
    const read = understand(text, question.shapes);
    const [row, col] = [Math.floor(i / cols) + 1, (i % cols) + 1];
    if ('error' in read)
      return {
        status: 'not-understood',
        message: `Not understood: row ${row}, column ${col}: ${read.error.message}.`,
        row,
        col,
      };
    if (!isScalar(read.shape))
      return {
        status: 'not-understood',
        message: `Not understood: row ${row}, column ${col} must be a number.`,
        row,
        col,
      };
    exprs.push(read.expr);
    const cell = cellSample(question, i);
    const verdict = agreement(read.expr, cell, question.closeness);
    const slip =
      verdict === 'equal'
        ? null
        : nameSlip({
            learner: (p) => evaluate(read.expr, p),
            learnerExpr: read.expr,
            reference: question.cells[i]!,
            shapes: question.shapes,
            sampled: cell,
            closeness: question.closeness,
            dims: [],
            constant: symbolsOf(question.cells[i]!).size === 0,
          });
    entries.push({
      understood: read.understood,
      correct: verdict === 'equal',
      message: verdict === 'equal' ? null : (slip?.message ?? 'Not right yet.'),
    });
  }
  if (entries.every((e) => e.correct))
    return { status: 'correct', entries, slip: null, message: null };
  const sameGrid = (cells: readonly Expr[]) =>
    agreement(
      (p) => gridAt(exprs, rows, cols, p),
      {
        points: question.sampled.points,
        values: question.sampled.points.map((p) => gridAt(cells, rows, cols, p)),
      },
      question.closeness,
    ) === 'equal';
  const authored = question.wrong.findIndex((w) => sameGrid(w.cells));
  if (authored >= 0)
    return {
      status: 'wrong',
      entries,
      slip: `authored-${authored + 1}`,
      message: question.wrong[authored]!.feedback,
    };
  const swapped = swaps(question.cells, rows, cols).find((s) => sameGrid(s.cells));
  if (swapped) return { status: 'wrong', entries, slip: swapped.kind, message: swapped.message };
  const whole = nameSlip({
    learner: (p) => gridAt(exprs, rows, cols, p),
    reference: null,
    shapes: question.shapes,
    sampled: question.sampled,
    closeness: question.closeness,
    dims: [],
    constant: question.symbols.length === 0,
  });
  return { status: 'wrong', entries, slip: whole?.kind ?? null, message: whole?.message ?? null };
}

/** The key with two rows, or two columns, swapped: an ordering slip of a Jacobian. */
function swaps(cells: readonly Expr[], rows: number, cols: number) {
  const out: { kind: string; message: string; cells: Expr[] }[] = [];
  // `axis` 0 swaps rows a and b, 1 swaps columns a and b.
  const swapped = (axis: 0 | 1, a: number, b: number) =>
    cells.map((_, i) => {
      const at = [Math.floor(i / cols), i % cols];
      const k = at[axis]!;
      at[axis] = k === a ? b : k === b ? a : k;
      return cells[at[0]! * cols + at[1]!]!;
    });
  for (const [axis, count, kind, lines, line, owner] of [
    [0, rows, 'rows-swapped', 'Rows', 'row', 'output'],
    [1, cols, 'columns-swapped', 'Columns', 'column', 'input'],
  ] as const)
    for (let a = 0; a < count; a++)
      for (let b = a + 1; b < count; b++)
        out.push({
          kind,
          message: `${lines} ${a + 1} and ${b + 1} are swapped: each ${line} belongs to one ${owner}.`,
          cells: swapped(axis, a, b),
        });
  return out;
}

/** The grid's value at a point, as a rows×cols matrix. */
function gridAt(cells: readonly Expr[], rows: number, cols: number, p: Point): Value {
  return { r: rows, c: cols, data: Float64Array.from(cells, (c) => evaluate(c, p).data[0]!) };
}

function cellSample(question: GridQuestion, i: number): Sampled {
  return {
    points: question.sampled.points,
    values: question.sampled.values.map((v) => ({ r: 1, c: 1, data: Float64Array.of(v.data[i]!) })),
  };
}

function place(i: number, cols: number): string {
  return `row ${Math.floor(i / cols) + 1}, column ${(i % cols) + 1}:`;
}
