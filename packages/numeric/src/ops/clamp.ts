import { result } from '../autodiff/record.ts';
import { NumericInputError } from '../tensor/errors.ts';
import { asTensor, Tensor, type TensorLike } from '../tensor/tensor.ts';
import { mapUnary } from './kernels.ts';
import { mul } from './mul.ts';

/**
 * Elementwise clamp to `[lo, hi]`; the gradient is 1 inside the interval and 0 where clamped.
 *
 * @example
 * clamp([-2, 0.5, 3], 0, 1).toArray() // [0, 0.5, 1]
 */
export function clamp(a: TensorLike, lo: number, hi: number): Tensor {
  const x = asTensor(a);
  if (Number.isNaN(lo) || Number.isNaN(hi) || lo > hi) {
    throw new NumericInputError('clamp', `needs lo <= hi, got [${lo}, ${hi}]`, [x.shape]);
  }
  const out = mapUnary(x, (v) => Math.min(hi, Math.max(lo, v)));
  return result('clamp', out, [x], (g) => {
    const inside = mapUnary(x, (v) => (v >= lo && v <= hi ? 1 : 0));
    return [mul(g, new Tensor(inside.data, inside.shape))];
  });
}
