import { NumericInputError } from '../tensor/errors.ts';
import { checkPoint, checkStep, type DifferenceMethod, defaultStep } from './step.ts';

export interface DifferenceOptions {
  method?: DifferenceMethod;
  /** One step for every coordinate; default: chosen per coordinate by `defaultStep`. */
  h?: number;
}

function values(op: string, y: unknown, at: string): number[] {
  const arr = typeof y === 'number' ? [y] : y;
  if (!Array.isArray(arr) && !(arr instanceof Float64Array)) {
    throw new NumericInputError(
      op,
      `f(${at}) returned ${typeof y}; a number or an array of numbers is needed`,
    );
  }
  const out = Array.from(arr as ArrayLike<unknown>, (v) => v);
  out.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new NumericInputError(op, `f(${at})[${i}] is ${String(v)}; finite numbers are needed`);
    }
  });
  return out as number[];
}

/**
 * Jacobian of f: Rⁿ → Rᵐ by finite differences, as m rows of n numbers (a scalar f gives one row).
 *
 * @example
 * numericalJacobian(([x, y]) => [x * y, x + y], [2, 3]) // ≈ [[3, 2], [1, 1]]
 */
export function numericalJacobian(
  f: (x: number[]) => number | readonly number[] | Float64Array,
  x: ArrayLike<number>,
  options: DifferenceOptions = {},
): number[][] {
  const op = 'numericalJacobian';
  checkPoint(op, x);
  const method = options.method ?? 'central';
  const x0 = Array.from(x);
  const n = x0.length;
  const y0 = method === 'central' ? null : values(op, f(x0.slice()), 'x');
  let rows: number[][] | null = null;
  for (let j = 0; j < n; j++) {
    const xj = x0[j]!;
    const h = options.h ?? defaultStep(method, xj);
    checkStep(op, h);
    const probe = (delta: number) => {
      const xp = x0.slice();
      xp[j] = xj + delta;
      return values(op, f(xp), `x ${delta > 0 ? '+' : '-'} h·e${j}`);
    };
    const plus = method === 'backward' ? y0! : probe(h);
    const minus = method === 'forward' ? y0! : probe(-h);
    const width = method === 'central' ? 2 * h : h;
    if (!rows) rows = plus.map(() => new Array<number>(n).fill(0));
    if (plus.length !== rows.length || minus.length !== rows.length) {
      throw new NumericInputError(
        op,
        `f returned ${plus.length} values at one point and ${rows.length} at another`,
      );
    }
    for (let i = 0; i < rows.length; i++) rows[i]![j] = (plus[i]! - minus[i]!) / width;
  }
  return rows ?? values(op, f(x0.slice()), 'x').map(() => []);
}

/**
 * Gradient of f: Rⁿ → R by finite differences (central by default).
 *
 * @example
 * numericalGradient(([x, y]) => x * x + 3 * y, [1, 2]) // ≈ [2, 3]
 */
export function numericalGradient(
  f: (x: number[]) => number,
  x: ArrayLike<number>,
  options: DifferenceOptions = {},
): number[] {
  const rows = numericalJacobian(f, x, options);
  if (rows.length !== 1) {
    throw new NumericInputError(
      'numericalGradient',
      `f must return one number, got ${rows.length} values`,
    );
  }
  return rows[0]!;
}

/**
 * Hessian of f: Rⁿ → R by second differences with step ε^¼·max(1,|xᵢ|); symmetric by
 * construction. Error O(h²) ≈ 1e-8 relative for smooth f.
 *
 * @example
 * numericalHessian(([x, y]) => x * x * y, [1, 2]) // ≈ [[4, 2], [2, 0]]
 */
export function numericalHessian(
  f: (x: number[]) => number,
  x: ArrayLike<number>,
  options: { h?: number } = {},
): number[][] {
  const op = 'numericalHessian';
  checkPoint(op, x);
  const x0 = Array.from(x);
  const n = x0.length;
  const hs = x0.map((v) => options.h ?? defaultStep('second', v));
  for (const h of hs) checkStep(op, h);
  const at = (di: number, i: number, dj: number, j: number): number => {
    const xp = x0.slice();
    xp[i]! += di * hs[i]!;
    xp[j]! += dj * hs[j]!;
    return values(op, f(xp), 'a probe point')[0]!;
  };
  const fx = values(op, f(x0.slice()), 'x')[0]!;
  const H = x0.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const hi = hs[i]!;
    H[i]![i] = (at(1, i, 0, i) - 2 * fx + at(-1, i, 0, i)) / (hi * hi);
    for (let j = i + 1; j < n; j++) {
      const v =
        (at(1, i, 1, j) - at(1, i, -1, j) - at(-1, i, 1, j) + at(-1, i, -1, j)) / (4 * hi * hs[j]!);
      H[i]![j] = v;
      H[j]![i] = v;
    }
  }
  return H;
}
