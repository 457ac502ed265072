import { result } from '../autodiff/record.ts';
import { formatShape, ShapeError } from '../tensor/errors.ts';
import { sizeOf } from '../tensor/shape.ts';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';
import { slice } from './slice.ts';

/**
 * Join tensors along an existing `axis`; all other sizes must match.
 *
 * @example
 * concat([[[1, 2]], [[3, 4]]], 0).toArray() // [[1, 2], [3, 4]]
 */
export function concat(parts: readonly TensorLike[], axis = 0): Tensor {
  const xs = parts.map(asTensor);
  const first = xs[0];
  if (!first) throw new ShapeError('concat', 'needs at least one tensor');
  const rank = first.rank;
  const ax = axis < 0 ? axis + rank : axis;
  if (ax < 0 || ax >= rank) {
    throw new ShapeError(
      'concat',
      `axis ${axis} is out of range for shape ${formatShape(first.shape)}`,
      [first.shape],
    );
  }
  for (const x of xs) {
    const ok = x.rank === rank && x.shape.every((d, i) => i === ax || d === first.shape[i]);
    if (!ok) {
      throw new ShapeError(
        'concat',
        `shapes ${formatShape(first.shape)} and ${formatShape(x.shape)} differ outside axis ${ax}`,
        [first.shape, x.shape],
      );
    }
  }
  const shape = [...first.shape];
  shape[ax] = xs.reduce((s, x) => s + x.shape[ax]!, 0);
  const outer = sizeOf(first.shape.slice(0, ax));
  const inner = sizeOf(first.shape.slice(ax + 1));
  const data = new Float64Array(sizeOf(shape));
  const rowLen = shape[ax]! * inner;
  let start = 0;
  for (const x of xs) {
    const chunk = x.shape[ax]! * inner;
    for (let o = 0; o < outer; o++)
      data.set(x.data.subarray(o * chunk, (o + 1) * chunk), o * rowLen + start);
    start += chunk;
  }
  return result('concat', { data, shape }, xs, (g) => {
    let offset = 0;
    return xs.map((x) => {
      const begin = shape.map((_, i) => (i === ax ? offset : 0));
      offset += x.shape[ax]!;
      const end = shape.map((d, i) => (i === ax ? offset : d));
      return x.requiresGrad ? slice(g, begin, end) : null;
    });
  });
}
