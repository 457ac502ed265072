import { checkRate, type LearningRate } from '../schedules/schedule.ts';
import { makeOptimizer, type Optimizer } from './optimizer.ts';

/**
 * AdaGrad: s ← s + g²;  p ← p − lr·g / (√s + ε). Per-coordinate rates that only shrink.
 *
 * @example
 * adagrad({ lr: 0.1 })
 */
export function adagrad(options: { lr: LearningRate; eps?: number }): Optimizer {
  const eps = options.eps ?? 1e-10;
  checkRate('adagrad', 'eps', eps);
  return makeOptimizer('adagrad', options.lr, 1, (p, g, [s], lr) => {
    for (let i = 0; i < p.length; i++) {
      const gi = g[i]!;
      s![i]! += gi * gi;
      p[i]! -= (lr * gi) / (Math.sqrt(s![i]!) + eps);
    }
  });
}

/**
 * RMSProp: s ← ρs + (1 − ρ)g²;  p ← p − lr·g / (√s + ε). A leaky AdaGrad.
 *
 * @example
 * rmsprop({ lr: 0.01, rho: 0.9 })
 */
export function rmsprop(options: { lr: LearningRate; rho?: number; eps?: number }): Optimizer {
  const rho = options.rho ?? 0.9;
  const eps = options.eps ?? 1e-8;
  checkRate('rmsprop', 'rho', rho);
  checkRate('rmsprop', 'eps', eps);
  return makeOptimizer('rmsprop', options.lr, 1, (p, g, [s], lr) => {
    for (let i = 0; i < p.length; i++) {
      const gi = g[i]!;
      s![i] = rho * s![i]! + (1 - rho) * gi * gi;
      p[i]! -= (lr * gi) / (Math.sqrt(s![i]!) + eps);
    }
  });
}

export interface AdamOptions {
  lr: LearningRate;
  beta1?: number;
  beta2?: number;
  eps?: number;
  /** AdamW only: decoupled weight decay, p ← p − lr·wd·p before the Adam step. */
  weightDecay?: number;
}

function adamLike(name: string, options: AdamOptions, decoupledDecay: number): Optimizer {
  const b1 = options.beta1 ?? 0.9;
  const b2 = options.beta2 ?? 0.999;
  const eps = options.eps ?? 1e-8;
  for (const [k, v] of [
    ['beta1', b1],
    ['beta2', b2],
    ['eps', eps],
    ['weightDecay', decoupledDecay],
  ] as const) {
    checkRate(name, k, v);
  }
  return makeOptimizer(name, options.lr, 2, (p, g, [m, v], lr, t) => {
    // Bias correction: m and v start at 0, so early averages are too small by 1 − βᵗ.
    const c1 = 1 - b1 ** t;
    const c2 = 1 - b2 ** t;
    for (let i = 0; i < p.length; i++) {
      const gi = g[i]!;
      if (decoupledDecay) p[i]! -= lr * decoupledDecay * p[i]!;
      m![i] = b1 * m![i]! + (1 - b1) * gi;
      v![i] = b2 * v![i]! + (1 - b2) * gi * gi;
      p[i]! -= (lr * (m![i]! / c1)) / (Math.sqrt(v![i]! / c2) + eps);
    }
  });
}

/**
 * Adam: m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;  p ← p − lr·m̂ / (√v̂ + ε) with
 * m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ).
 *
 * @example
 * adam({ lr: 1e-3 })
 */
export function adam(options: AdamOptions): Optimizer {
  return adamLike('adam', options, 0);
}

/**
 * AdamW: Adam with decoupled weight decay p ← p − lr·wd·p (default wd 0.01), applied before
 * the Adam step rather than added to the gradient.
 *
 * @example
 * adamw({ lr: 1e-3, weightDecay: 0.01 })
 */
export function adamw(options: AdamOptions): Optimizer {
  return adamLike('adamw', options, options.weightDecay ?? 0.01);
}
