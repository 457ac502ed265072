import { bin, type Expr, FUNCTIONS } from './ast.ts';
import { FormulaError } from './formula-error.ts';
import { toText } from './print.ts';
import { type Dim, describeShape, isScalar, SCALAR, type Shape } from './symbols.ts';

/**
 * The shape of a formula, checked before anything is evaluated: a product needs matching inner
 * dimensions, a sum equal shapes (a number may be added to anything), a division a number
 * below. A mismatch is a {@link FormulaError} that says which part and, where transposing one
 * side would fit, suggests it: "X(Xw − y) is not defined: X is n×d and Xw − y has n entries;
 * did you mean Xᵀ(Xw − y)?".
 */
export function shapeOf(e: Expr, shapes: ReadonlyMap<string, Shape>, suggestFix = true): Shape {
  return typeOf(e, shapes, suggestFix).shape;
}

/**
 * {@link shapeOf}, and the tree with the length of every vector of ones filled in: `Gᵀ𝟏` with
 * G n×m has a 𝟏 with n entries, `𝟏ᵀG` too, `w + 𝟏` one as long as w. Only a filled-in tree can
 * be evaluated. A 𝟏 whose length nothing around it tells (`sum(𝟏)`) is a {@link FormulaError}.
 */
export function typeOf(
  e: Expr,
  shapes: ReadonlyMap<string, Shape>,
  suggestFix = true,
): { expr: Expr; shape: Shape } {
  const lengths = new Lengths();
  const typed = infer(e, shapes, suggestFix, lengths);
  for (const node of lengths.ones) {
    const n = lengths.find(node.n!);
    if (typeof n !== 'string' || isUnknown(n))
      throw new FormulaError(
        `the length of ${toText({ k: 'ones' })} (the vector of ones) cannot be told from where it stands: put it beside a matrix or vector it multiplies or is added to`,
      );
    node.n = n;
  }
  return { expr: typed.expr, shape: lengths.resolve(typed.shape) };
}

/** An unknown length of a vector of ones: `?0`, `?1` … (never a dimension name). */
const isUnknown = (d: Dim): d is string => typeof d === 'string' && d.startsWith('?');

/** The lengths of the vectors of ones, found as the shape check goes (unification). */
class Lengths {
  private count = 0;
  private readonly bound = new Map<string, Dim>();
  /** the tree's vectors of ones, each with its unknown length until the end */
  readonly ones: { k: 'ones'; n?: string }[] = [];

  fresh(): { k: 'ones'; n: string } {
    const node = { k: 'ones' as const, n: `?${this.count++}` };
    this.ones.push(node);
    return node;
  }

  find(d: Dim): Dim {
    let at = d;
    while (isUnknown(at) && this.bound.has(at)) at = this.bound.get(at)!;
    return at;
  }

  /** Makes two dimensions equal if they can be; a vector of ones never has just 1 entry. */
  same(a: Dim, b: Dim): boolean {
    const x = this.find(a);
    const y = this.find(b);
    if (x === y) return true;
    if (isUnknown(x) && y !== 1) this.bound.set(x, y);
    else if (isUnknown(y) && x !== 1) this.bound.set(y, x);
    else return false;
    return true;
  }

  resolve(s: Shape): Shape {
    return { r: this.find(s.r), c: this.find(s.c) };
  }

  /** A shape for messages: a length not known yet is described without it. */
  describe(e: Expr, s: Shape): string {
    const shape = this.resolve(s);
    if (!isUnknown(shape.r) && !isUnknown(shape.c)) return describeShape(shape);
    if (e.k === 'ones') return 'a vector of ones';
    if (e.k === 'T' && e.a.k === 'ones') return 'a row vector of ones';
    return shape.c === 1 ? 'a vector' : shape.r === 1 ? 'a row vector' : 'a matrix';
  }
}

