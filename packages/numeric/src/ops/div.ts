import { result } from '../autodiff/record.ts';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';
import { sumTo } from './broadcast.ts';
import { assertNoNewNaN, zipWith } from './kernels.ts';
import { mul } from './mul.ts';
import { neg } from './neg.ts';

/**
 * Elementwise `a / b` with broadcasting. `x / 0` is ±Infinity; `0 / 0` throws NumericInputError.
 *
 * @example
 * div([1, 2], [2, 4]).toArray() // [0.5, 0.5]
 */
export function div(a: TensorLike, b: TensorLike): Tensor {
  const x = asTensor(a);
  const y = asTensor(b);
  const out = zipWith('div', x, y, (p, q) => p / q);
  assertNoNewNaN('div', out, [x, y], '0 / 0 is undefined');
  const z = result('div', out, [x, y], (g) => [
    x.requiresGrad ? sumTo(div(g, y), x.shape) : null,
    // d(x/y)/dy = -x/y² = -z/y
    y.requiresGrad ? sumTo(neg(div(mul(g, z), y)), y.shape) : null,
  ]);
  return z;
}
