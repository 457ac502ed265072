import { result } from '../autodiff/record.ts';
import { formatShape, ShapeError } from '../tensor/errors.ts';
import { shapesEqual, sizeOf } from '../tensor/shape.ts';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';

/**
 * Same data, new shape (one axis may be -1 and is inferred). Shares storage with the input.
 *
 * @example
 * reshape([1, 2, 3, 4, 5, 6], [2, -1]).toArray() // [[1, 2, 3], [4, 5, 6]]
 */
export function reshape(a: TensorLike, shape: readonly number[]): Tensor {
  const x = asTensor(a);
  const wildcard = shape.indexOf(-1);
  let target = [...shape];
  if (wildcard >= 0) {
    const known = sizeOf(shape.filter((_, i) => i !== wildcard));
    if (known === 0 || x.size % known !== 0) {
      throw new ShapeError(
        'reshape',
        `cannot reshape ${formatShape(x.shape)} to ${formatShape(shape)}`,
        [x.shape, shape],
      );
    }
    target = shape.map((d) => (d === -1 ? x.size / known : d));
  }
  if (target.some((d) => !Number.isInteger(d) || d < 0) || sizeOf(target) !== x.size) {
    throw new ShapeError(
      'reshape',
      `cannot reshape ${formatShape(x.shape)} (${x.size} elements) to ${formatShape(shape)}`,
      [x.shape, shape],
    );
  }
  if (shapesEqual(target, x.shape)) return x;
  return result('reshape', { data: x.data, shape: target }, [x], (g) => [reshape(g, x.shape)]);
}
