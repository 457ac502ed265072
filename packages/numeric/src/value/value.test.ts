import { describe, expect, it } from 'vitest';
import { NumericInputError } from '../tensor/errors.ts';
import { toGraph } from './graph.ts';
import { Value } from './value.ts';

describe('Value (micrograd)', () => {
  it('backpropagates the classic neuron example', () => {
    // o = tanh(x1·w1 + x2·w2 + b), from Karpathy's micrograd lecture.
    const x1 = new Value(2, 'x1');
    const x2 = new Value(0, 'x2');
    const w1 = new Value(-3, 'w1');
    const w2 = new Value(1, 'w2');
    const b = new Value(6 + Math.atanh(Math.SQRT1_2), 'b');
    const o = x1.mul(w1).add(x2.mul(w2)).add(b).tanh();
    o.backward();
    expect(o.data).toBeCloseTo(Math.SQRT1_2, 12);
    expect(x1.grad).toBeCloseTo(-1.5, 6);
    expect(w1.grad).toBeCloseTo(1.0, 6);
    expect(x2.grad).toBeCloseTo(0.5, 6);
    expect(w2.grad).toBeCloseTo(0, 6);
  });

  it('accumulates when a value is used twice', () => {
    const a = new Value(3, 'a');
    const b = a.add(a);
    b.backward();
    expect(a.grad).toBe(2);
  });

  it.each([
    {
      name: 'sub/div/pow',
      f: (x: Value) => x.sub(1).div(x.pow(2)),
      d: (x: number) => (2 - x) / x ** 3,
    },
    {
      name: 'exp/log',
      f: (x: Value) => x.exp().add(x.log()),
      d: (x: number) => Math.exp(x) + 1 / x,
    },
    {
      name: 'sigmoid',
      f: (x: Value) => x.sigmoid(),
      d: (x: number) => Math.exp(-x) / (1 + Math.exp(-x)) ** 2,
    },
    { name: 'relu·neg', f: (x: Value) => x.relu().neg(), d: () => -1 },
  ])('$name has the right derivative', ({ f, d }) => {
    const x = new Value(1.7);
    f(x).backward();
    expect(x.grad).toBeCloseTo(d(1.7), 10);
  });

  it('exports the graph as plain data', () => {
    const a = new Value(2, 'a');
    const b = new Value(-3, 'b');
    const c = a.mul(b);
    c.label = 'c';
    c.backward();
    expect(toGraph(c)).toEqual({
      nodes: [
        { id: 'n0', label: 'a', op: '', data: 2, grad: -3 },
        { id: 'n1', label: 'b', op: '', data: -3, grad: 2 },
        { id: 'n2', label: 'c', op: '×', data: -6, grad: 1 },
      ],
      edges: [
        { from: 'n0', to: 'n2' },
        { from: 'n1', to: 'n2' },
      ],
    });
    c.zeroGrad();
    expect(a.grad).toBe(0);
  });

  it('rejects NaN and out-of-domain inputs', () => {
    expect(() => new Value(Number.NaN)).toThrow(NumericInputError);
    expect(() => new Value(-1).log()).toThrow('Value.log');
    expect(() => new Value(1).div(0)).toThrow('Value.div');
  });
});
