import { defineTests } from '@slope/grader';
import type { Rng } from '@slope/numeric';

/** Random coefficients of a polynomial of the given degree, the leading one kept away from 0. */
function poly(rng: Rng, degree: number): number[] {
  const c = Array.from({ length: degree + 1 }, () => Math.round(rng.normal(0, 2) * 100) / 100);
  const lead = rng.uniform(0.5, 2) * (rng.next() < 0.5 ? -1 : 1);
  c[degree] = Math.round(lead * 100) / 100;
  return c;
}

/**
 * 12 cases: degrees 1–5, points on both sides of 0 (and 0 itself), steps from 0.5 down to 1e-4.
 * Large steps separate the central difference from the exact derivative and from a forward
 * difference; a reversed coefficient order or a 1/h instead of 1/2h fails everywhere. A
 * constant polynomial (slope 0) is the one edge case.
 */
export const tests = defineTests({
  check: { kind: 'close', rtol: 1e-7, atol: 1e-9 },
  *cases(rng) {
    const plan: [degree: number, h: number][] = [
      [3, 0.5],
      [2, 0.25],
      [4, 0.1],
      [5, 0.5],
      [3, 0.01],
      [1, 0.3],
      [4, 1e-3],
      [5, 0.2],
      [2, 1e-4],
      [3, 1],
    ];
    for (const [k, [degree, h]] of plan.entries()) {
      const coeffs = poly(rng, degree);
      const x = k === 3 ? 0 : Math.round(rng.uniform(-2, 2) * 100) / 100 || 0.5;
      yield { name: `degree ${degree}, h = ${h}`, args: [coeffs, x, h] };
    }
    yield { name: 'degree 3 at a negative point', args: [poly(rng, 3), -1.5, 0.5] };
    yield { name: 'a constant polynomial', args: [[rng.uniform(1, 5)], rng.uniform(-2, 2), 0.1] };
  },
});
