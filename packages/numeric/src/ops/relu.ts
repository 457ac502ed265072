import { result } from '../autodiff/record.ts';
import { asTensor, Tensor, type TensorLike } from '../tensor/tensor.ts';
import { mapUnary } from './kernels.ts';
import { mul } from './mul.ts';

/**
 * Elementwise `max(a, 0)`; the gradient at 0 is taken as 0.
 *
 * @example
 * relu([-1, 0, 2]).toArray() // [0, 0, 2]
 */
export function relu(a: TensorLike): Tensor {
  const x = asTensor(a);
  return result(
    'relu',
    mapUnary(x, (v) => Math.max(v, 0)),
    [x],
    (g) => {
      const mask = mapUnary(x, (v) => (v > 0 ? 1 : 0));
      return [mul(g, new Tensor(mask.data, mask.shape))];
    },
  );
}
