import { result } from '../autodiff/record.ts';
import { NumericInputError } from '../tensor/errors.ts';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';
import { div } from './div.ts';
import { mapUnary } from './kernels.ts';
import { mul } from './mul.ts';

/**
 * Elementwise square root; a negative input throws NumericInputError.
 *
 * @example
 * sqrt([4, 9]).toArray() // [2, 3]
 */
export function sqrt(a: TensorLike): Tensor {
  const x = asTensor(a);
  const bad = x.data.findIndex((v) => v < 0);
  if (bad >= 0) {
    throw new NumericInputError(
      'sqrt',
      `input must be >= 0, got ${x.data[bad]} at flat index ${bad} of shape [${x.shape.join(', ')}]`,
      [x.shape],
    );
  }
  // d√x/dx = 1 / (2√x)
  const y: Tensor = result('sqrt', mapUnary(x, Math.sqrt), [x], (g) => [mul(g, div(0.5, y))]);
  return y;
}
