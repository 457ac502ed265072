const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** [∂L/∂w, ∂L/∂b] for L = (σ(w·x + b) − y)². */
export function neuronGrad(w: number, b: number, x: number, y: number): number[] {
  const z = w * x + b;
  const a = sigmoid(z);
  const d = a - y;
  const dd = 2 * d;
  const dz = dd * a * (1 - a);
  return [dz * x, dz];
}
