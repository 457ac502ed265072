import { result } from '../autodiff/record.ts';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';
import { sumTo } from './broadcast.ts';
import { zipWith } from './kernels.ts';

/**
 * Elementwise `a + b` with broadcasting.
 *
 * @example
 * add([[1, 2], [3, 4]], [10, 20]).toArray() // [[11, 22], [13, 24]]
 */
export function add(a: TensorLike, b: TensorLike): Tensor {
  const x = asTensor(a);
  const y = asTensor(b);
  const out = zipWith('add', x, y, (p, q) => p + q);
  // d(x+y)/dx = 1: pass g through, summed over broadcast axes.
  return result('add', out, [x, y], (g) => [sumTo(g, x.shape), sumTo(g, y.shape)]);
}
