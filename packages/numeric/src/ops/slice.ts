import { result } from '../autodiff/record.ts';
import { formatShape, ShapeError } from '../tensor/errors.ts';
import { sizeOf, stridesOf } from '../tensor/shape.ts';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';

/** Copy the box starting at `begin` with size `shape` between `src` (shape srcShape) and `dst`. */
function copyBox(
  src: Float64Array,
  srcShape: readonly number[],
  dst: Float64Array,
  dstShape: readonly number[],
  begin: readonly number[],
  shape: readonly number[],
  intoBig: boolean,
): void {
  const big = intoBig ? dstShape : srcShape;
  const strides = stridesOf(big);
  const rank = shape.length;
  const n = sizeOf(shape);
  const counter = new Array<number>(rank).fill(0);
  let offset = 0;
  for (let ax = 0; ax < rank; ax++) offset += begin[ax]! * strides[ax]!;
  for (let k = 0; k < n; k++) {
    if (intoBig) dst[offset] = src[k]!;
    else dst[k] = src[offset]!;
    for (let ax = rank - 1; ax >= 0; ax--) {
      counter[ax]!++;
      offset += strides[ax]!;
      if (counter[ax]! < shape[ax]!) break;
      offset -= strides[ax]! * shape[ax]!;
      counter[ax] = 0;
    }
  }
}

/**
 * The box `begin[i] <= index[i] < end[i]` along each axis (missing entries: whole axis;
 * negative values count from the end, as in `Array.prototype.slice`).
 *
 * @example
 * slice([[1, 2, 3], [4, 5, 6]], [0, 1], [2, 3]).toArray() // [[2, 3], [5, 6]]
 */
export function slice(
  a: TensorLike,
  begin: readonly number[],
  end: readonly number[] = [],
): Tensor {
  const x = asTensor(a);
  if (begin.length > x.rank || end.length > x.rank) {
    throw new ShapeError(
      'slice',
      `begin [${begin.join(', ')}] / end [${end.join(', ')}] have more axes than shape ${formatShape(x.shape)}`,
      [x.shape],
    );
  }
  const b: number[] = [];
  const shape: number[] = [];
  for (let ax = 0; ax < x.rank; ax++) {
    const d = x.shape[ax]!;
    const lo0 = begin[ax] ?? 0;
    const hi0 = end[ax] ?? d;
    const lo = lo0 < 0 ? lo0 + d : lo0;
    const hi = hi0 < 0 ? hi0 + d : hi0;
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 0 || hi > d || lo > hi) {
      throw new ShapeError(
        'slice',
        `range ${lo0}:${hi0} is out of bounds for axis ${ax} of shape ${formatShape(x.shape)}`,
        [x.shape],
      );
    }
    b.push(lo);
    shape.push(hi - lo);
  }
  const data = new Float64Array(sizeOf(shape));
  copyBox(x.data, x.shape, data, shape, b, shape, false);
  return result('slice', { data, shape }, [x], (g) => [padSlice(g, x.shape, b)]);
}

/**
 * Inverse of `slice` for gradients: zeros of `shape` with `a` written at `begin`.
 *
 * @example
 * padSlice([1, 2], [4], [1]).toArray() // [0, 1, 2, 0]
 */
export function padSlice(
  a: TensorLike,
  shape: readonly number[],
  begin: readonly number[],
): Tensor {
  const x = asTensor(a);
  const fits = x.rank === shape.length && x.shape.every((d, i) => (begin[i] ?? 0) + d <= shape[i]!);
  if (!fits) {
    throw new ShapeError(
      'padSlice',
      `cannot place ${formatShape(x.shape)} at [${begin.join(', ')}] in ${formatShape(shape)}`,
      [x.shape, shape],
    );
  }
  const b = shape.map((_, i) => begin[i] ?? 0);
  const data = new Float64Array(sizeOf(shape));
  copyBox(x.data, x.shape, data, shape, b, x.shape, true);
  const end = b.map((v, i) => v + x.shape[i]!);
  return result('padSlice', { data, shape: [...shape] }, [x], (g) => [slice(g, b, end)]);
}
