import { formatShape, ShapeError } from '../tensor/errors.ts';
import { asTensor, Tensor, type TensorLike } from '../tensor/tensor.ts';
import { gradients } from './engine.ts';

/** A fresh leaf copy of `x` that records gradients. */
function leaf(x: TensorLike): Tensor {
  const t = asTensor(x);
  return new Tensor(t.data.slice(), t.shape, { requiresGrad: true });
}

function scalarOutput(op: string, y: Tensor): Tensor {
  if (y.size !== 1) {
    throw new ShapeError(
      op,
      `f must return a scalar, got shape ${formatShape(y.shape)} (use vjp or jacobian)`,
      [y.shape],
    );
  }
  return y;
}

/**
 * The gradient function of a scalar function `f`: `grad(f)(x)` has the shape of `x`.
 *
 * @example
 * grad((x) => sum(mul(x, x)))([1, 2, 3]).toArray() // [2, 4, 6]
 */
export function grad(f: (x: Tensor) => Tensor): (x: TensorLike) => Tensor {
  return (x) => valueAndGrad(f)(x).grad;
}

/**
 * `f(x)` and its gradient from one forward and one backward pass.
 *
 * @example
 * valueAndGrad((x) => sum(mul(x, x)))([3]) // { value: 9, grad: Tensor [6] }
 */
export function valueAndGrad(
  f: (x: Tensor) => Tensor,
): (x: TensorLike) => { value: number; grad: Tensor } {
  return (x) => {
    const xl = leaf(x);
    const y = scalarOutput('valueAndGrad', f(xl));
    const [g] = gradients(y, [xl]);
    return { value: y.data[0]!, grad: g! };
  };
}

/**
 * Vector–Jacobian product: `vjp(f, x).vjp(v)` is vᵀ·J_f(x), the shape of `x`, for any `v`
 * shaped like `f(x)` — one backward pass each.
 *
 * @example
 * const { value, vjp: pullback } = vjp((x) => mul(x, 3), [1, 2]);
 * pullback([1, 1]).toArray() // [3, 3]
 */
export function vjp(
  f: (x: Tensor) => Tensor,
  x: TensorLike,
): { value: Tensor; vjp: (v: TensorLike) => Tensor } {
  const xl = leaf(x);
  const y = f(xl);
  return {
    value: y.detach(),
    vjp: (v) => gradients(y, [xl], { seed: v })[0]!,
  };
}

/**
 * Jacobian of `f` at `x` by reverse mode (one backward pass per output entry);
 * shape `[...f(x).shape, ...x.shape]`.
 *
 * @example
 * jacobian((x) => mul(x, x))([1, 2]).toArray() // [[2, 0], [0, 4]]
 */
export function jacobian(f: (x: Tensor) => Tensor): (x: TensorLike) => Tensor {
  return (x) => {
    const xl = leaf(x);
    return jacobianOf(f(xl), xl);
  };
}

function jacobianOf(y: Tensor, x: Tensor, createGraph = false): Tensor {
  const data = new Float64Array(y.size * x.size);
  const seed = new Float64Array(y.size);
  for (let i = 0; i < y.size; i++) {
    seed.fill(0);
    seed[i] = 1;
    const g = gradients(y, [x], { seed: new Tensor(seed.slice(), y.shape), createGraph })[0]!;
    data.set(g.data, i * x.size);
  }
  return new Tensor(data, [...y.shape, ...x.shape]);
}

/**
 * Hessian of a scalar `f` at `x`: reverse mode over reverse mode (the backward pass is itself
 * recorded and differentiated), exact up to round-off; shape `[...x.shape, ...x.shape]`.
 *
 * @example
 * hessian((x) => sum(pow(x, 3)))([1, 2]).toArray() // [[6, 0], [0, 12]]
 */
export function hessian(f: (x: Tensor) => Tensor): (x: TensorLike) => Tensor {
  return (x) => {
    const xl = leaf(x);
    const y = scalarOutput('hessian', f(xl));
    const [g] = gradients(y, [xl], { createGraph: true });
    return jacobianOf(g!, xl);
  };
}