function infer(
  e: Expr,
  shapes: ReadonlyMap<string, Shape>,
  suggestFix: boolean,
  lengths: Lengths,
): { expr: Expr; shape: Shape } {
  const of = (x: Expr) => {
    const typed = infer(x, shapes, suggestFix, lengths);
    return { expr: typed.expr, shape: lengths.resolve(typed.shape) };
  };
  const fix = (x: Expr & { a: Expr; b: Expr }) => (suggestFix ? suggest(x, shapes) : '');
  const part = (x: Expr, s: Shape) => `${toText(x)} is ${lengths.describe(x, s)}`;
  switch (e.k) {
    case 'num':
      return { expr: e, shape: SCALAR };
    case 'sym': {
      const s = shapes.get(e.name);
      if (!s) throw new FormulaError(`"${e.name}" is not a name this question knows`);
      return { expr: e, shape: s };
    }
    case 'ones': {
      if (e.n !== undefined && !isUnknown(e.n)) return { expr: e, shape: { r: e.n, c: 1 } };
      const node = lengths.fresh();
      return { expr: node, shape: { r: node.n, c: 1 } };
    }
    case 'neg': {
      const a = of(e.a);
      return { expr: a.expr === e.a ? e : { ...e, a: a.expr }, shape: a.shape };
    }
    case 'T': {
      const a = of(e.a);
      return {
        expr: a.expr === e.a ? e : { ...e, a: a.expr },
        shape: { r: a.shape.c, c: a.shape.r },
      };
    }
    case 'call': {
      const { expr: inner, shape: a } = of(e.a);
      const expr = inner === e.a ? e : { ...e, a: inner };
      const kind = FUNCTIONS[e.fn];
      if (kind === 'elementwise') return { expr, shape: a };
      if (e.fn === 'trace') {
        if (!lengths.same(a.r, a.c))
          throw new FormulaError(
            `trace needs a square matrix; ${toText(e.a)} is ${lengths.describe(e.a, a)}`,
          );
        return { expr, shape: SCALAR };
      }
      if (kind === 'reduce') return { expr, shape: SCALAR };
      if (a.c !== 1)
        throw new FormulaError(
          `${e.fn} takes a vector; ${toText(e.a)} is ${lengths.describe(e.a, a)}`,
        );
      return { expr, shape: e.fn === 'diag' ? { r: a.r, c: a.r } : a };
    }
  }
  const { expr: left, shape: a } = of(e.a);
  const { expr: right, shape: b } = of(e.b);
  const expr = left === e.a && right === e.b ? e : { ...e, a: left, b: right };
  const same = () => lengths.same(a.r, b.r) && lengths.same(a.c, b.c);
  switch (e.k) {
    case 'add':
    case 'sub':
    case 'had': {
      if (isScalar(a)) return { expr, shape: b };
      if (isScalar(b) || same()) return { expr, shape: a };
      const what = e.k === 'had' ? 'multiplied entry by entry' : 'added';
      throw new FormulaError(
        `${toText(e)} is not defined: ${part(e.a, a)} and ${part(e.b, b)} cannot be ${what}${fix(e)}`,
      );
    }
    case 'mul': {
      if (isScalar(a)) return { expr, shape: b };
      if (isScalar(b)) return { expr, shape: a };
      if (lengths.same(a.c, b.r)) return { expr, shape: collapse({ r: a.r, c: b.c }) };
      throw new FormulaError(
        `${toText(e)} is not defined: ${part(e.a, a)} and ${part(e.b, b)}${fix(e)}`,
      );
    }
    case 'div': {
      // By a number, or entry by entry by a value of the same shape (w/|w|).
      if (isScalar(b) || same()) return { expr, shape: a };
      throw new FormulaError(
        `${toText(e)} divides by ${toText(e.b)}, which is ${lengths.describe(e.b, b)}: divide by a number, or entry by entry by something of the same shape`,
      );
    }
    case 'pow': {
      if (!isScalar(b))
        throw new FormulaError(
          `${toText(e)}: an exponent must be a number, not ${lengths.describe(e.b, b)}`,
        );
      if (!isScalar(a))
        throw new FormulaError(
          `${toText(e)}: ${toText(e.a)} is ${lengths.describe(e.a, a)} and powers are for numbers; for a vector write wᵀw, w ⊙ w or ‖w‖²`,
        );
      return { expr, shape: SCALAR };
    }
  }
}

/** A 1×1 product (wᵀw) is a number. */
const collapse = (s: Shape): Shape => (isScalar(s) ? SCALAR : s);

/** "; did you mean Xᵀ(Xw − y)?" when transposing one side makes the expression defined. */
function suggest(e: Expr & { a: Expr; b: Expr }, shapes: ReadonlyMap<string, Shape>): string {
  if (e.k !== 'mul' && e.k !== 'add' && e.k !== 'sub' && e.k !== 'had') return '';
  const transpose = (x: Expr): Expr => (x.k === 'T' ? x.a : { k: 'T', a: x });
  for (const fixed of [
    bin(e.k, transpose(e.a), e.b),
    bin(e.k, e.a, transpose(e.b)),
    bin(e.k, e.b, e.a),
  ]) {
    try {
      shapeOf(fixed, shapes, false);
      return `; did you mean ${toText(fixed)}?`;
    } catch {
      // not this one
    }
  }
  return '';
}
