import { bin, type Expr, FUNCTIONS } from './ast.ts';
import { FormulaError } from './formula-error.ts';
import { toText } from './print.ts';
import { describeShape, isScalar, SCALAR, type Shape } from './symbols.ts';

/**
 * The shape of a formula, checked before anything is evaluated: a product needs matching inner
 * dimensions, a sum equal shapes (a number may be added to anything), a division a number
 * below. A mismatch is a {@link FormulaError} that says which part and, where transposing one
 * side would fit, suggests it: "X(Xw − y) is not defined: X is n×d and Xw − y has n entries;
 * did you mean Xᵀ(Xw − y)?".
 */
export function shapeOf(e: Expr, shapes: ReadonlyMap<string, Shape>, suggestFix = true): Shape {
  const of = (x: Expr) => shapeOf(x, shapes, suggestFix);
  const fix = (x: Expr & { a: Expr; b: Expr }) => (suggestFix ? suggest(x, shapes) : '');
  switch (e.k) {
    case 'num':
      return SCALAR;
    case 'sym': {
      const s = shapes.get(e.name);
      if (!s) throw new FormulaError(`"${e.name}" is not a name this question knows`);
      return s;
    }
    case 'neg':
      return of(e.a);
    case 'T': {
      const s = of(e.a);
      return { r: s.c, c: s.r };
    }
    case 'add':
    case 'sub':
    case 'had': {
      const a = of(e.a);
      const b = of(e.b);
      if (isScalar(a)) return b;
      if (isScalar(b) || same(a, b)) return a;
      const what = e.k === 'had' ? 'multiplied entry by entry' : 'added';
      throw new FormulaError(
        `${toText(e)} is not defined: ${part(e.a, a)} and ${part(e.b, b)} cannot be ${what}${fix(e)}`,
      );
    }
    case 'mul': {
      const a = of(e.a);
      const b = of(e.b);
      if (isScalar(a)) return b;
      if (isScalar(b)) return a;
      if (a.c === b.r) return collapse({ r: a.r, c: b.c });
      throw new FormulaError(
        `${toText(e)} is not defined: ${part(e.a, a)} and ${part(e.b, b)}${fix(e)}`,
      );
    }
    case 'div': {
      const a = of(e.a);
      const b = of(e.b);
      // By a number, or entry by entry by a value of the same shape (w/|w|).
      if (isScalar(b)) return a;
      if (same(a, b)) return a;
      throw new FormulaError(
        `${toText(e)} divides by ${toText(e.b)}, which is ${describeShape(b)}: divide by a number, or entry by entry by something of the same shape`,
      );
    }
    case 'pow': {
      const a = of(e.a);
      const b = of(e.b);
      if (!isScalar(b))
        throw new FormulaError(
          `${toText(e)}: an exponent must be a number, not ${describeShape(b)}`,
        );
      if (!isScalar(a))
        throw new FormulaError(
          `${toText(e)}: ${toText(e.a)} is ${describeShape(a)} and powers are for numbers; for a vector write wᵀw, w ⊙ w or ‖w‖²`,
        );
      return SCALAR;
    }
    case 'call': {
      const a = of(e.a);
      const kind = FUNCTIONS[e.fn];
      if (kind === 'elementwise') return a;
      if (e.fn === 'trace') {
        if (a.r !== a.c)
          throw new FormulaError(
            `trace needs a square matrix; ${toText(e.a)} is ${describeShape(a)}`,
          );
        return SCALAR;
      }
      if (kind === 'reduce') return SCALAR;
      if (a.c !== 1)
        throw new FormulaError(`${e.fn} takes a vector; ${toText(e.a)} is ${describeShape(a)}`);
      return e.fn === 'diag' ? { r: a.r, c: a.r } : a;
    }
  }
}

const same = (a: Shape, b: Shape) => a.r === b.r && a.c === b.c;
/** A 1×1 product (wᵀw) is a number. */
const collapse = (s: Shape): Shape => (isScalar(s) ? SCALAR : s);

function part(e: Expr, s: Shape): string {
  return `${toText(e)} is ${describeShape(s)}`;
}

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
