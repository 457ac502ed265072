import { result } from '../autodiff/record.ts';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';
import { mapUnary } from './kernels.ts';
import { mul } from './mul.ts';
import { sub } from './sub.ts';

/** σ(x) written so that exp never overflows. */
export function sigmoidScalar(v: number): number {
  if (v >= 0) return 1 / (1 + Math.exp(-v));
  const e = Math.exp(v);
  return e / (1 + e);
}

/**
 * Elementwise logistic sigmoid `1 / (1 + e^-a)`, stable for large |a|.
 *
 * @example
 * sigmoid([0]).toArray() // [0.5]
 */
export function sigmoid(a: TensorLike): Tensor {
  const x = asTensor(a);
  // σ' = σ(1 - σ)
  const y: Tensor = result('sigmoid', mapUnary(x, sigmoidScalar), [x], (g) => [
    mul(g, mul(y, sub(1, y))),
  ]);
  return y;
}
