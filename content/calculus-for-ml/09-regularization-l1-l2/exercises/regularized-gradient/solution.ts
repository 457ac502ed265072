/** ∇ of mean((Xw − y)²) + λ·R(w), with R = ‖w‖² (kind 2) or ‖w‖₁ (kind 1). */
export function regularizedGrad(
  w: number[],
  X: number[][],
  y: number[],
  lambda: number,
  kind: number,
): number[] {
  const n = X.length;
  const d = w.length;
  const g = new Array<number>(d).fill(0);
  for (let i = 0; i < n; i++) {
    const row = X[i]!;
    let r = -y[i]!;
    for (let j = 0; j < d; j++) r += row[j]! * w[j]!;
    for (let j = 0; j < d; j++) g[j] = g[j]! + (2 * r * row[j]!) / n;
  }
  for (let j = 0; j < d; j++) {
    g[j] = g[j]! + (kind === 2 ? 2 * lambda * w[j]! : lambda * Math.sign(w[j]!));
  }
  return g;
}
