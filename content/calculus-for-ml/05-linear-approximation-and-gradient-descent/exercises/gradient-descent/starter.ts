/** Gradient descent on L(w) = ½ (w − w*)ᵀ A (w − w*); returns steps + 1 rows, w0 first. */
export function descend(
  A: number[][],
  wStar: number[],
  w0: number[],
  lr: number,
  steps: number,
): number[][] {
  const w = w0.slice();
  const path = [w.slice()];
  // TODO: `steps` times: compute the gradient A(w − w*), step against it, record a copy.
  return path;
}
