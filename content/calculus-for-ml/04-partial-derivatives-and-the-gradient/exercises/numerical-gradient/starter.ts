/** Central-difference estimate of the gradient of L(w) = ½ wᵀAw + b·w. */
export function numericalGrad(A: number[][], b: number[], w: number[], h: number): number[] {
  // TODO: write loss(v) = ½ vᵀAv + b·v, then for each i nudge w[i] by +h and −h.
  return w.map(() => 0);
}
