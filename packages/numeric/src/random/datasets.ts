import { NumericInputError } from '../tensor/errors.ts';
import { detLog, sinCosTurns } from './det-math.ts';
import { Rng } from './rng.ts';

/** Features (one row per example) and targets, as plain arrays. */
export interface Dataset {
  x: number[][];
  y: number[];
}

function checkCount(op: string, name: string, n: number): void {
  if (!Number.isInteger(n) || n < 0)
    throw new NumericInputError(op, `${name} must be a whole number >= 0, got ${n}`);
}

/**
 * y = x·w + b + noise·ε with x, ε ~ N(0, 1) — a regression problem with a known answer.
 *
 * @example
 * linearRegressionData({ n: 100, weights: [2, -1], bias: 0.5, noise: 0.1, seed: 1 })
 */
export function linearRegressionData(options: {
  n: number;
  weights: readonly number[];
  bias?: number;
  noise?: number;
  seed?: number;
}): Dataset {
  checkCount('linearRegressionData', 'n', options.n);
  const r = new Rng(options.seed ?? 0);
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < options.n; i++) {
    const row = options.weights.map(() => r.normal());
    const clean = row.reduce((s, v, j) => s + v * options.weights[j]!, options.bias ?? 0);
    x.push(row);
    y.push(clean + (options.noise ?? 0.1) * r.normal());
  }
  return { x, y };
}

/**
 * Labels y ∈ {0, 1} drawn with P(y = 1) = σ(x·w + b), x ~ N(0, 1). The Bernoulli draw compares
 * the logit of a uniform with x·w + b, so no platform-dependent exp is involved.
 *
 * @example
 * logisticRegressionData({ n: 200, weights: [3, -2], seed: 1 }).y.slice(0, 3) // e.g. [1, 0, 0]
 */
export function logisticRegressionData(options: {
  n: number;
  weights: readonly number[];
  bias?: number;
  seed?: number;
}): Dataset {
  checkCount('logisticRegressionData', 'n', options.n);
  const r = new Rng(options.seed ?? 0);
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < options.n; i++) {
    const row = options.weights.map(() => r.normal());
    const z = row.reduce((s, v, j) => s + v * options.weights[j]!, options.bias ?? 0);
    const u = 1 - r.next(); // (0, 1]
    // u < σ(z)  ⇔  log(u / (1 − u)) < z
    x.push(row);
    y.push(u === 1 || detLog(u / (1 - u)) < z ? 1 : 0);
  }
  return { x, y };
}

/**
 * Interleaved spirals in the plane (the classic CS231n toy set): class k's arm starts at angle
 * k/classes of a turn and winds `turns` times outward, with angular noise.
 *
 * @example
 * spirals({ pointsPerClass: 100, classes: 3, seed: 0 }) // x: 300 × 2, y: 0, 1, 2
 */
export function spirals(options: {
  pointsPerClass: number;
  classes?: number;
  turns?: number;
  noise?: number;
  seed?: number;
}): Dataset {
  const classes = options.classes ?? 2;
  checkCount('spirals', 'pointsPerClass', options.pointsPerClass);
  checkCount('spirals', 'classes', classes);
  const turns = options.turns ?? 0.75;
  const noise = options.noise ?? 0.03;
  const r = new Rng(options.seed ?? 0);
  const n = options.pointsPerClass;
  const x: number[][] = [];
  const y: number[] = [];
  for (let k = 0; k < classes; k++) {
    for (let i = 0; i < n; i++) {
      const radius = n === 1 ? 1 : i / (n - 1);
      const angle = k / classes + radius * turns + noise * r.normal();
      const [s, c] = sinCosTurns(angle);
      x.push([radius * c, radius * s]);
      y.push(k);
    }
  }
  return { x, y };
}
