/** ∇ of mean((Xw − y)²) + λ·R(w), with R = ‖w‖² (kind 2) or ‖w‖₁ (kind 1). */
export function regularizedGrad(
  w: number[],
  X: number[][],
  y: number[],
  lambda: number,
  kind: number,
): number[] {
  // TODO: the MSE gradient (2/n)·Xᵀ(Xw − y), then add the penalty's gradient.
  return w.map(() => 0);
}
