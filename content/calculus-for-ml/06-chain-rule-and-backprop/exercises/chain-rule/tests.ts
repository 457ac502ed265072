import { defineTests } from '@slope/grader';

/**
 * 12 neurons: z = wx + b kept in [−3, 3] (the sigmoid's slope stays visible), |x| between 0.3
 * and 3 but never near 1 (so ∂L/∂w and ∂L/∂b differ and a swap shows), targets 0, 1 and in
 * between, chosen so that a ≠ y. Forgetting the 2 is ×½, y − a instead of a − y flips the sign,
 * a missing σ' or a missing x is wrong in one or both components.
 */
export const tests = defineTests({
  check: { kind: 'gradient', rtol: 1e-6, atol: 1e-9 },
  cases: (rng) =>
    Array.from({ length: 12 }, (_, k) => {
      let x = rng.uniform(0.3, 3);
      if (Math.abs(x - 1) < 0.2) x += 0.5;
      if (k % 3 === 1) x = -x;
      const w = rng.uniform(-1.5, 1.5);
      const z = rng.uniform(-3, 3);
      const b = z - w * x;
      const a = 1 / (1 + Math.exp(-z));
      let y = k % 4 === 0 ? 0 : k % 4 === 1 ? 1 : rng.uniform(0, 1);
      if (Math.abs(a - y) < 0.1) y = a > 0.5 ? 0 : 1;
      return { name: `neuron ${k + 1}`, args: [w, b, x, y] };
    }),
});
