import { agreement, type Closeness, type Sampled } from './agree.ts';
import { bin, type Expr, negate, num, sumOf, sym, symbolsOf, termsOf } from './ast.ts';
import { evaluate, transpose, type Value } from './evaluate.ts';
import { FormulaError } from './formula-error.ts';
import { toText } from './print.ts';
import type { Point } from './samples.ts';
import { shapeOf, typeOf } from './shapes.ts';
import { type Dim, isScalar, type Shape } from './symbols.ts';

/** The slips Slope names, as data (the class's mistake clusters group by `kind`). */
export type SlipKind =
  | 'sign'
  | 'factor'
  | 'sum-vs-mean'
  | 'transposed'
  | 'wrong-axis'
  | 'missing-term'
  | 'extra-term'
  | 'term-sign'
  | 'missing-factor'
  | 'function-itself'
  | 'antiderivative'
  | 'second-derivative'
  | 'wrong-variable';

export interface Slip {
  kind: SlipKind;
  message: string;
}

/** What a wrong answer is compared against. */
export interface SlipContext {
  /** the learner's value at a point */
  learner: (p: Point) => Value;
  /** the learner's tree, when the answer is one formula (not a grid) */
  learnerExpr?: Expr;
  reference: Expr | null;
  /** the names formulas may use, with their shapes (mutants must keep the answer's shape) */
  shapes: ReadonlyMap<string, Shape>;
  sampled: Sampled;
  closeness: Closeness;
  dims: readonly string[];
  /** the answer is a number (no symbols): a factor would reveal it, only the sign is named */
  constant?: boolean;
  /** the function differentiated and the scalar it is differentiated by, when declared */
  of?: { f: Expr; wrt: string; scalars: readonly string[] };
}

const LOOSE: Closeness = { rtol: 1e-4, atol: 1e-6 };
const MAX_MUTANTS = 200;

/**
 * Names the slip behind a wrong answer by finding the known-wrong variant of the reference it
 * equals at the sampled points: a factor (sign, ×2, sum vs mean), the transpose, a sum over the
 * wrong axis (`G𝟏` for `Gᵀ𝟏`), a missing or extra term, a term's sign, a missing chain-rule
 * factor, the function itself, an antiderivative, the second derivative, the derivative by
 * another variable. Messages name the slip, never the answer. Null when none fits.
 */
export function nameSlip(ctx: SlipContext): Slip | null {
  const equals = (candidate: (p: Point) => Value, sampled = ctx.sampled, c = ctx.closeness) =>
    agreement(candidate, sampled, c) === 'equal';
  const factor = constantFactor(ctx);
  if (factor) return factor;
  if (equals((p) => transpose(ctx.learner(p))) && !equals((p) => transpose(ref(ctx, p))))
    return {
      kind: 'transposed',
      message: 'Transposed: your answer is the transpose of the right one.',
    };
  const reference = ctx.reference;
  const axis = reference ? wrongAxis({ ...ctx, reference }) : null;
  if (axis) return axis;
  if (reference) {
    const terms = termsOf(reference);
    const learnerSymbols = ctx.learnerExpr ? symbolsOf(ctx.learnerExpr) : null;
    if (terms.length > 1)
      for (const t of terms) {
        if (matches(ctx, sumOf(terms.filter((u) => u !== t)))) {
          const absent = [...symbolsOf(t)].filter((s) => learnerSymbols && !learnerSymbols.has(s));
          return {
            kind: 'missing-term',
            message: `A term is missing${absent.length ? ` (the one with ${absent.map((s) => toText({ k: 'sym', name: s })).join(', ')})` : ''}: your answer has the other terms right.`,
          };
        }
        if (matches(ctx, sumOf(terms.map((u) => (u === t ? negate(u) : u)))))
          return { kind: 'term-sign', message: 'One term has the wrong sign; the rest is right.' };
      }
    if (ctx.learnerExpr) {
      const own = termsOf(ctx.learnerExpr);
      if (own.length > 1)
        for (const u of own)
          if (
            sameShape(sumOf(own.filter((v) => v !== u)), ctx) &&
            equals((p) => evaluate(sumOf(own.filter((v) => v !== u)), p))
          )
            return {
              kind: 'extra-term',
              message: `The term ${toText(u)} should not be there; the rest is right.`,
            };
    }
    // The function itself or the derivative by another variable, before a dropped factor
    // that may look the same (e^{-x²} is also 2x·e^{-x²} without its 2x).
    const derivative = ctx.of ? derivativeSlip(ctx, ctx.of, equals) : null;
    if (derivative) return derivative;
    for (const { mutant, dropped } of droppedFactors(reference).slice(0, MAX_MUTANTS))
      if (matches(ctx, mutant)) return missingFactor(dropped, ctx.dims);
    for (const mutant of flippedSigns(reference).slice(0, MAX_MUTANTS))
      if (matches(ctx, mutant))
        return { kind: 'term-sign', message: 'A sign inside is wrong; the rest is right.' };
  }
  return ctx.of && !reference ? derivativeSlip(ctx, ctx.of, equals) : null;
}

