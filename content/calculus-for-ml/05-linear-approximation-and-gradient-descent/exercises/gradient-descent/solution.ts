/** Gradient descent on L(w) = ½ (w − w*)ᵀ A (w − w*); returns steps + 1 rows, w0 first. */
export function descend(
  A: number[][],
  wStar: number[],
  w0: number[],
  lr: number,
  steps: number,
): number[][] {
  const d = w0.length;
  const w = w0.slice();
  const path = [w.slice()];
  for (let t = 0; t < steps; t++) {
    const g = new Array<number>(d).fill(0);
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < d; j++) g[i] = g[i]! + A[i]![j]! * (w[j]! - wStar[j]!);
    }
    for (let i = 0; i < d; i++) w[i] = w[i]! - lr * g[i]!;
    path.push(w.slice());
  }
  return path;
}
