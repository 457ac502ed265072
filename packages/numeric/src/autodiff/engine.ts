import { add } from '../ops/add.ts';
import { formatShape, ShapeError } from '../tensor/errors.ts';
import { shapesEqual } from '../tensor/shape.ts';
import { asTensor, Tensor, type TensorLike } from '../tensor/tensor.ts';
import { withGradMode } from './grad-mode.ts';

export interface GradientOptions {
  /** Gradient of the output itself (defaults to 1 for a scalar output). */
  seed?: TensorLike;
  /** Record the backward pass too, so the gradients can be differentiated again (Hessians). */
  createGraph?: boolean;
}

/** Nodes reachable from `root` that need gradients, parents before children (iterative DFS). */
function topologicalOrder(root: Tensor): Tensor[] {
  const order: Tensor[] = [];
  const visited = new Set<Tensor>();
  const stack: [Tensor, number][] = [[root, 0]];
  visited.add(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [node, i] = top;
    if (i < node.parents.length) {
      top[1] = i + 1;
      const parent = node.parents[i]!;
      if (parent.requiresGrad && !visited.has(parent)) {
        visited.add(parent);
        stack.push([parent, 0]);
      }
    } else {
      stack.pop();
      order.push(node);
    }
  }
  return order;
}

function seedFor(op: string, output: Tensor, seed: TensorLike | undefined): Tensor {
  if (seed === undefined) {
    if (output.size !== 1) {
      throw new ShapeError(
        op,
        `output has shape ${formatShape(output.shape)}; reduce it to a scalar (e.g. with sum) or pass a seed of the same shape`,
        [output.shape],
      );
    }
    return new Tensor(new Float64Array(output.size).fill(1), output.shape);
  }
  const s = asTensor(seed);
  if (s.size !== output.size) {
    throw new ShapeError(
      op,
      `seed shape ${formatShape(s.shape)} does not match output shape ${formatShape(output.shape)}`,
      [s.shape, output.shape],
    );
  }
  return shapesEqual(s.shape, output.shape) ? s : new Tensor(s.data, output.shape);
}

/**
 * Run the chain rule backwards from `output`; returns the gradient of every node it reached.
 * Contributions from several uses of a node are summed — that is why gradients accumulate.
 */
function propagate(output: Tensor, seed: Tensor, createGraph: boolean): Map<Tensor, Tensor> {
  const grads = new Map<Tensor, Tensor>();
  grads.set(output, seed);
  if (!output.requiresGrad) return grads;
  const order = topologicalOrder(output);
  withGradMode(createGraph, () => {
    for (let k = order.length - 1; k >= 0; k--) {
      const node = order[k]!;
      const g = grads.get(node);
      if (!g || !node.backwardFn) continue;
      const parentGrads = node.backwardFn(g);
      node.parents.forEach((parent, i) => {
        const pg = parentGrads[i];
        if (!pg || !parent.requiresGrad) return;
        if (!shapesEqual(pg.shape, parent.shape)) {
          throw new ShapeError(
            `${node.op} (backward)`,
            `gradient shape ${formatShape(pg.shape)} does not match input shape ${formatShape(parent.shape)}`,
            [pg.shape, parent.shape],
          );
        }
        const prev = grads.get(parent);
        grads.set(parent, prev ? add(prev, pg) : pg);
      });
    }
  });
  return grads;
}

/**
 * Gradients of `output` with respect to `inputs`, without touching `.grad`.
 * Inputs the output does not depend on get zeros.
 *
 * @example
 * const w = tensor([1, 2], { requiresGrad: true });
 * gradients(sum(mul(w, w)), [w])[0].toArray(); // [2, 4]
 */
export function gradients(
  output: Tensor,
  inputs: readonly Tensor[],
  options: GradientOptions = {},
): Tensor[] {
  const grads = propagate(
    output,
    seedFor('gradients', output, options.seed),
    options.createGraph ?? false,
  );
  return inputs.map((x) => grads.get(x) ?? new Tensor(new Float64Array(x.size), x.shape));
}

/**
 * Reverse-mode autodiff from `output`, accumulating (`+=`) into `.grad` of every leaf tensor
 * with `requiresGrad` — call `zeroGrad` between steps.
 *
 * @example
 * const x = tensor(3, { requiresGrad: true });
 * backward(mul(x, x)); // x.grad.item() === 6
 */
export function backward(output: Tensor, seed?: TensorLike): void {
  const grads = propagate(output, seedFor('backward', output, seed), false);
  for (const [node, g] of grads) {
    if (node.parents.length > 0 || !node.requiresGrad) continue;
    node.grad = node.grad ? add(node.grad, g) : g;
  }
}

/** Reset `.grad` of the given tensors to null. */
export function zeroGrad(params: readonly Tensor[]): void {
  for (const p of params) p.grad = null;
}
