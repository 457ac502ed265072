/**
 * Gradient descent from w = 0 on L(w) = (1/n) Σ (rᵢ² + rᵢ⁴/2), r = Xw − y, with a linear
 * warmup + cosine schedule. Returns steps + 1 rows, the start first.
 */
export function train(
  X: number[][],
  y: number[],
  peak: number,
  warmup: number,
  steps: number,
  minLr: number,
): number[][] {
  const w = new Array<number>(X[0]!.length).fill(0);
  const path = [w.slice()];
  // TODO: for t = 0 … steps − 1: the gradient at w, the rate η_t, the step, a copy into path.
  return path;
}
