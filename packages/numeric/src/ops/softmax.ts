import { asTensor, type Tensor, type TensorLike } from '../tensor/tensor.ts';
import { div } from './div.ts';
import { exp } from './exp.ts';
import { log } from './log.ts';
import { max } from './max.ts';
import { sub } from './sub.ts';
import { sum } from './sum.ts';

/** x - max(x) along axis; the shift is a constant, so it changes no gradient but avoids overflow. */
function shifted(x: Tensor, axis: number): Tensor {
  return sub(x, max(x.detach(), axis, true));
}

/**
 * Softmax along `axis` (default: last), computed stably.
 *
 * @example
 * softmax([0, Math.log(3)]).toArray() // [0.25, 0.75]
 */
export function softmax(a: TensorLike, axis = -1): Tensor {
  const e = exp(shifted(asTensor(a), axis));
  return div(e, sum(e, axis, true));
}

/**
 * log(softmax(a)) along `axis`, computed as z - log Σ e^z with z = a - max(a): never log(0).
 *
 * @example
 * logSoftmax([0, 0]).toArray() // [-0.6931471805599453, -0.6931471805599453]
 */
export function logSoftmax(a: TensorLike, axis = -1): Tensor {
  const z = shifted(asTensor(a), axis);
  return sub(z, log(sum(exp(z), axis, true)));
}
