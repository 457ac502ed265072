import { defineTests } from '@slope/grader';
import type { Rng } from '@slope/numeric';

const normals = (rng: Rng, n: number, s = 1) => Array.from({ length: n }, () => rng.normal(0, s));
const PARTS = ['∂L/∂W1', '∂L/∂b1', '∂L/∂W2', '∂L/∂b2'];

/**
 * 3 networks (d features → m hidden, never square, so a transposed ∂L/∂W1 has the wrong shape
 * and is named), each asked for all four gradients: 12 cases. Weights of size ~0.8 keep tanh
 * off its flat tails, so a missing 1 − h² is visible; targets come from a different network, so
 * the residuals are not small.
 */
export const tests = defineTests({
  check: { kind: 'gradient', rtol: 1e-6, atol: 1e-9 },
  *cases(rng) {
    const sizes: [d: number, m: number, n: number][] = [
      [3, 4, 8],
      [2, 5, 12],
      [4, 3, 10],
    ];
    for (const [k, [d, m, n]] of sizes.entries()) {
      const W1 = Array.from({ length: m }, () => normals(rng, d, 0.8));
      const b1 = normals(rng, m, 0.5);
      const W2 = normals(rng, m);
      const b2 = rng.normal(0, 0.5);
      const X = Array.from({ length: n }, () => normals(rng, d));
      const y = X.map((x) => Math.sin(x[0]!) + 0.5 * x[d - 1]! * x[0]! + rng.normal(0, 0.1));
      for (let part = 0; part < 4; part++) {
        yield {
          name: `network ${k + 1} (${d} → ${m} → 1): ${PARTS[part]}`,
          args: [W1, b1, W2, b2, X, y, part],
        };
      }
    }
  },
});
