import { checkPoint, checkStep, type DifferenceMethod, defaultStep, evalScalar } from './step.ts';

/**
 * Forward difference `(f(x+h) − f(x)) / h`, error O(h).
 *
 * @example
 * forwardDifference(Math.sin, 0, 1e-6) // ≈ 1
 */
export function forwardDifference(
  f: (x: number) => number,
  x: number,
  h = defaultStep('forward', x),
): number {
  checkPoint('forwardDifference', [x]);
  checkStep('forwardDifference', h);
  return (evalScalar('forwardDifference', f, x + h) - evalScalar('forwardDifference', f, x)) / h;
}

/**
 * Backward difference `(f(x) − f(x−h)) / h`, error O(h).
 *
 * @example
 * backwardDifference((x) => x * x, 3, 1e-6) // ≈ 6
 */
export function backwardDifference(
  f: (x: number) => number,
  x: number,
  h = defaultStep('backward', x),
): number {
  checkPoint('backwardDifference', [x]);
  checkStep('backwardDifference', h);
  return (evalScalar('backwardDifference', f, x) - evalScalar('backwardDifference', f, x - h)) / h;
}

/**
 * Central difference `(f(x+h) − f(x−h)) / 2h`, error O(h²).
 *
 * @example
 * centralDifference(Math.exp, 0) // ≈ 1 (to ~1e-10)
 */
export function centralDifference(
  f: (x: number) => number,
  x: number,
  h = defaultStep('central', x),
): number {
  checkPoint('centralDifference', [x]);
  checkStep('centralDifference', h);
  return (
    (evalScalar('centralDifference', f, x + h) - evalScalar('centralDifference', f, x - h)) /
    (2 * h)
  );
}

/**
 * f′(x) by a difference quotient (default: central with an automatic step).
 *
 * @example
 * derivative((x) => x ** 3, 2) // ≈ 12
 * derivative((x) => x ** 3, 2, { method: 'forward', h: 1e-3 }) // ≈ 12.006
 */
export function derivative(
  f: (x: number) => number,
  x: number,
  options: { method?: DifferenceMethod; h?: number } = {},
): number {
  const method = options.method ?? 'central';
  const h = options.h ?? defaultStep(method, x);
  if (method === 'forward') return forwardDifference(f, x, h);
  if (method === 'backward') return backwardDifference(f, x, h);
  return centralDifference(f, x, h);
}
