import {
  declareSymbol,
  type Expr,
  FormulaError,
  namesFor,
  toFunction,
  toLatex,
  understand,
} from '@slope/numeric/expr';

/** What `<FunctionPlot fn="x^2*sin(x)">` becomes on the server: a tree, its TeX, a y range. */
export interface CompiledPlotFunction {
  expression: Expr;
  tex: string;
  y: [number, number];
}

const X = namesFor([declareSymbol('x', 'scalar')]);

/**
 * Reads a plot's formula in x with the same parser as formula answers (no code is evaluated:
 * the browser gets a tree), and picks a y range that shows it over `x`. Throws
 * {@link FormulaError} with the reason when it is not a formula in x.
 *
 * @example compilePlotFunction('x^2*sin(x)', [-3, 3]).tex // 'f(x) = x^{2} \\sin\\left(x\\right)'
 */
export function compilePlotFunction(fn: string, x: [number, number]): CompiledPlotFunction {
  const read = understand(fn, X);
  if ('error' in read) throw read.error;
  if (read.shape.r !== 1 || read.shape.c !== 1)
    throw new FormulaError('a plot needs a formula in x whose value is a number');
  const f = toFunction(read.expr, 'x');
  const ys: number[] = [];
  for (let i = 0; i <= 200; i++) {
    const y = f(x[0] + ((x[1] - x[0]) * i) / 200);
    if (Number.isFinite(y)) ys.push(y);
  }
  if (ys.length < 20) throw new FormulaError(`it is undefined over most of x in [${x.join(', ')}]`);
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  const pad = Math.max((hi - lo) * 0.1, 0.5);
  return { expression: read.expr, tex: `f(x) = ${toLatex(read.expr)}`, y: [lo - pad, hi + pad] };
}
