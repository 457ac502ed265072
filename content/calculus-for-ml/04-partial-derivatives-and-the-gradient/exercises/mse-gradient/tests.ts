// Leak marker (apps/web/e2e/no-leaks.spec.ts): slope-hidden-marker-tests-2b9d. This string must never reach a browser.
import { defineTests } from '@slope/grader';
import type { Rng } from '@slope/numeric';

const normals = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.normal());

/**
 * 20 hidden cases: X is 256×16, y = Xw* + noise, evaluated at a random w. A generator: the
 * host makes one case at a time and lets other requests run in between.
 */
export const tests = defineTests({
  check: { kind: 'gradient', rtol: 1e-6, atol: 1e-9 },
  *cases(rng) {
    const n = 256;
    const d = 16;
    for (let k = 0; k < 20; k++) {
      const X = Array.from({ length: n }, () => normals(rng, d));
      const wTrue = normals(rng, d);
      const y = X.map((row) => row.reduce((s, v, j) => s + v * wTrue[j]!, 0) + 0.1 * rng.normal());
      yield { name: `random data ${k + 1}`, args: [normals(rng, d), X, y] };
    }
  },
});