/** A mutant is a candidate only if it is defined and has the answer's shape. */
function sameShape(mutant: Expr, ctx: SlipContext): boolean {
  try {
    const shape = shapeOf(mutant, ctx.shapes);
    const want = ctx.sampled.values[0]!;
    const size = (d: Dim) => (d === 1 ? 1 : ctx.sampled.points[0]!.get(d)!.data[0]!);
    return size(shape.r) === want.r && size(shape.c) === want.c;
  } catch (error) {
    if (error instanceof FormulaError) return false;
    throw error;
  }
}

function ref(ctx: SlipContext, p: Point): Value {
  const i = ctx.sampled.points.indexOf(p);
  return ctx.sampled.values[i]!;
}

/** Does the learner's answer equal `mutant` (and the mutant differ from the reference)? */
function matches(ctx: SlipContext, mutant: Expr): boolean {
  if (!sameShape(mutant, ctx)) return false;
  // Evaluated once at each point: compared with the reference, then with the learner.
  const { points } = ctx.sampled;
  const values = { points, values: points.map((p) => evaluate(mutant, p)) };
  const mutantAt = (p: Point) => values.values[points.indexOf(p)]!;
  if (agreement(mutantAt, ctx.sampled, ctx.closeness) === 'equal') return false;
  return agreement(ctx.learner, values, ctx.closeness) === 'equal';
}

/** learner = c·reference for one constant c, or for c = n or 1/n with n a dimension. */
function constantFactor(ctx: SlipContext): Slip | null {
  const ratios: number[] = [];
  ctx.sampled.points.forEach((p, i) => {
    const got = ctx.learner(p).data;
    const want = ctx.sampled.values[i]!.data;
    let scale = 0;
    for (const w of want) scale = Math.max(scale, Math.abs(w));
    want.forEach((w, j) => {
      if (Math.abs(w) > 1e-6 * scale && Number.isFinite(got[j]!)) ratios.push(got[j]! / w);
      else ratios.push(Number.NaN);
    });
  });
  const usable = (r: number[]) => r.filter(Number.isFinite);
  const constant = (r: number[]) => {
    const u = usable(r);
    return u.length > 0 && u.every((x) => Math.abs(x - u[0]!) <= 1e-6 * Math.abs(u[0]!))
      ? u[0]!
      : null;
  };
  // A learner's answer equal to the reference times something is only a slip if it fits
  // at every point: check the learner against c·reference as a whole.
  const c = constant(ratios);
  if (c !== null && Math.abs(c - 1) > 1e-6 && c !== 0) {
    const slip = describeFactor(c);
    // For a number, any wrong number is some multiple of the answer, and "4 times the right one"
    // would give the answer away to a learner who typed 1: only the sign is named.
    if (
      (slip.kind === 'sign' || !ctx.constant) &&
      agreement(
        ctx.learner,
        scaledSample(ctx, () => c),
        ctx.closeness,
      ) === 'equal'
    )
      return slip;
  }
  for (const d of ctx.dims) {
    const size = (p: Point) => p.get(d)!.data[0]!;
    for (const [k, message] of [
      [
        (p: Point) => size(p),
        `Off by a factor of ${d}: a sum where the mean belongs (or a missing 1/${d}).`,
      ],
      [
        (p: Point) => 1 / size(p),
        `Off by a factor of 1/${d}: a mean where the sum belongs (or an extra 1/${d}).`,
      ],
    ] as const)
      if (agreement(ctx.learner, scaledSample(ctx, k), ctx.closeness) === 'equal')
        return { kind: 'sum-vs-mean', message };
  }
  return null;
}

function scaledSample(ctx: SlipContext, k: (p: Point) => number): Sampled {
  return {
    points: ctx.sampled.points,
    values: ctx.sampled.values.map((v, i) => {
      const f = k(ctx.sampled.points[i]!);
      return { r: v.r, c: v.c, data: v.data.map((x) => x * f) };
    }),
  };
}

