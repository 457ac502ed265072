import { defineTests } from '@slope/grader';
import type { Rng } from '@slope/numeric';

const normals = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.normal());

function problem(rng: Rng, n: number, d: number) {
  const wTrue = normals(rng, d);
  const X = Array.from({ length: n }, () => normals(rng, d));
  const y = X.map((row) => row.reduce((s, v, j) => s + v * wTrue[j]!, 0) + 0.3 * rng.normal());
  return { X, y };
}

/**
 * 12 cases, alternating L2 and L1, d = 3…8, λ from 0.1 to 2 (large enough that a penalty
 * gradient of λw instead of 2λw, or a missing penalty, is far outside the tolerance). The L1
 * cases set one or two weights to exactly 0, where sign(0) = 0: using ±1 there is wrong in
 * exactly those components.
 */
export const tests = defineTests({
  check: { kind: 'gradient', rtol: 1e-6, atol: 1e-9 },
  *cases(rng) {
    const plan: [kind: 1 | 2, n: number, d: number, lambda: number][] = [
      [2, 30, 3, 0.5],
      [1, 30, 3, 0.5],
      [2, 40, 5, 1],
      [1, 40, 5, 1],
      [2, 25, 4, 0.2],
      [1, 25, 4, 2],
      [2, 50, 8, 2],
      [1, 50, 8, 0.3],
      [2, 20, 6, 0.1],
      [1, 20, 6, 1.5],
      [2, 35, 2, 1],
      [1, 35, 7, 0.8],
    ];
    for (const [kind, n, d, lambda] of plan) {
      const { X, y } = problem(rng, n, d);
      const w = normals(rng, d);
      if (kind === 1) {
        w[rng.int(d)] = 0;
        if (d > 4) w[rng.int(d)] = 0;
      }
      yield {
        name: `${kind === 2 ? 'L2' : 'L1'}, ${d} weights, λ = ${lambda}`,
        args: [w, X, y, lambda, kind],
      };
    }
  },
});
