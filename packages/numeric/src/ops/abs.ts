import { result } from '../autodiff/record.ts';
import { asTensor, Tensor, type TensorLike } from '../tensor/tensor.ts';
import { mapUnary } from './kernels.ts';
import { mul } from './mul.ts';

/**
 * Elementwise `|a|`; the gradient at 0 is the subgradient 0.
 *
 * @example
 * abs([-2, 3]).toArray() // [2, 3]
 */
export function abs(a: TensorLike): Tensor {
  const x = asTensor(a);
  return result('abs', mapUnary(x, Math.abs), [x], (g) => [mul(g, sign(x))]);
}

/**
 * Elementwise sign (-1, 0 or 1) as a constant tensor (its derivative is 0 almost everywhere).
 *
 * @example
 * sign([-2, 0, 3]).toArray() // [-1, 0, 1]
 */
export function sign(a: TensorLike): Tensor {
  const x = asTensor(a);
  const out = mapUnary(x, (v) => (v > 0 ? 1 : v < 0 ? -1 : 0));
  return new Tensor(out.data, out.shape);
}
