/** L(w) = ½ wᵀAw + b·w */
function loss(A: number[][], b: number[], w: number[]): number {
  let quad = 0;
  let lin = 0;
  for (let i = 0; i < w.length; i++) {
    let row = 0;
    for (let j = 0; j < w.length; j++) row += A[i]![j]! * w[j]!;
    quad += w[i]! * row;
    lin += b[i]! * w[i]!;
  }
  return 0.5 * quad + lin;
}

/** Central-difference estimate of the gradient of L(w) = ½ wᵀAw + b·w. */
export function numericalGrad(A: number[][], b: number[], w: number[], h: number): number[] {
  const g: number[] = [];
  for (let i = 0; i < w.length; i++) {
    const plus = w.slice();
    const minus = w.slice();
    plus[i] = w[i]! + h;
    minus[i] = w[i]! - h;
    g.push((loss(A, b, plus) - loss(A, b, minus)) / (2 * h));
  }
  return g;
}
