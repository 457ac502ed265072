import { result } from '../autodiff/record.ts';
import { NumericInputError } from '../tensor/errors.ts';
import { asTensor, Tensor, type TensorLike } from '../tensor/tensor.ts';
import { mapUnary } from './kernels.ts';
import { mul } from './mul.ts';

/**
 * Elementwise power `a ** p` for a constant exponent `p`.
 * A negative base with a non-integer exponent throws NumericInputError (no silent NaN).
 *
 * @example
 * pow([1, 2, 3], 2).toArray() // [1, 4, 9]
 */
export function pow(a: TensorLike, p: number): Tensor {
  const x = asTensor(a);
  if (!Number.isFinite(p))
    throw new NumericInputError('pow', `exponent must be finite, got ${p}`, [x.shape]);
  if (!Number.isInteger(p)) {
    const bad = x.data.findIndex((v) => v < 0);
    if (bad >= 0) {
      throw new NumericInputError(
        'pow',
        `negative base ${x.data[bad]} (flat index ${bad}) with non-integer exponent ${p} is not a real number`,
        [x.shape],
      );
    }
  }
  const out = mapUnary(x, (v) => v ** p);
  return result('pow', out, [x], (g) => {
    if (p === 0) return [new Tensor(new Float64Array(x.size), x.shape)];
    // d(x^p)/dx = p x^(p-1)
    return [mul(g, mul(pow(x, p - 1), p))];
  });
}

/**
 * Elementwise square `a²`.
 *
 * @example
 * square([-3]).toArray() // [9]
 */
export function square(a: TensorLike): Tensor {
  return pow(a, 2);
}