function describeFactor(c: number): Slip {
  if (Math.abs(c + 1) < 1e-9)
    return {
      kind: 'sign',
      message: 'The sign is wrong: your answer is the negative of the right one.',
    };
  const sign = c < 0 ? 'The sign is wrong, and your answer is also ' : 'Your answer is ';
  for (let k = 2; k <= 10; k++) {
    if (Math.abs(Math.abs(c) - k) < 1e-9 * k)
      return {
        kind: 'factor',
        message: `${sign}${k} times the right one: a factor of ${k} too many.`,
      };
    if (Math.abs(Math.abs(c) - 1 / k) < 1e-9)
      return {
        kind: 'factor',
        message: `${sign}1/${k} of the right one: a factor of ${k} is missing.`,
      };
  }
  return {
    kind: 'factor',
    message: `${sign}the right one times a constant: a constant factor is off.`,
  };
}

/** The reference with one factor of a product dropped (or two neighbouring ones), anywhere. */
function droppedFactors(e: Expr): { mutant: Expr; dropped: Expr }[] {
  const out: { mutant: Expr; dropped: Expr }[] = [];
  const visit = (node: Expr, rebuild: (n: Expr) => Expr): void => {
    if (node.k === 'num' || node.k === 'sym' || node.k === 'ones') return;
    if (node.k === 'mul' || node.k === 'had') {
      const k = node.k;
      const factors = chain(node, k);
      const product = (fs: Expr[]) => fs.slice(1).reduce((acc, f) => bin(k, acc, f), fs[0]!);
      const drop = (...at: number[]) =>
        out.push({
          mutant: rebuild(product(factors.filter((_, i) => !at.includes(i)))),
          dropped: product(factors.filter((_, i) => at.includes(i))),
        });
      for (let j = 0; j < factors.length; j++) {
        drop(j);
        if (factors.length > 2 && j + 1 < factors.length) drop(j, j + 1);
      }
      factors.forEach((f, j) => {
        visit(f, (n) => rebuild(product(factors.map((g, i) => (i === j ? n : g)))));
      });
      return;
    }
    // A missing denominator: 1/n of a mean, or the inner derivative under ln or √.
    if (node.k === 'div')
      out.push({ mutant: rebuild(node.a), dropped: bin('div', num(1), node.b) });
    visit(node.a, (n) => rebuild({ ...node, a: n } as Expr));
    if ('b' in node) visit(node.b, (n) => rebuild({ ...node, b: n } as Expr));
  };
  visit(e, (n) => n);
  return out;
}

/**
 * The reduction over the other axis: the learner's answer (or its transpose) equals the key with
 * the matrix a vector of ones reduces transposed — row sums `G𝟏` where the key has the column
 * sums `Gᵀ𝟏` — or, for a mean, transposed with its count too (`X𝟏/d` for `Xᵀ𝟏/n`). Checked both
 * when the answer has the key's shape (a square matrix) and when it has not: a wrong axis of an
 * n×m matrix gives n entries where the key has m. Null when no such reduction fits.
 */
export function wrongAxis(
  ctx: Pick<SlipContext, 'learner' | 'shapes' | 'sampled' | 'closeness'> & { reference: Expr },
): Slip | null {
  const { points } = ctx.sampled;
  if (!points.length || !hasOnes(ctx.reference)) return null;
  const learner = points.map(ctx.learner);
  const got = learner[0]!;
  const at = (p: Point) => learner[points.indexOf(p)]!;
  for (const { mutant, message } of axisMutants(ctx.reference, ctx.shapes)) {
    const values = points.map((p) => evaluate(mutant, p));
    const sampled = { points, values };
    // The same reduction as the key (a symmetric matrix) is no slip.
    if (agreement((p) => values[points.indexOf(p)]!, ctx.sampled, ctx.closeness) === 'equal')
      continue;
    const want = values[0]!;
    const candidate =
      got.r === want.r && got.c === want.c
        ? at
        : got.r === want.c && got.c === want.r
          ? (p: Point) => transpose(at(p))
          : null;
    if (candidate && agreement(candidate, sampled, ctx.closeness) === 'equal')
      return { kind: 'wrong-axis', message };
  }
  return null;
}

function hasOnes(e: Expr): boolean {
  if (e.k === 'ones') return true;
  if (e.k === 'num' || e.k === 'sym') return false;
  return hasOnes(e.a) || ('b' in e && hasOnes(e.b));
}

