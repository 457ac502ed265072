/** Learning rate of step t: linear warmup over `warmup` steps, then cosine from peak to minLr. */
function rateAt(t: number, peak: number, warmup: number, total: number, minLr: number): number {
  if (t < warmup) return (peak * t) / warmup;
  const progress = (t - warmup) / (total - warmup);
  return minLr + 0.5 * (peak - minLr) * (1 + Math.cos(Math.PI * progress));
}

/**
 * Gradient descent from w = 0 on L(w) = (1/n) Σ (rᵢ² + rᵢ⁴/2), r = Xw − y, with the warmup +
 * cosine schedule. Returns steps + 1 rows, the start first.
 */
export function train(
  X: number[][],
  y: number[],
  peak: number,
  warmup: number,
  steps: number,
  minLr: number,
): number[][] {
  const n = X.length;
  const d = X[0]!.length;
  const w = new Array<number>(d).fill(0);
  const path = [w.slice()];
  for (let t = 0; t < steps; t++) {
    const g = new Array<number>(d).fill(0);
    for (let i = 0; i < n; i++) {
      const row = X[i]!;
      let r = -y[i]!;
      for (let j = 0; j < d; j++) r += row[j]! * w[j]!;
      const s = (2 * (r + r * r * r)) / n;
      for (let j = 0; j < d; j++) g[j] = g[j]! + s * row[j]!;
    }
    const lr = rateAt(t, peak, warmup, steps, minLr);
    for (let j = 0; j < d; j++) w[j] = w[j]! - lr * g[j]!;
    path.push(w.slice());
  }
  return path;
}
