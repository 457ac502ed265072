import { result } from '../autodiff/record.ts';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';
import { mapUnary } from './kernels.ts';
import { mul } from './mul.ts';
import { sub } from './sub.ts';

/**
 * Elementwise hyperbolic tangent.
 *
 * @example
 * tanh([0]).toArray() // [0]
 */
export function tanh(a: TensorLike): Tensor {
  const x = asTensor(a);
  // d tanh(x)/dx = 1 - tanh(x)²
  const y: Tensor = result('tanh', mapUnary(x, Math.tanh), [x], (g) => [mul(g, sub(1, mul(y, y)))]);
  return y;
}