/** The key with the matrix one of its vectors of ones reduces transposed, and a message. */
function axisMutants(
  reference: Expr,
  shapes: ReadonlyMap<string, Shape>,
): { mutant: Expr; message: string }[] {
  const out: { mutant: Expr; message: string }[] = [];
  const shapeIn = (e: Expr): Shape | null => {
    try {
      return shapeOf(e, shapes, false);
    } catch (error) {
      if (error instanceof FormulaError) return null;
      throw error;
    }
  };
  const isScalarIn = (e: Expr) => {
    const s = shapeIn(e);
    return s !== null && isScalar(s);
  };
  const add = (mutant: Expr, message: string) => {
    try {
      // The vector of ones takes its new length from the transposed matrix.
      const typed = typeOf(withoutLengths(mutant), shapes, false).expr;
      if (!out.some((o) => sameTree(o.mutant, typed))) out.push({ mutant: typed, message });
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
    }
  };
  const visit = (node: Expr, rebuild: (n: Expr) => Expr): void => {
    if (node.k === 'num' || node.k === 'sym' || node.k === 'ones') return;
    if (node.k === 'mul') {
      const factors = chain(node, 'mul');
      const product = (fs: Expr[]) => fs.slice(1).reduce((acc, f) => bin('mul', acc, f), fs[0]!);
      factors.forEach((f, i) => {
        const column = f.k === 'ones';
        const row = f.k === 'T' && f.a.k === 'ones';
        if (!column && !row) return;
        // What the ones reduce: factors just before a column 𝟏, just after a row 𝟏ᵀ (A(B𝟏) may
        // have B or AB on the wrong axis); numbers among them stay as they are.
        const spans = column
          ? factors.slice(0, i).map((_, j) => [j, i] as const)
          : factors.slice(i + 1).map((_, j) => [i + 1, i + 2 + j] as const);
        for (const [from, to] of spans) {
          const reduced = factors.slice(from, to);
          const matrix = reduced.filter((g) => !isScalarIn(g));
          if (!matrix.length) continue;
          const m = product(matrix);
          const shape = shapeIn(m);
          if (!shape || shape.r === 1 || shape.c === 1) continue;
          const flipped = [...reduced.filter(isScalarIn), flip(m)];
          const mutant = rebuild(
            product([...factors.slice(0, from), ...flipped, ...factors.slice(to)]),
          );
          const message = axisMessage(m, shape, column);
          add(mutant, message);
          // A mean's count follows its axis: the other dimension divides.
          if (typeof shape.r === 'string' && typeof shape.c === 'string' && shape.r !== shape.c)
            add(renamed(mutant, shape.r, shape.c), message);
        }
      });
      factors.forEach((f, j) => {
        visit(f, (n) => rebuild(product(factors.map((g, i) => (i === j ? n : g)))));
      });
      return;
    }
    visit(node.a, (n) => rebuild({ ...node, a: n } as Expr));
    if ('b' in node) visit(node.b, (n) => rebuild({ ...node, b: n } as Expr));
  };
  visit(reference, (n) => n);
  return out;
}

/** "your answer sums each row of G; the answer sums each column of G (over its n rows)". */
function axisMessage(m: Expr, shape: Shape, column: boolean): string {
  // A column 𝟏 after M sums each row of M; a row 𝟏ᵀ before it, each column.
  let rows = column;
  let base = m;
  let { r, c } = shape;
  if (m.k === 'T') {
    base = m.a;
    rows = !rows;
    [r, c] = [c, r];
  }
  const name = toText(base);
  const matrix = [...name].length <= 12 && !hasOnes(base) ? name : 'the matrix';
  const keyAxis = rows ? 'row' : 'column';
  const otherAxis = rows ? 'column' : 'row';
  const over = rows ? c : r;
  const count = typeof over === 'string' ? `${toText({ k: 'sym', name: over })} ` : '';
  return `You summed over the wrong axis: your answer sums each ${otherAxis} of ${matrix}; the answer sums each ${keyAxis} of ${matrix} (over its ${count}${otherAxis}s).`;
}

const flip = (e: Expr): Expr => (e.k === 'T' ? e.a : { k: 'T', a: e });

/** The tree with the lengths of its vectors of ones forgotten, to be inferred again. */
function withoutLengths(e: Expr): Expr {
  if (e.k === 'ones') return { k: 'ones' };
  if (e.k === 'num' || e.k === 'sym') return e;
  if ('b' in e) return { ...e, a: withoutLengths(e.a), b: withoutLengths(e.b) };
  return { ...e, a: withoutLengths(e.a) };
}

