// Test helper (not exported from the package): autodiff gradients vs central differences.
import { gradients } from '../autodiff/engine.ts';
import { noGrad } from '../autodiff/grad-mode.ts';
import { compareGradients } from '../gradcheck/compare-gradients.ts';
import type { GradientDiagnosis } from '../gradcheck/types.ts';
import { mul } from '../ops/mul.ts';
import { sum } from '../ops/sum.ts';
import { Rng } from '../random/rng.ts';
import { Tensor } from '../tensor/tensor.ts';

/** A tensor of values drawn from ±[lo, hi] (or [lo, hi] when `positive`), away from 0 and kinks. */
export function sample(
  shape: readonly number[],
  r: Rng,
  lo = 0.2,
  hi = 2,
  positive = false,
): Tensor {
  const t = new Tensor(new Float64Array(shape.reduce((a, b) => a * b, 1)), [...shape]);
  for (let i = 0; i < t.size; i++) {
    const m = r.uniform(lo, hi);
    t.data[i] = positive || r.next() < 0.5 ? m : -m;
  }
  return t;
}

/**
 * Diagnose autodiff's gradient of L = Σ f(xs) ⊙ R (R random, so every output entry matters)
 * against central differences of L, for every input. Returns one diagnosis per input.
 */
export function checkOpGradients(
  f: (...xs: Tensor[]) => Tensor,
  inputs: readonly Tensor[],
  seed = 1,
): GradientDiagnosis[] {
  const r = new Rng(seed);
  const leaves = inputs.map((x) => new Tensor(x.data.slice(), x.shape, { requiresGrad: true }));
  const out = f(...leaves);
  const weights = sample(out.shape, r, 0.5, 1.5);
  const analytic = gradients(sum(mul(out, weights)), leaves);
  const loss = (xs: Tensor[]) => noGrad(() => sum(mul(f(...xs), weights)).item());
  return inputs.map((x, k) => {
    const numeric = new Float64Array(x.size);
    for (let i = 0; i < x.size; i++) {
      const h = 1e-6 * Math.max(1, Math.abs(x.data[i]!));
      const shifted = (delta: number) => {
        const xs = inputs.map((t) => new Tensor(t.data.slice(), t.shape));
        xs[k]!.data[i]! += delta;
        return loss(xs);
      };
      numeric[i] = (shifted(h) - shifted(-h)) / (2 * h);
    }
    return compareGradients(analytic[k], new Tensor(numeric, x.shape), { rtol: 1e-5, atol: 1e-7 });
  });
}
