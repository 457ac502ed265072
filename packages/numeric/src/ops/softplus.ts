import { result } from '../autodiff/record.ts';
import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';
import { mapUnary } from './kernels.ts';
import { mul } from './mul.ts';
import { sigmoid } from './sigmoid.ts';

/** log(1 + e^v) without overflow: max(v, 0) + log1p(e^-|v|). */
export function softplusScalar(v: number): number {
  return Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v)));
}

/**
 * Elementwise softplus `log(1 + e^a)`, a smooth ReLU; stable for large |a|.
 *
 * @example
 * softplus([0]).toArray() // [0.6931471805599453]
 */
export function softplus(a: TensorLike): Tensor {
  const x = asTensor(a);
  return result('softplus', mapUnary(x, softplusScalar), [x], (g) => [mul(g, sigmoid(x))]);
}
