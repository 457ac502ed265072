import type { Expr, FunctionName } from './ast.ts';

/** A value while evaluating: every value is a row-major matrix; a number is 1×1. */
export interface Value {
  r: number;
  c: number;
  data: Float64Array;
}

export const scalar = (v: number): Value => ({ r: 1, c: 1, data: Float64Array.of(v) });

const CONSTANTS: Record<string, number> = { pi: Math.PI, e: Math.E };

const ELEMENTWISE: Partial<Record<FunctionName, (x: number) => number>> = {
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  exp: Math.exp,
  ln: Math.log,
  sqrt: Math.sqrt,
  abs: Math.abs,
  tanh: Math.tanh,
  sign: Math.sign,
  sigma: (x) => 1 / (1 + Math.exp(-x)),
  dsigma: (x) => {
    const s = 1 / (1 + Math.exp(-x));
    return s * (1 - s);
  },
  dtanh: (x) => 1 - Math.tanh(x) ** 2,
  relu: (x) => Math.max(0, x),
};

/**
 * Evaluates a shape-checked tree (`typeOf`'s: the lengths of its vectors of ones filled in) with
 * the given values (symbols, dimensions as numbers, and `pi`, `e` unless a symbol takes the
 * name). Non-finite results are returned, not thrown: the caller decides whether a point is
 * usable.
 */
export function evaluate(e: Expr, env: ReadonlyMap<string, Value>): Value {
  switch (e.k) {
    case 'num':
      return scalar(e.v);
    case 'sym': {
      const v = env.get(e.name) ?? (e.name in CONSTANTS ? scalar(CONSTANTS[e.name]!) : undefined);
      if (!v) throw new Error(`evaluate: no value for ${e.name}`);
      return v;
    }
    case 'ones': {
      // The length was filled in by the shape check (shapes.ts: typeOf); it is a dimension.
      const n = e.n === undefined ? undefined : env.get(e.n)?.data[0];
      if (n === undefined) throw new Error('evaluate: a vector of ones without a length');
      return { r: n, c: 1, data: new Float64Array(n).fill(1) };
    }
    case 'neg':
      return map(evaluate(e.a, env), (x) => -x);
    case 'T':
      return transpose(evaluate(e.a, env));
    case 'add':
      return zip(evaluate(e.a, env), evaluate(e.b, env), (x, y) => x + y);
    case 'sub':
      return zip(evaluate(e.a, env), evaluate(e.b, env), (x, y) => x - y);
    case 'had':
      return zip(evaluate(e.a, env), evaluate(e.b, env), (x, y) => x * y);
    case 'div':
      return zip(evaluate(e.a, env), evaluate(e.b, env), (x, y) => x / y);
    case 'pow':
      return zip(evaluate(e.a, env), evaluate(e.b, env), power);
    case 'mul':
      return multiply(evaluate(e.a, env), evaluate(e.b, env));
    case 'call':
      return call(e.fn, evaluate(e.a, env));
  }
}

/** `0^0` is undefined here (NaN), as is a negative base with a fractional power. */
function power(x: number, y: number): number {
  return x === 0 && y === 0 ? Number.NaN : x ** y;
}

export function map(a: Value, f: (x: number) => number): Value {
  return { r: a.r, c: a.c, data: a.data.map(f) };
}

/** Entry by entry, a 1×1 side applying to every entry of the other. */
function zip(a: Value, b: Value, f: (x: number, y: number) => number): Value {
  if (a.data.length === 1 && b.data.length !== 1) return map(b, (y) => f(a.data[0]!, y));
  if (b.data.length === 1) return map(a, (x) => f(x, b.data[0]!));
  if (a.r !== b.r || a.c !== b.c) throw new Error('evaluate: shapes differ');
  const out = new Float64Array(a.data.length);
  for (let i = 0; i < out.length; i++) out[i] = f(a.data[i]!, b.data[i]!);
  return { r: a.r, c: a.c, data: out };
}

function multiply(a: Value, b: Value): Value {
  if (a.data.length === 1 || b.data.length === 1) return zip(a, b, (x, y) => x * y);
  if (a.c !== b.r) throw new Error('evaluate: inner dimensions differ');
  const out = new Float64Array(a.r * b.c);
  for (let i = 0; i < a.r; i++)
    for (let j = 0; j < b.c; j++) {
      let s = 0;
      for (let k = 0; k < a.c; k++) s += a.data[i * a.c + k]! * b.data[k * b.c + j]!;
      out[i * b.c + j] = s;
    }
  return { r: a.r, c: b.c, data: out };
}

export function transpose(a: Value): Value {
  const out = new Float64Array(a.data.length);
  for (let i = 0; i < a.r; i++)
    for (let j = 0; j < a.c; j++) out[j * a.r + i] = a.data[i * a.c + j]!;
  return { r: a.c, c: a.r, data: out };
}

function call(fn: FunctionName, a: Value): Value {
  const f = ELEMENTWISE[fn];
  if (f) return map(a, f);
  let total = 0;
  for (const x of a.data) total += x;
  switch (fn) {
    case 'sum':
      return scalar(total);
    case 'mean':
      return scalar(total / a.data.length);
    case 'norm':
      return scalar(Math.hypot(...a.data));
    case 'trace': {
      let t = 0;
      for (let i = 0; i < a.r; i++) t += a.data[i * a.c + i]!;
      return scalar(t);
    }
    case 'softmax': {
      const top = Math.max(...a.data);
      const exps = a.data.map((x) => Math.exp(x - top));
      const z = exps.reduce((s, x) => s + x, 0);
      return { r: a.r, c: a.c, data: exps.map((x) => x / z) };
    }
    case 'diag': {
      const out = new Float64Array(a.r * a.r);
      for (let i = 0; i < a.r; i++) out[i * a.r + i] = a.data[i]!;
      return { r: a.r, c: a.r, data: out };
    }
    default:
      throw new Error(`evaluate: unknown function ${fn}`);
  }
}

/**
 * A formula in one scalar variable as a plain function (for plots): `toFunction(tree, 'x')(2)`.
 * Not-a-number where it is undefined.
 */
export function toFunction(e: Expr, variable: string): (x: number) => number {
  return (x) => {
    const v = evaluate(e, new Map([[variable, scalar(x)]]));
    return v.data.length === 1 ? v.data[0]! : Number.NaN;
  };
}
