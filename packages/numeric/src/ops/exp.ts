import { result } from '../autodiff/record.ts';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';
import { mapUnary } from './kernels.ts';
import { mul } from './mul.ts';

/**
 * Elementwise `e^a`.
 *
 * @example
 * exp([0, 1]).toArray() // [1, 2.718281828459045]
 */
export function exp(a: TensorLike): Tensor {
  const x = asTensor(a);
  const y: Tensor = result('exp', mapUnary(x, Math.exp), [x], (g) => [mul(g, y)]);
  return y;
}
