import { describe, expect, it } from 'vitest';
import { Rng } from '../random/rng.ts';
import type { Tensor } from '../tensor/tensor.ts';
import { checkOpGradients, sample } from '../testing/fd-check.ts';
import { abs } from './abs.ts';
import { add } from './add.ts';
import { broadcastTo, sumTo } from './broadcast.ts';
import { clamp } from './clamp.ts';
import { concat } from './concat.ts';
import { div } from './div.ts';
import { exp } from './exp.ts';
import { log } from './log.ts';
import { matmul } from './matmul.ts';
import { max, min } from './max.ts';
import { mean } from './mean.ts';
import { mul } from './mul.ts';
import { neg } from './neg.ts';
import { norm } from './norm.ts';
import { pow, square } from './pow.ts';
import { relu } from './relu.ts';
import { reshape } from './reshape.ts';
import { sigmoid } from './sigmoid.ts';
import { padSlice, slice } from './slice.ts';
import { logSoftmax, softmax } from './softmax.ts';
import { softplus } from './softplus.ts';
import { sqrt } from './sqrt.ts';
import { sub } from './sub.ts';
import { sum } from './sum.ts';
import { tanh } from './tanh.ts';
import { transpose } from './transpose.ts';
import { cos, sin } from './trig.ts';

const r = new Rng(2024);

/** A random shape of rank 1–3 with sizes 1–4. */
function randomShape(): number[] {
  return Array.from({ length: 1 + r.int(3) }, () => 1 + r.int(4));
}

/** A shape that broadcasts against `shape`: drop some leading axes, set some sizes to 1. */
function broadcastMate(shape: readonly number[]): number[] {
  const drop = r.int(shape.length + 1);
  return shape.slice(drop).map((d) => (r.next() < 0.4 ? 1 : d));
}

const fixedPairs: [number[], number[]][] = [
  [[3], [3]],
  [[2, 3], [3]],
  [
    [2, 1],
    [1, 4],
  ],
  [
    [4, 1, 3],
    [2, 3],
  ],
  [[], [2, 2]],
  [[2, 2], []],
];
const pairs = [
  ...fixedPairs,
  ...Array.from({ length: 6 }, () => {
    const s = randomShape();
    return (r.next() < 0.5 ? [s, broadcastMate(s)] : [broadcastMate(s), s]) as [number[], number[]];
  }),
];

type Unary = { name: string; f: (x: Tensor) => Tensor; positive?: boolean };
const unary: Unary[] = [
  { name: 'neg', f: neg },
  { name: 'exp', f: exp },
  { name: 'log', f: log, positive: true },
  { name: 'sqrt', f: sqrt, positive: true },
  { name: 'abs', f: abs },
  { name: 'tanh', f: tanh },
  { name: 'sigmoid', f: sigmoid },
  { name: 'relu', f: relu },
  { name: 'softplus', f: softplus },
  { name: 'sin', f: sin },
  { name: 'cos', f: cos },
  { name: 'pow 3', f: (x) => pow(x, 3) },
  { name: 'pow -1.5', f: (x) => pow(x, -1.5), positive: true },
  { name: 'square', f: square },
  { name: 'clamp', f: (x) => clamp(x, -1, 1) },
  { name: 'sum all', f: (x) => sum(x) },
  { name: 'sum axis 0 keepDims', f: (x) => sum(x, 0, true) },
  { name: 'sum axis -1', f: (x) => sum(x, -1) },
  { name: 'mean', f: (x) => mean(x, 0) },
  { name: 'max all', f: (x) => max(x) },
  { name: 'max axis -1', f: (x) => max(x, -1) },
  { name: 'min axis 0', f: (x) => min(x, 0, true) },
  { name: 'norm 2', f: (x) => norm(x) },
  { name: 'norm 2 axis -1', f: (x) => norm(x, 2, -1) },
  { name: 'norm 1', f: (x) => norm(x, 1, 0) },
  { name: 'norm inf', f: (x) => norm(x, Number.POSITIVE_INFINITY) },
  { name: 'reshape', f: (x) => reshape(x, [-1]) },
  { name: 'transpose', f: (x) => transpose(x) },
  { name: 'broadcastTo', f: (x) => broadcastTo(x, [2, ...x.shape]) },
  { name: 'sumTo', f: (x) => sumTo(x, [1, ...x.shape.slice(1)]) },
  { name: 'slice', f: (x) => slice(x, [x.shape[0]! > 1 ? 1 : 0]) },
  {
    name: 'padSlice',
    f: (x) =>
      padSlice(
        x,
        x.shape.map((d) => d + 2),
        x.shape.map(() => 1),
      ),
  },
  { name: 'concat with itself', f: (x) => concat([x, mul(x, x)], -1) },
  { name: 'softmax', f: (x) => softmax(x) },
  { name: 'logSoftmax axis 0', f: (x) => logSoftmax(x, 0) },
  { name: 'used twice', f: (x) => mul(tanh(x), x) },
];

const binary: { name: string; f: (a: Tensor, b: Tensor) => Tensor; positiveB?: boolean }[] = [
  { name: 'add', f: add },
  { name: 'sub', f: sub },
  { name: 'mul', f: mul },
  { name: 'div', f: div },
  { name: 'a·b + a/b (composite)', f: (a, b) => add(mul(a, b), div(a, b)) },
];

const shapes = Array.from({ length: 5 }, randomShape);

describe('every op matches finite differences', () => {
  it.each(unary.flatMap((op) => shapes.map((s) => [op.name, s, op] as const)))(
    '%s on %j',
    (_, shape, op) => {
      const x = sample(shape, r, 0.2, 2, op.positive);
      for (const d of checkOpGradients(op.f, [x])) expect(d.kind, d.message).toBe('correct');
    },
  );

  it.each(binary.flatMap((op) => pairs.map(([a, b]) => [op.name, a, b, op] as const)))(
    '%s with broadcasting %j and %j',
    (_, sa, sb, op) => {
      const diags = checkOpGradients(op.f, [sample(sa, r), sample(sb, r)]);
      for (const d of diags) expect(d.kind, d.message).toBe('correct');
    },
  );

  const mm: [number[], number[]][] = [
    [
      [3, 4],
      [4, 2],
    ],
    [
      [1, 5],
      [5, 1],
    ],
    [[4], [4, 3]],
    [[3, 4], [4]],
    [[4], [4]],
  ];
  it.each(mm)('matmul %j @ %j', (sa, sb) => {
    const diags = checkOpGradients(matmul, [sample(sa, r), sample(sb, r)]);
    for (const d of diags) expect(d.kind, d.message).toBe('correct');
  });

  it('transpose with an axis permutation and slices of a 3-D tensor', () => {
    const x = sample([2, 3, 4], r);
    for (const f of [
      (t: Tensor) => transpose(t, [1, 2, 0]),
      (t: Tensor) => slice(t, [0, 1, 1], [2, 3, -1]),
      (t: Tensor) => concat([t, t], 1),
    ]) {
      for (const d of checkOpGradients(f, [x])) expect(d.kind, d.message).toBe('correct');
    }
  });
});
