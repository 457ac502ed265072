import { defineTests } from '@slope/grader';
import type { Rng } from '@slope/numeric';

/** ½ (w − w*)ᵀ A (w − w*) for every row of the trajectory. */
function lossCurve(trajectory: number[][], args: unknown[]): number[] {
  const A = args[0] as number[][];
  const wStar = args[1] as number[];
  return trajectory.map((w) => {
    const u = wStar.map((m, j) => (w[j] ?? Number.NaN) - m);
    let s = 0;
    for (let i = 0; i < u.length; i++)
      for (let j = 0; j < u.length; j++) s += u[i]! * A[i]![j]! * u[j]!;
    return s / 2;
  });
}

/** A = Q diag(λ) Qᵀ with a random rotation Q (Gram–Schmidt): symmetric, curvatures λ. */
function bowl(rng: Rng, lambdas: number[]): number[][] {
  const d = lambdas.length;
  const Q: number[][] = [];
  while (Q.length < d) {
    const v = Array.from({ length: d }, () => rng.normal());
    for (const q of Q) {
      const dot = q.reduce((s, qi, i) => s + qi * v[i]!, 0);
      for (let i = 0; i < d; i++) v[i] = v[i]! - dot * q[i]!;
    }
    const len = Math.sqrt(v.reduce((s, vi) => s + vi * vi, 0));
    if (len > 1e-6) Q.push(v.map((vi) => vi / len));
  }
  return Array.from({ length: d }, (_, i) =>
    Array.from({ length: d }, (_, j) => Q.reduce((s, q, k) => s + q[i]! * lambdas[k]! * q[j]!, 0)),
  );
}

const point = (rng: Rng, d: number, s: number) =>
  Array.from({ length: d }, () => Math.round(rng.normal(0, s) * 100) / 100 || 0.5);

/**
 * 7 bowls, d = 2…5, learning rates from 0.2/λmax (slow) to 1.8/λmax (zig-zag but still
 * converging), w* away from 0 (so a negated or doubled trajectory has a different loss).
 * Gradient descent is deterministic: every step's loss must match.
 */
export const tests = defineTests({
  check: { kind: 'convergence', loss: lossCurve, match: 'curve', rtol: 1e-6, atol: 1e-10 },
  *cases(rng) {
    const plan: [lambdas: number[], lrFactor: number, steps: number][] = [
      [[2, 6], 0.6, 30],
      [[1, 4, 9], 0.2, 40],
      [[0.5, 2], 1.0, 25],
      [[1, 2, 3, 10], 1.8, 40],
      [[3, 3.5, 1, 0.8, 5], 0.9, 30],
      [[1, 20], 1.5, 25],
      [[4, 1, 2], 0.5, 50],
    ];
    for (const [k, [lambdas, lrFactor, steps]] of plan.entries()) {
      const d = lambdas.length;
      const lr = lrFactor / Math.max(...lambdas);
      const A = bowl(rng, lambdas);
      yield {
        name: `bowl ${k + 1} (${d} weights, ${steps} steps)`,
        args: [A, point(rng, d, 2), point(rng, d, 3), lr, steps],
      };
    }
  },
});
