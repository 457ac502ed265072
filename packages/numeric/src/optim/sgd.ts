import { checkRate, type LearningRate } from '../schedules/schedule.ts';
import { makeOptimizer, type Optimizer } from './optimizer.ts';

export interface SgdOptions {
  lr: LearningRate;
  /** Velocity decay μ (0 = plain SGD). */
  momentum?: number;
  /** Look-ahead (Nesterov) momentum. */
  nesterov?: boolean;
  /** L2 weight decay added to the gradient: g + wd·p. */
  weightDecay?: number;
}

/**
 * Stochastic gradient descent, optionally with (Nesterov) momentum, in PyTorch's form:
 * g ← g + wd·p;  v ← μv + g;  p ← p − lr·(nesterov ? g + μv : v).  Plain SGD: p ← p − lr·g.
 *
 * @example
 * const opt = sgd({ lr: 0.1 });
 * opt.step([w], [g]); // w ← w − 0.1·g
 */
export function sgd(options: SgdOptions): Optimizer {
  const mu = options.momentum ?? 0;
  const wd = options.weightDecay ?? 0;
  checkRate('sgd', 'momentum', mu);
  checkRate('sgd', 'weightDecay', wd);
  const name = options.nesterov ? 'nesterov' : mu > 0 ? 'momentum' : 'sgd';
  return makeOptimizer(name, options.lr, 1, (p, g, [v], lr) => {
    for (let i = 0; i < p.length; i++) {
      const gi = g[i]! + wd * p[i]!;
      if (mu === 0) {
        p[i]! -= lr * gi;
        continue;
      }
      const vi = mu * v![i]! + gi;
      v![i] = vi;
      p[i]! -= lr * (options.nesterov ? gi + mu * vi : vi);
    }
  });
}

/**
 * Heavy-ball momentum: v ← μv + g;  p ← p − lr·v.
 *
 * @example
 * momentum({ lr: 0.1, momentum: 0.9 })
 */
export function momentum(options: {
  lr: LearningRate;
  momentum?: number;
  weightDecay?: number;
}): Optimizer {
  return sgd({ ...options, momentum: options.momentum ?? 0.9 });
}

/**
 * Nesterov momentum: v ← μv + g;  p ← p − lr·(g + μv).
 *
 * @example
 * nesterov({ lr: 0.1, momentum: 0.9 })
 */
export function nesterov(options: {
  lr: LearningRate;
  momentum?: number;
  weightDecay?: number;
}): Optimizer {
  return sgd({ ...options, momentum: options.momentum ?? 0.9, nesterov: true });
}
