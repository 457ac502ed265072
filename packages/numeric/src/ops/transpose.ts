import { result } from '../autodiff/record.ts';
import { formatShape, ShapeError } from '../tensor/errors.ts';
import { stridesOf } from '../tensor/shape.ts';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';

/**
 * Permute axes (default: reverse them, the matrix transpose). Copies into a contiguous tensor.
 *
 * @example
 * transpose([[1, 2, 3], [4, 5, 6]]).toArray() // [[1, 4], [2, 5], [3, 6]]
 */
export function transpose(a: TensorLike, axes?: readonly number[]): Tensor {
  const x = asTensor(a);
  const rank = x.rank;
  const perm = axes
    ? axes.map((ax) => (ax < 0 ? ax + rank : ax))
    : x.shape.map((_, i) => rank - 1 - i);
  const valid = perm.length === rank && [...perm].sort((p, q) => p - q).every((v, i) => v === i);
  if (!valid) {
    throw new ShapeError(
      'transpose',
      `axes [${axes?.join(', ')}] are not a permutation for shape ${formatShape(x.shape)}`,
      [x.shape],
    );
  }
  const shape = perm.map((p) => x.shape[p]!);
  const data = new Float64Array(x.size);
  if (rank === 2 && perm[0] === 1) {
    const [m, n] = x.shape as [number, number];
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) data[j * m + i] = x.data[i * n + j]!;
  } else {
    // Walk the output in order; `step[ax]` is the input stride of output axis `ax`.
    const inStrides = stridesOf(x.shape);
    const step = perm.map((p) => inStrides[p]!);
    const counter = new Array<number>(rank).fill(0);
    let src = 0;
    for (let k = 0; k < data.length; k++) {
      data[k] = x.data[src]!;
      for (let ax = rank - 1; ax >= 0; ax--) {
        counter[ax]!++;
        src += step[ax]!;
        if (counter[ax]! < shape[ax]!) break;
        src -= step[ax]! * shape[ax]!;
        counter[ax] = 0;
      }
    }
  }
  const inverse = new Array<number>(rank);
  perm.forEach((p, i) => {
    inverse[p] = i;
  });
  return result('transpose', { data, shape }, [x], (g) => [transpose(g, inverse)]);
}
