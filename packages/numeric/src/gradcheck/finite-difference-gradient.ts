import { defaultStep } from '../finite-diff/step.ts';
import { NumericInputError } from '../tensor/errors.ts';
import { toNested } from '../tensor/nested.ts';
import { Tensor } from '../tensor/tensor.ts';
import { type CompareOptions, compareGradients } from './compare-gradients.ts';
import { readExpected } from './read-gradient.ts';
import type { GradientDiagnosis } from './types.ts';

/** A point in any of the forms learner code uses: a number, nested arrays, a typed array or a Tensor. */
export type Point = number | readonly unknown[] | Float64Array | Tensor;

function scalarOf(y: unknown): number {
  if (typeof y === 'number') return y;
  if (y instanceof Tensor && y.size === 1) return y.data[0]!;
  return Number.NaN;
}

/**
 * The expected gradient of a scalar `f` at `x` by central differences, one component at a
 * time. `f` receives a fresh copy of `x` in the same form (nested arrays stay nested arrays), so
 * it works with learner and reference functions alike. Returns a Tensor shaped like `x`.
 *
 * @example
 * finiteDifferenceGradient((w) => w[0] ** 2 + 3 * w[1], [1, 2]).toArray() // ≈ [2, 3]
 */
export function finiteDifferenceGradient<X extends Point>(
  f: (x: X) => number | Tensor,
  x: X,
  options: { h?: number } = {},
): Tensor {
  const op = 'finiteDifferenceGradient';
  const base = readExpected(op, x);
  const rebuild = (flat: Float64Array): X => {
    if (typeof x === 'number') return flat[0]! as X;
    if (x instanceof Tensor) return new Tensor(flat, x.shape) as X;
    if (x instanceof Float64Array) return flat as X;
    return toNested(flat, base.shape) as X;
  };
  const grad = new Float64Array(base.data.length);
  for (let i = 0; i < grad.length; i++) {
    const xi = base.data[i]!;
    const h = options.h ?? defaultStep('central', xi);
    if (!Number.isFinite(h) || h === 0)
      throw new NumericInputError(op, `step h must be finite and non-zero, got ${h}`);
    const at = (v: number) => {
      const flat = base.data.slice();
      flat[i] = v;
      const y = scalarOf(f(rebuild(flat)));
      if (!Number.isFinite(y)) {
        throw new NumericInputError(
          op,
          `f returned ${y} (or not a single number) when component ${i} of x was moved to ${v}`,
          [base.shape],
        );
      }
      return y;
    };
    grad[i] = (at(xi + h) - at(xi - h)) / (2 * h);
  }
  return new Tensor(grad, base.shape);
}

/**
 * Check an analytic gradient `got` of `f` at `x` against finite differences and diagnose it.
 * Default tolerance suits central differences (rtol 1e-5, atol 1e-7 × gradient scale).
 *
 * @example
 * const f = (w: number[]) => w[0] ** 2 + w[1] ** 2;
 * checkGradient(f, [1, 2], [4, 8]).message
 * // "Every component of your gradient is ×2 the expected value — …"
 */
export function checkGradient<X extends Point>(
  f: (x: X) => number | Tensor,
  x: X,
  got: unknown,
  options: CompareOptions & { h?: number } = {},
): GradientDiagnosis {
  return compareGradients(got, finiteDifferenceGradient(f, x, options), options);
}
