import { result } from '../autodiff/record.ts';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';
import { mapUnary } from './kernels.ts';
import { mul } from './mul.ts';
import { neg } from './neg.ts';

/**
 * Elementwise sine.
 *
 * @example
 * sin([0]).toArray() // [0]
 */
export function sin(a: TensorLike): Tensor {
  const x = asTensor(a);
  return result('sin', mapUnary(x, Math.sin), [x], (g) => [mul(g, cos(x))]);
}

/**
 * Elementwise cosine.
 *
 * @example
 * cos([0]).toArray() // [1]
 */
export function cos(a: TensorLike): Tensor {
  const x = asTensor(a);
  return result('cos', mapUnary(x, Math.cos), [x], (g) => [mul(g, neg(sin(x)))]);
}
