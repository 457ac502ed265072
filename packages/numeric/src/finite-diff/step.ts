import { NumericInputError } from '../tensor/errors.ts';

/** Which difference quotient to use. */
export type DifferenceMethod = 'forward' | 'backward' | 'central';

const EPS = Number.EPSILON;

/**
 * A step that balances truncation error against round-off: √ε·max(1,|x|) for one-sided
 * differences (error O(h)), ∛ε·max(1,|x|) for central ones (error O(h²)), and ε^¼ for second
 * differences. The step is nudged so that `x + h` is exactly representable.
 *
 * @example
 * defaultStep('central', 1) // ≈ 6.06e-6
 */
export function defaultStep(method: DifferenceMethod | 'second', x: number): number {
  const power = method === 'central' ? 1 / 3 : method === 'second' ? 1 / 4 : 1 / 2;
  const h = EPS ** power * Math.max(1, Math.abs(x));
  return x + h - x;
}

/** Throw NumericInputError unless `h` is a finite, non-zero number. */
export function checkStep(op: string, h: number): void {
  if (typeof h !== 'number' || !Number.isFinite(h) || h === 0) {
    throw new NumericInputError(op, `step h must be finite and non-zero, got ${h}`);
  }
}

/** Throw NumericInputError unless every coordinate of `x` is a finite number. */
export function checkPoint(op: string, x: ArrayLike<number>): void {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new NumericInputError(
        op,
        `x[${i}] must be a finite number, got ${v} (x has shape [${x.length}])`,
        [[x.length]],
      );
    }
  }
}

/** Call `f` and insist on a finite number back, naming where it failed. */
export function evalScalar(op: string, f: (x: number) => number, x: number): number {
  const y = f(x);
  if (typeof y !== 'number' || !Number.isFinite(y)) {
    throw new NumericInputError(op, `f(${x}) returned ${String(y)}; a finite number is needed`);
  }
  return y;
}
