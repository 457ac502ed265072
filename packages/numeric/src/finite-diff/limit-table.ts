import { NumericInputError } from '../tensor/errors.ts';
import { centralDifference } from './difference.ts';
import { checkPoint, checkStep, type DifferenceMethod, evalScalar } from './step.ts';

/** One row of a limit table: the step, the difference quotient and its error. */
export interface LimitRow {
  h: number;
  quotient: number;
  error: number;
}

/**
 * The limit definition of the derivative, row by row for shrinking h (default 10⁻¹ … 10⁻¹⁶).
 * The error first falls (truncation, ∝ h or h²) and then rises again once cancellation in
 * f(x+h) − f(x) dominates (round-off, ∝ ε/h) — the lesson's "too small h" moment.
 * `exact` defaults to a central difference at its optimal step.
 *
 * @example
 * limitTable(Math.sin, 1, { exact: Math.cos(1) })
 * // [{ h: 0.1, quotient: 0.497…, error: 0.0429… }, …, { h: 1e-8, …, error: ~3e-9 }, …]
 */
export function limitTable(
  f: (x: number) => number,
  x: number,
  options: { method?: DifferenceMethod; hs?: readonly number[]; exact?: number } = {},
): LimitRow[] {
  const op = 'limitTable';
  checkPoint(op, [x]);
  const method = options.method ?? 'forward';
  const hs = options.hs ?? Array.from({ length: 16 }, (_, i) => 10 ** -(i + 1));
  const exact = options.exact ?? centralDifference(f, x);
  if (!Number.isFinite(exact))
    throw new NumericInputError(op, `exact derivative must be finite, got ${exact}`);
  const fx = evalScalar(op, f, x);
  return hs.map((h) => {
    checkStep(op, h);
    let quotient: number;
    if (method === 'forward') quotient = (evalScalar(op, f, x + h) - fx) / h;
    else if (method === 'backward') quotient = (fx - evalScalar(op, f, x - h)) / h;
    else quotient = (evalScalar(op, f, x + h) - evalScalar(op, f, x - h)) / (2 * h);
    return { h, quotient, error: Math.abs(quotient - exact) };
  });
}
