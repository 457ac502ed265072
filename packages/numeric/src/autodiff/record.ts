import type { Forward } from '../ops/kernels.ts';
import { type BackwardFn, Tensor } from '../tensor/tensor.ts';
import { isGradEnabled } from './grad-mode.ts';

/**
 * Wrap an op's forward result as a tensor; when recording and some parent needs a gradient,
 * attach the parents and the backward rule so `backward()` can reach them.
 */
export function result(
  op: string,
  out: Forward,
  parents: readonly Tensor[],
  backwardFn: BackwardFn,
): Tensor {
  if (isGradEnabled() && parents.some((p) => p.requiresGrad)) {
    return new Tensor(out.data, out.shape, { requiresGrad: true, op, parents, backwardFn });
  }
  return new Tensor(out.data, out.shape, { op });
}
