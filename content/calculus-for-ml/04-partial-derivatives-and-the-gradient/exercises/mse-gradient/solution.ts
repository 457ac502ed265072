// Leak marker (apps/web/e2e/no-leaks.spec.ts): slope-hidden-marker-solution-7f3c. This string must never reach a browser.
/** ∇_w mean((Xw − y)²) = (2/n) Xᵀ(Xw − y) */
export function grad(w: number[], X: number[][], y: number[]): number[] {
  const n = X.length;
  const d = w.length;
  const g = new Array<number>(d).fill(0);
  for (let i = 0; i < n; i++) {
    const row = X[i]!;
    let r = -y[i]!;
    for (let j = 0; j < d; j++) r += row[j]! * w[j]!;
    const s = (2 * r) / n;
    for (let j = 0; j < d; j++) g[j] = g[j]! + s * row[j]!;
  }
  return g;
}
