// Leak marker (apps/web/e2e/no-leaks.spec.ts): slope-hidden-marker-tests-2b9d. This string must never reach a browser.
import { defineTests } from '@slope/grader';

/**
 * 20 hidden cases: X is 256×16, y = Xw* + noise, evaluated at a random w. A generator: the
 * host makes one case at a time and lets other requests run in between. X is made flat
 * ({ data, shape }, row-major) — learners still receive nested arrays, but the host prepares
 * 4,096 numbers a case without building and walking 256 small arrays.
 */
export const tests = defineTests({
  check: { kind: 'gradient', rtol: 1e-6, atol: 1e-9 },
  *cases(rng) {
    const n = 256;
    const d = 16;
    for (let k = 0; k < 20; k++) {
      const X = rng.fillNormal(new Float64Array(n * d));
      const wTrue = rng.fillNormal(new Float64Array(d));
      const y = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        let s = 0.1 * rng.normal();
        for (let j = 0; j < d; j++) s += X[i * d + j]! * wTrue[j]!;
        y[i] = s;
      }
      const w = rng.fillNormal(new Float64Array(d));
      yield { name: `random data ${k + 1}`, args: [w, { data: X, shape: [n, d] }, y] };
    }
  },
});
