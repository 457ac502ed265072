import { NumericInputError } from '../tensor/errors.ts';
import { normalizeAxes } from '../tensor/shape.ts';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';
import { mul } from './mul.ts';
import { sum } from './sum.ts';

/**
 * Mean over `axis` (all axes when omitted). An empty reduction throws NumericInputError.
 *
 * @example
 * mean([[1, 2], [3, 4]], 1).toArray() // [1.5, 3.5]
 */
export function mean(a: TensorLike, axis?: number | readonly number[], keepDims = false): Tensor {
  const x = asTensor(a);
  const axes = normalizeAxes('mean', axis, x.shape);
  let count = 1;
  for (const ax of axes) count *= x.shape[ax]!;
  if (count === 0) {
    throw new NumericInputError(
      'mean',
      `cannot average over an empty axis of shape [${x.shape.join(', ')}]`,
      [x.shape],
    );
  }
  return mul(sum(x, axes, keepDims), 1 / count);
}
