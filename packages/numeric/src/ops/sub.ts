import { result } from '../autodiff/record.ts';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';
import { sumTo } from './broadcast.ts';
import { zipWith } from './kernels.ts';
import { neg } from './neg.ts';

/**
 * Elementwise `a - b` with broadcasting.
 *
 * @example
 * sub([5, 7], 2).toArray() // [3, 5]
 */
export function sub(a: TensorLike, b: TensorLike): Tensor {
  const x = asTensor(a);
  const y = asTensor(b);
  const out = zipWith('sub', x, y, (p, q) => p - q);
  return result('sub', out, [x, y], (g) => [
    sumTo(g, x.shape),
    y.requiresGrad ? sumTo(neg(g), y.shape) : null,
  ]);
}
