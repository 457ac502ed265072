import { normalizeAxes } from '../tensor/shape.ts';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';
import { sumTo } from './broadcast.ts';
import { reshape } from './reshape.ts';

/** Shape with the reduced axes kept as size 1 (for keepDims), and the shape without them. */
export function reducedShapes(
  shape: readonly number[],
  axes: readonly number[],
): { kept: number[]; dropped: number[] } {
  const kept = shape.map((d, i) => (axes.includes(i) ? 1 : d));
  const dropped = shape.filter((_, i) => !axes.includes(i));
  return { kept, dropped };
}

/**
 * Sum over `axis` (a number, a list, or all axes when omitted).
 *
 * @example
 * sum([[1, 2], [3, 4]]).item()        // 10
 * sum([[1, 2], [3, 4]], 0).toArray()  // [4, 6]
 */
export function sum(a: TensorLike, axis?: number | readonly number[], keepDims = false): Tensor {
  const x = asTensor(a);
  const axes = normalizeAxes('sum', axis, x.shape);
  const { kept, dropped } = reducedShapes(x.shape, axes);
  // Summing to the keep-dims shape is exactly the un-broadcast op, whose backward broadcasts.
  const s = sumTo(x, kept);
  return keepDims ? s : reshape(s, dropped);
}
