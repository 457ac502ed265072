import { defineTests } from '@slope/grader';
import type { Rng } from '@slope/numeric';

const normals = (rng: Rng, n: number, s = 1) => Array.from({ length: n }, () => rng.normal(0, s));

/**
 * 10 cases, d = 2…8, A not symmetric (so Aw + b is wrong: the gradient is ½(A + Aᵀ)w + b),
 * h from 0.5 to 1e-4. Large steps make a forward difference visibly wrong (its error is
 * (h/2)·A_ii per component); dividing by h instead of 2h is ×2.
 */
export const tests = defineTests({
  check: { kind: 'gradient', rtol: 1e-6, atol: 1e-9 },
  *cases(rng) {
    const plan: [d: number, h: number][] = [
      [2, 0.5],
      [3, 0.1],
      [4, 0.25],
      [5, 0.01],
      [6, 0.2],
      [8, 1e-3],
      [3, 1],
      [7, 0.05],
      [2, 1e-4],
      [5, 0.5],
    ];
    for (const [d, h] of plan) {
      const A = Array.from({ length: d }, () => normals(rng, d));
      for (let i = 0; i < d; i++) A[i]![i] = A[i]![i]! + 3 * (rng.next() < 0.5 ? 1 : -1);
      yield { name: `${d} weights, h = ${h}`, args: [A, normals(rng, d), normals(rng, d, 1.5), h] };
    }
  },
});
