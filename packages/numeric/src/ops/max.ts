import { result } from '../autodiff/record.ts';
import { NumericInputError } from '../tensor/errors.ts';
import { broadcastIndexMap, normalizeAxes, sizeOf } from '../tensor/shape.ts';
import { asTensor, Tensor, type TensorLike } from '../tensor/tensor.ts';
import { broadcastTo } from './broadcast.ts';
import { mul } from './mul.ts';
import { neg } from './neg.ts';
import { reshape } from './reshape.ts';
import { reducedShapes } from './sum.ts';

/**
 * Maximum over `axis` (all axes when omitted). The gradient goes to the arg-max entries
 * (split evenly between ties). An empty reduction throws NumericInputError.
 *
 * @example
 * max([[1, 5], [7, 2]], 1).toArray() // [5, 7]
 */
export function max(a: TensorLike, axis?: number | readonly number[], keepDims = false): Tensor {
  const x = asTensor(a);
  const axes = normalizeAxes('max', axis, x.shape);
  const { kept, dropped } = reducedShapes(x.shape, axes);
  if (x.size === 0) {
    throw new NumericInputError(
      'max',
      `cannot take the max of an empty tensor of shape [${x.shape.join(', ')}]`,
      [x.shape],
    );
  }
  const map = broadcastIndexMap(kept, x.shape);
  const data = new Float64Array(sizeOf(kept)).fill(Number.NEGATIVE_INFINITY);
  for (let i = 0; i < x.size; i++) {
    const v = x.data[i]!;
    const k = map[i]!;
    if (v > data[k]! || Number.isNaN(v)) data[k] = v;
  }
  const m = result('max', { data, shape: kept }, [x], (g) => {
    // Mask of the arg-max entries, normalised so ties share the gradient.
    const count = new Float64Array(data.length);
    const mask = new Float64Array(x.size);
    for (let i = 0; i < x.size; i++) {
      if (x.data[i] === data[map[i]!]) {
        mask[i] = 1;
        count[map[i]!]!++;
      }
    }
    for (let i = 0; i < x.size; i++) if (mask[i]) mask[i] = 1 / count[map[i]!]!;
    return [mul(broadcastTo(g, x.shape), new Tensor(mask, x.shape))];
  });
  return keepDims ? m : reshape(m, dropped);
}

/**
 * Minimum over `axis` (all axes when omitted).
 *
 * @example
 * min([3, 1, 2]).item() // 1
 */
export function min(a: TensorLike, axis?: number | readonly number[], keepDims = false): Tensor {
  return neg(max(neg(a), axis, keepDims));
}
