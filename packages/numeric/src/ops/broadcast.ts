import { result } from '../autodiff/record.ts';
import { formatShape, ShapeError } from '../tensor/errors.ts';
import {
  broadcastIndexMap,
  broadcastShapes,
  isTrailingBlock,
  shapesEqual,
  sizeOf,
} from '../tensor/shape.ts';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';

/**
 * Repeat `x` along size-1 (or missing leading) axes to `shape`. Backward sums the copies back.
 *
 * @example
 * broadcastTo([1, 2], [2, 2]).toArray() // [[1, 2], [1, 2]]
 */
export function broadcastTo(x: TensorLike, shape: readonly number[]): Tensor {
  const a = asTensor(x);
  if (shapesEqual(a.shape, shape)) return a;
  const full = broadcastShapes('broadcastTo', a.shape, shape);
  if (!shapesEqual(full, shape)) {
    throw new ShapeError(
      'broadcastTo',
      `cannot broadcast shape ${formatShape(a.shape)} to ${formatShape(shape)}`,
      [a.shape, shape],
    );
  }
  const map = broadcastIndexMap(a.shape, shape);
  const data = new Float64Array(map.length);
  for (let i = 0; i < data.length; i++) data[i] = a.data[map[i]!]!;
  return result('broadcastTo', { data, shape: [...shape] }, [a], (g) => [sumTo(g, a.shape)]);
}

/**
 * Sum `x` down to `shape`, the shape it was broadcast from — how backward un-broadcasts.
 *
 * @example
 * sumTo([[1, 2], [3, 4]], [2]).toArray() // [4, 6]
 */
export function sumTo(x: TensorLike, shape: readonly number[]): Tensor {
  const a = asTensor(x);
  if (shapesEqual(a.shape, shape)) return a;
  const full = broadcastShapes('sumTo', shape, a.shape);
  if (!shapesEqual(full, a.shape)) {
    throw new ShapeError(
      'sumTo',
      `cannot sum shape ${formatShape(a.shape)} down to ${formatShape(shape)}`,
      [a.shape, shape],
    );
  }
  const data = new Float64Array(sizeOf(shape));
  const ad = a.data;
  if (data.length === 1) {
    let s = 0;
    for (let i = 0; i < ad.length; i++) s += ad[i]!;
    data[0] = s;
  } else if (isTrailingBlock(shape, a.shape)) {
    // e.g. the gradient of a bias row: add up the rows
    const n = data.length;
    for (let o = 0; o < ad.length; o += n) for (let j = 0; j < n; j++) data[j]! += ad[o + j]!;
  } else {
    const map = broadcastIndexMap(shape, a.shape);
    for (let i = 0; i < ad.length; i++) data[map[i]!]! += ad[i]!;
  }
  return result('sumTo', { data, shape: [...shape] }, [a], (g) => [broadcastTo(g, a.shape)]);
}
