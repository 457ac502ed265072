import { result } from '../autodiff/record.ts';
import { NumericInputError } from '../tensor/errors.ts';
import { broadcastIndexMap, normalizeAxes, sizeOf } from '../tensor/shape.ts';
import { asTensor, Tensor, type TensorLike } from '../tensor/tensor.ts';
import { abs } from './abs.ts';
import { broadcastTo } from './broadcast.ts';
import { div } from './div.ts';
import { max } from './max.ts';
import { mul } from './mul.ts';
import { reshape } from './reshape.ts';
import { reducedShapes, sum } from './sum.ts';

/**
 * Vector norm over `axis` (all axes when omitted): `ord` 2 (Euclidean, default), 1, or Infinity.
 * The gradient of the 2-norm at the zero vector is taken as 0.
 *
 * @example
 * norm([3, 4]).item()    // 5
 * norm([3, -4], 1).item() // 7
 */
export function norm(
  a: TensorLike,
  ord: 1 | 2 | typeof Number.POSITIVE_INFINITY = 2,
  axis?: number | readonly number[],
  keepDims = false,
): Tensor {
  const x = asTensor(a);
  if (ord === 1) return sum(abs(x), axis, keepDims);
  if (ord === Number.POSITIVE_INFINITY) return max(abs(x), axis, keepDims);
  if (ord !== 2)
    throw new NumericInputError('norm', `ord must be 1, 2 or Infinity, got ${ord}`, [x.shape]);
  const axes = normalizeAxes('norm', axis, x.shape);
  const { kept, dropped } = reducedShapes(x.shape, axes);
  const map = broadcastIndexMap(kept, x.shape);
  const data = new Float64Array(sizeOf(kept));
  for (let i = 0; i < x.size; i++) data[map[i]!]! += x.data[i]! * x.data[i]!;
  for (let k = 0; k < data.length; k++) data[k] = Math.sqrt(data[k]!);
  const n: Tensor = result('norm', { data, shape: kept }, [x], (g) => {
    // d‖x‖/dx = x / ‖x‖; where ‖x‖ = 0 use the subgradient 0 (divide by +∞ instead).
    const safe = data.includes(0)
      ? new Tensor(
          data.map((v) => (v === 0 ? Number.POSITIVE_INFINITY : v)),
          kept,
        )
      : n;
    return [mul(x, broadcastTo(div(g, safe), x.shape))];
  });
  return keepDims ? n : reshape(n, dropped);
}
