import { result } from '../autodiff/record.ts';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';
import { sumTo } from './broadcast.ts';
import { zipWith } from './kernels.ts';

/**
 * Elementwise `a * b` with broadcasting.
 *
 * @example
 * mul([1, 2, 3], 2).toArray() // [2, 4, 6]
 */
export function mul(a: TensorLike, b: TensorLike): Tensor {
  const x = asTensor(a);
  const y = asTensor(b);
  const out = zipWith('mul', x, y, (p, q) => p * q);
  // Product rule: d(xy) = y dx + x dy.
  return result('mul', out, [x, y], (g) => [
    x.requiresGrad ? sumTo(mul(g, y), x.shape) : null,
    y.requiresGrad ? sumTo(mul(g, x), y.shape) : null,
  ]);
}
