import { result } from '../autodiff/record.ts';
import { NumericInputError } from '../tensor/errors.ts';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';
import { div } from './div.ts';
import { mapUnary } from './kernels.ts';

/**
 * Elementwise natural logarithm. `log(0)` is -Infinity; a negative input throws NumericInputError.
 *
 * @example
 * log([1, Math.E]).toArray() // [0, 1]
 */
export function log(a: TensorLike): Tensor {
  const x = asTensor(a);
  const bad = x.data.findIndex((v) => v < 0);
  if (bad >= 0) {
    throw new NumericInputError(
      'log',
      `input must be >= 0, got ${x.data[bad]} at flat index ${bad} of shape [${x.shape.join(', ')}]`,
      [x.shape],
    );
  }
  return result('log', mapUnary(x, Math.log), [x], (g) => [div(g, x)]);
}
