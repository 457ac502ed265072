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
  const dW1 = Array.from({ length: m }, () => new Array<number>(d).fill(0));
  const db1 = new Array<number>(m).fill(0);
  const dW2 = new Array<number>(m).fill(0);
  // biome-ignore lint/style/useConst: you will add each example's contribution to db2
  let db2 = 0;
  // TODO: for each example, the forward pass (z, h, ŷ), then the backward pass,
  // adding each example's contribution to dW1, db1, dW2 and db2.
  return [dW1, db1, dW2, db2][part]!;
}
