const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** [∂L/∂w, ∂L/∂b] for L = (σ(w·x + b) − y)². */
export function neuronGrad(w: number, b: number, x: number, y: number): number[] {
  const a = sigmoid(w * x + b);
  // TODO: the backward pass, from L back to w and b.
  return [0, 0];
}