/** The tree with two dimension names swapped (`/n` becomes `/d`). */
function renamed(e: Expr, x: string, y: string): Expr {
  if (e.k === 'sym') return e.name === x ? sym(y) : e.name === y ? sym(x) : e;
  if (e.k === 'num' || e.k === 'ones') return e;
  if ('b' in e) return { ...e, a: renamed(e.a, x, y), b: renamed(e.b, x, y) };
  return { ...e, a: renamed(e.a, x, y) };
}

const sameTree = (a: Expr, b: Expr) => JSON.stringify(a) === JSON.stringify(b);

/** The reference with one `+` inside turned into `−` or back. */
function flippedSigns(e: Expr): Expr[] {
  const out: Expr[] = [];
  const visit = (node: Expr, rebuild: (n: Expr) => Expr): void => {
    if (node.k === 'num' || node.k === 'sym' || node.k === 'ones') return;
    if (node.k === 'add' || node.k === 'sub')
      out.push(rebuild({ ...node, k: node.k === 'add' ? 'sub' : 'add' }));
    visit(node.a, (n) => rebuild({ ...node, a: n } as Expr));
    if ('b' in node) visit(node.b, (n) => rebuild({ ...node, b: n } as Expr));
  };
  visit(e, (n) => n);
  return out;
}

/** Names what kind of factor is missing without saying what it is. */
function missingFactor(dropped: Expr, dims: readonly string[]): Slip {
  const names = [...symbolsOf(dropped)];
  const constant = names.every((n) => dims.includes(n) || n === 'pi' || n === 'e');
  if (constant && names.some((n) => dims.includes(n)))
    return {
      kind: 'sum-vs-mean',
      message:
        'Part of your answer is off by a factor of a dimension: a sum where a mean belongs, or the other way round.',
    };
  if (constant)
    return { kind: 'factor', message: 'Part of your answer is missing a constant factor.' };
  return {
    kind: 'missing-factor',
    message:
      'A factor is missing. Check the chain rule: each function inside another contributes its own derivative as a factor.',
  };
}

function chain(e: Expr, k: 'mul' | 'had'): Expr[] {
  return e.k === k ? [...chain(e.a, k), ...chain(e.b, k)] : [e];
}

function derivativeSlip(
  ctx: SlipContext,
  of: NonNullable<SlipContext['of']>,
  equals: (c: (p: Point) => Value, s?: Sampled, cl?: Closeness) => boolean,
): Slip | null {
  const at = (e: Expr) => (p: Point) => evaluate(e, p);
  const sampledOf = { points: ctx.sampled.points, values: ctx.sampled.points.map(at(of.f)) };
  if (equals(ctx.learner, sampledOf))
    return { kind: 'function-itself', message: 'That is the function itself, not its derivative.' };
  if (equals(derivative(ctx.learner, of.wrt), sampledOf, LOOSE))
    return {
      kind: 'antiderivative',
      message:
        'That is an antiderivative: its derivative is the function. Differentiate instead of integrating.',
    };
  const second = {
    points: ctx.sampled.points,
    values: ctx.sampled.points.map(derivative(at(ctx.reference ?? of.f), of.wrt)),
  };
  if (equals(ctx.learner, second, LOOSE))
    return {
      kind: 'second-derivative',
      message: 'That is the second derivative: differentiate once.',
    };
  for (const other of of.scalars) {
    if (other === of.wrt) continue;
    const partial = {
      points: ctx.sampled.points,
      values: ctx.sampled.points.map(derivative(at(of.f), other)),
    };
    if (equals(ctx.learner, partial, LOOSE))
      return {
        kind: 'wrong-variable',
        message: `That is the derivative with respect to ${toText({ k: 'sym', name: other })}, not ${toText({ k: 'sym', name: of.wrt })}.`,
      };
  }
  return null;
}

/** Central difference of a scalar-valued function of the point, by the scalar `v`. */
function derivative(f: (p: Point) => Value, v: string): (p: Point) => Value {
  return (p) => {
    const x = p.get(v)!.data[0]!;
    const h = 1e-5 * Math.max(1, Math.abs(x));
    const shifted = (dx: number) =>
      new Map(p).set(v, { r: 1, c: 1, data: Float64Array.of(x + dx) });
    const up = f(shifted(h)).data;
    const down = f(shifted(-h)).data;
    return { r: 1, c: up.length, data: up.map((u, i) => (u - down[i]!) / (2 * h)) };
  };
}
