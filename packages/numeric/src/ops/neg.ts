import { result } from '../autodiff/record.ts';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';
import { mapUnary } from './kernels.ts';

/**
 * Elementwise `-a`.
 *
 * @example
 * neg([1, -2]).toArray() // [-1, 2]
 */
export function neg(a: TensorLike): Tensor {
  const x = asTensor(a);
  return result(
    'neg',
    mapUnary(x, (v) => -v),
    [x],
    (g) => [neg(g)],
  );
}
