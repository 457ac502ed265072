import { describe, expect, it } from 'vitest';
import { numericalHessian, numericalJacobian } from '../finite-diff/multivariate.ts';
import { add } from '../ops/add.ts';
import { div } from '../ops/div.ts';
import { exp } from '../ops/exp.ts';
import { log } from '../ops/log.ts';
import { matmul } from '../ops/matmul.ts';
import { mul } from '../ops/mul.ts';
import { norm } from '../ops/norm.ts';
import { pow } from '../ops/pow.ts';
import { sigmoid } from '../ops/sigmoid.ts';
import { logSoftmax, softmax } from '../ops/softmax.ts';
import { sum } from '../ops/sum.ts';
import { tanh } from '../ops/tanh.ts';
import { cos, sin } from '../ops/trig.ts';
import { ShapeError } from '../tensor/errors.ts';
import { type Tensor, tensor } from '../tensor/tensor.ts';
import { backward, gradients, zeroGrad } from './engine.ts';
import { grad, hessian, jacobian, valueAndGrad, vjp } from './functional.ts';
import { noGrad } from './grad-mode.ts';

const flat = (t: Tensor) => Array.from(t.data);
function expectAllClose(got: readonly number[], want: readonly number[], tol = 1e-6) {
  expect(got.length).toBe(want.length);
  got.forEach((g, i) => {
    expect(Math.abs(g - want[i]!)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(want[i]!)));
  });
}

describe('reverse mode', () => {
  it('accumulates gradients of a node used twice and across backward calls', () => {
    const x = tensor([3], { requiresGrad: true });
    const y = add(mul(x, x), x); // x² + x → 2x + 1 = 7
    y.backward();
    expect(x.grad?.toArray()).toEqual([7]);
    backward(y);
    expect(x.grad?.toArray()).toEqual([14]);
    zeroGrad([x]);
    expect(x.grad).toBeNull();
  });

  it('un-broadcasts: a bias added to every row gets the sum over rows', () => {
    const b = tensor([0, 0, 0], { requiresGrad: true });
    sum(
      add(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        b,
      ),
    ).backward();
    expect(b.grad?.toArray()).toEqual([2, 2, 2]);
  });

  it('grad, valueAndGrad, vjp', () => {
    expect(grad((x) => sum(mul(x, x)))([1, 2, 3]).toArray()).toEqual([2, 4, 6]);
    const { value, grad: g } = valueAndGrad((x) => sum(exp(x)))([0, 1]);
    expect(value).toBeCloseTo(1 + Math.E, 14);
    expectAllClose(flat(g), [1, Math.E]);
    const { value: y, vjp: pullback } = vjp((x) => mul(x, [2, 3]), [1, 1]);
    expect(y.toArray()).toEqual([2, 3]);
    expect(pullback([1, 10]).toArray()).toEqual([2, 30]);
  });

  it('grad of a non-scalar and a seed of the wrong shape are shape errors', () => {
    expect(() => grad((x) => mul(x, 2))([1, 2])).toThrow(ShapeError);
    expect(() => grad((x) => mul(x, 2))([1, 2])).toThrow('f must return a scalar, got shape [2]');
    const x = tensor([1, 2], { requiresGrad: true });
    expect(() => gradients(mul(x, 2), [x], { seed: [1, 2, 3] })).toThrow(
      'seed shape [3] does not match output shape [2]',
    );
  });

  it('noGrad records nothing and unreachable inputs get zero gradients', () => {
    const x = tensor([1], { requiresGrad: true });
    expect(noGrad(() => mul(x, 2)).requiresGrad).toBe(false);
    const other = tensor([5, 5], { requiresGrad: true });
    expect(gradients(mul(x, 2), [other])[0]!.toArray()).toEqual([0, 0]);
  });

  const W = [
    [0.5, -1.2],
    [0.3, 0.8],
    [-0.7, 0.1],
  ];
  const fns: { name: string; f: (x: Tensor) => Tensor }[] = [
    { name: 'cubic', f: (x) => sum(pow(x, 3)) },
    { name: 'tanh layer', f: (x) => sum(tanh(matmul(W, x))) },
    { name: 'log-sum-exp', f: (x) => log(sum(exp(x))) },
    { name: 'sigmoid·sin', f: (x) => sum(mul(sigmoid(x), sin(x))) },
    { name: 'quotient', f: (x) => sum(div(cos(x), add(mul(x, x), 1))) },
    { name: 'norm', f: (x) => norm(x) },
    { name: 'softmax entropy', f: (x) => sum(mul(softmax(x), logSoftmax(x))) },
  ];
  const point = [0.3, -0.8];

  it.each(fns)('hessian (reverse over reverse) agrees with finite differences: $name', ({ f }) => {
    const H = hessian(f)(point);
    expect(H.shape).toEqual([2, 2]);
    const fn = (x: number[]) => f(tensor(x)).item();
    expectAllClose(flat(H), numericalHessian(fn, point).flat(), 1e-5);
  });

  it('jacobian of a vector function matches finite differences', () => {
    const f = (x: Tensor) => tanh(matmul(W, x));
    const J = jacobian(f)(point);
    expect(J.shape).toEqual([3, 2]);
    expectAllClose(flat(J), numericalJacobian((x) => Array.from(f(tensor(x)).data), point).flat());
  });
});
