/** One of ∂L/∂W1 (part 0), ∂L/∂b1 (1), ∂L/∂W2 (2), ∂L/∂b2 (3) for a tanh network with MSE. */
export function backprop(
  W1: number[][],
  b1: number[],
  W2: number[],
  b2: number,
  X: number[][],
  y: number[],
  part: number,
): number[][] | number[] | number {
  const m = W1.length;
  const d = W1[0]!.length;
  const n = X.length;
  const dW1 = Array.from({ length: m }, () => new Array<number>(d).fill(0));
  const db1 = new Array<number>(m).fill(0);
  const dW2 = new Array<number>(m).fill(0);
  let db2 = 0;
  for (let i = 0; i < n; i++) {
    const x = X[i]!;
    const h = new Array<number>(m);
    let yHat = b2;
    for (let k = 0; k < m; k++) {
      let z = b1[k]!;
      for (let j = 0; j < d; j++) z += W1[k]![j]! * x[j]!;
      h[k] = Math.tanh(z);
      yHat += W2[k]! * h[k]!;
    }
    const dy = (2 * (yHat - y[i]!)) / n;
    db2 += dy;
    for (let k = 0; k < m; k++) {
      dW2[k] = dW2[k]! + dy * h[k]!;
      const dz = dy * W2[k]! * (1 - h[k]! * h[k]!);
      db1[k] = db1[k]! + dz;
      for (let j = 0; j < d; j++) dW1[k]![j] = dW1[k]![j]! + dz * x[j]!;
    }
  }
  return [dW1, db1, dW2, db2][part]!;
}
