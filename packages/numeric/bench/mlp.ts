import { add, gradients, matmul, mse, Rng, randn, type Tensor, tanh, zeros } from '../src/index.ts';
import type { Tf } from './tfjs.ts';

/** The benchmark problem: a 2-layer MLP loss, batch 256, 32 → 64 → 1, tanh, MSE. */
export const B = 256;
export const D = 32;
export const H = 64;

export interface Problem {
  X: Tensor;
  y: Tensor;
  W1: Tensor;
  b1: Tensor;
  W2: Tensor;
  b2: Tensor;
}

export function makeProblem(seed = 1): Problem {
  const r = new Rng(seed);
  return {
    X: randn([B, D], r),
    y: randn([B, 1], r),
    W1: randn([D, H], r, 1 / Math.sqrt(D), { requiresGrad: true }),
    b1: zeros([H], { requiresGrad: true }),
    W2: randn([H, 1], r, 1 / Math.sqrt(H), { requiresGrad: true }),
    b2: zeros([1], { requiresGrad: true }),
  };
}

/** Gradient of the loss w.r.t. [W1, b1, W2, b2] with @slope/numeric's reverse mode. */
export function slopeGrad(p: Problem): Float64Array[] {
  const hidden = tanh(add(matmul(p.X, p.W1), p.b1));
  const loss = mse(add(matmul(hidden, p.W2), p.b2), p.y);
  return gradients(loss, [p.W1, p.b1, p.W2, p.b2]).map((g) => g.data);
}

/**
 * The same gradient written by hand on Float64Arrays: forward, then backward with the chain
 * rule spelled out. Buffers are allocated once (the strongest reasonable baseline).
 */
export function makeHandWritten(p: Problem): () => Float64Array[] {
  const X = p.X.data;
  const y = p.y.data;
  const W1 = p.W1.data;
  const b1 = p.b1.data;
  const W2 = p.W2.data;
  const b2 = p.b2.data;
  const A = new Float64Array(B * H); // tanh activations
  const out = new Float64Array(B);
  const dZ = new Float64Array(B * H);
  const dW1 = new Float64Array(D * H);
  const db1 = new Float64Array(H);
  const dW2 = new Float64Array(H);
  const db2 = new Float64Array(1);
  return () => {
    for (let i = 0; i < B; i++) {
      const row = i * H;
      for (let j = 0; j < H; j++) A[row + j] = b1[j]!;
      for (let k = 0; k < D; k++) {
        const x = X[i * D + k]!;
        const wk = k * H;
        for (let j = 0; j < H; j++) A[row + j]! += x * W1[wk + j]!;
      }
      let o = b2[0]!;
      for (let j = 0; j < H; j++) {
        const a = Math.tanh(A[row + j]!);
        A[row + j] = a;
        o += a * W2[j]!;
      }
      out[i] = o;
    }
    dW1.fill(0);
    db1.fill(0);
    dW2.fill(0);
    db2[0] = 0;
    for (let i = 0; i < B; i++) {
      const dOut = (2 * (out[i]! - y[i]!)) / B; // d mean(r²) / d out_i
      db2[0]! += dOut;
      const row = i * H;
      for (let j = 0; j < H; j++) {
        const a = A[row + j]!;
        dW2[j]! += a * dOut;
        const dz = dOut * W2[j]! * (1 - a * a);
        dZ[row + j] = dz;
        db1[j]! += dz;
      }
      for (let k = 0; k < D; k++) {
        const x = X[i * D + k]!;
        const wk = k * H;
        for (let j = 0; j < H; j++) dW1[wk + j]! += x * dZ[row + j]!;
      }
    }
    return [dW1, db1, dW2, db2];
  };
}

/** The same gradient with tfjs-core (float32): tf.grads over the four parameters. */
export function makeTfjs(tf: Tf, p: Problem): () => Promise<Float32Array[]> {
  const t = (x: Tensor) => tf.tensor(Float32Array.from(x.data), [...x.shape]);
  const [X, y, W1, b1, W2, b2] = [p.X, p.y, p.W1, p.b1, p.W2, p.b2].map(t) as [
    ReturnType<typeof t>,
    ReturnType<typeof t>,
    ReturnType<typeof t>,
    ReturnType<typeof t>,
    ReturnType<typeof t>,
    ReturnType<typeof t>,
  ];
  const g = tf.grads((w1, bb1, w2, bb2) =>
    tf.losses.meanSquaredError(
      y,
      tf.add(tf.matMul(tf.tanh(tf.add(tf.matMul(X, w1), bb1)), w2), bb2),
    ),
  );
  return async () => {
    const grads = tf.tidy(() => g([W1, b1, W2, b2]));
    const data = await Promise.all(grads.map((x) => x.data() as Promise<Float32Array>));
    tf.dispose(grads);
    return data;
  };
}
