import { defineTests } from '@slope/grader';
import type { Rng } from '@slope/numeric';
import { train } from './solution.ts';

/** L(w) = (1/n) Σ (rᵢ² + rᵢ⁴/2), r = Xw − y, for every row of the trajectory. */
function lossCurve(trajectory: number[][], args: unknown[]): number[] {
  const X = args[0] as number[][];
  const y = args[1] as number[];
  return trajectory.map((w) => {
    let s = 0;
    X.forEach((row, i) => {
      const r = row.reduce((acc, v, j) => acc + v * (w[j] ?? Number.NaN), 0) - y[i]!;
      s += r * r + (r * r * r * r) / 2;
    });
    return s / X.length;
  });
}

/** Largest curvature of the plain squared error, λmax((2/n) XᵀX), by power iteration. */
function curvature(X: number[][]): number {
  const d = X[0]!.length;
  const H = Array.from({ length: d }, (_, a) =>
    Array.from({ length: d }, (_, b) => (2 * X.reduce((s, r) => s + r[a]! * r[b]!, 0)) / X.length),
  );
  let v = new Array<number>(d).fill(1);
  let lambda = 0;
  for (let it = 0; it < 200; it++) {
    const u = H.map((row) => row.reduce((s, h, j) => s + h * v[j]!, 0));
    lambda = Math.sqrt(u.reduce((s, x) => s + x * x, 0));
    v = u.map((x) => x / lambda);
  }
  return lambda;
}

function problem(rng: Rng, n: number, d: number, scale: number) {
  const wTrue = Array.from({ length: d }, () => rng.normal(0, scale));
  const X = Array.from({ length: n }, () => Array.from({ length: d }, () => rng.normal()));
  const y = X.map((row) => row.reduce((s, v, j) => s + v * wTrue[j]!, 0) + 0.1 * rng.normal());
  return { X, y };
}

type Args = [
  X: number[][],
  y: number[],
  peak: number,
  warmup: number,
  steps: number,
  minLr: number,
];

const finite = (curve: number[]) => curve.every((v) => Number.isFinite(v));

/**
 * 6 problems whose loss is far steeper at the start (w = 0, large residuals) than near the
 * minimum. The peak rate is 0.8–1.6 / λmax of the squared error near the minimum: safe there,
 * far above the limit at the start. A problem is kept only if the reference schedule converges
 * smoothly (finite, never above the starting loss) and, except for the last, gentle one, if
 * running at the peak rate without warmup overflows to Infinity/NaN. Graded on the final loss:
 * at most the reference's.
 */
export const tests = defineTests({
  check: { kind: 'convergence', loss: lossCurve, match: 'final', rtol: 1e-6, atol: 1e-9 },
  *cases(rng) {
    const plan: [
      n: number,
      d: number,
      scale: number,
      factor: number,
      warmup: number,
      steps: number,
      minFraction: number,
    ][] = [
      [30, 3, 1.5, 1.5, 20, 100, 0.01],
      [25, 4, 1.2, 0.8, 20, 80, 0],
      [40, 2, 1.5, 1.6, 30, 100, 0.05],
      [20, 2, 1.5, 1.2, 30, 120, 0],
      [35, 5, 1, 1.4, 25, 90, 0.01],
      [50, 3, 0.5, 1.0, 10, 60, 0.1],
    ];
    for (const [k, [n, d, scale, factor, warmup, steps, minFraction]] of plan.entries()) {
      const mustDiverge = k < plan.length - 1;
      let args: Args | undefined;
      for (let attempt = 0; attempt < 50 && !args; attempt++) {
        const { X, y } = problem(rng, n, d, scale);
        const peak = factor / curvature(X);
        const candidate: Args = [X, y, peak, warmup, steps, peak * minFraction];
        const curve = lossCurve(train(...candidate), candidate);
        const smooth = finite(curve) && Math.max(...curve) <= curve[0]!;
        const plain = lossCurve(train(X, y, peak, 0, steps, peak), candidate);
        if (smooth && (!mustDiverge || !finite(plain))) args = candidate;
      }
      if (!args) throw new Error(`tests.ts: no suitable problem ${k + 1} found`);
      yield { name: `problem ${k + 1} (${d} weights, warmup ${warmup} of ${steps} steps)`, args };
    }
  },
});
