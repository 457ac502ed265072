/** Returns the gradient of mean((Xw − y)²) with respect to w. */
export function grad(w: number[], X: number[][], y: number[]): number[] {
  // TODO: compute the residuals Xw − y, then the gradient.
  return w.map(() => 0);
}
