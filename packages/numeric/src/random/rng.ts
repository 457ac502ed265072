import { NumericInputError } from '../tensor/errors.ts';
import { detExp, detLog, detSqrt } from './det-math.ts';

/** splitmix32: spreads one 32-bit seed into well-mixed state words. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** The ziggurat's layers (Marsaglia & Tsang, 2000): 128 of equal area `V` under e^(−x²/2). */
const LAYERS = 128;
const R = 3.442619855899; // where the tail starts
const V = 9.91256303526217e-3; // the area of each layer
const density = (x: number) => detExp(-0.5 * x * x);
/**
 * Right edges: X[0] = V / f(R) (the base layer, tail included), X[1] = R, …, X[128] = 0. Layer i
 * spans heights F[i] … F[i + 1] and widths 0 … X[i]; below X[i + 1] it lies wholly under the
 * curve. Built with the deterministic exp/log/sqrt, so the tables are the same everywhere.
 */
const X = new Float64Array(LAYERS + 1);
const F = new Float64Array(LAYERS + 1);
X[0] = V / density(R);
X[1] = R;
for (let i = 1; i < LAYERS - 1; i++) X[i + 1] = detSqrt(-2 * detLog(V / X[i]! + density(X[i]!)));
X[LAYERS] = 0;
for (let i = 0; i < LAYERS; i++) F[i] = density(X[i]!);
F[0] = 0;
F[LAYERS] = 1;
const TWO_53 = 9007199254740992;

/**
 * Seeded generator: **xoshiro128\*\*** (Blackman & Vigna, 2018), state seeded by splitmix32.
 * Pure 32-bit integer arithmetic (`Math.imul`, shifts), uniforms built from 53 random bits and
 * normals by the ziggurat method (tables and its rare exact tests built on deterministic
 * exp/log/sqrt) — the same numbers on every platform and JS engine. A normal costs two 32-bit
 * draws in 99 % of cases (a layer and sign from one, a 53-bit position from both).
 *
 * @example
 * const r = new Rng(42);
 * r.next();   // uniform in [0, 1)
 * r.normal(); // standard normal
 */
export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    if (!Number.isSafeInteger(seed))
      throw new NumericInputError('Rng', `seed must be an integer, got ${seed}`);
    const state = { s: seed | 0 };
    this.s0 = splitmix32(state);
    this.s1 = splitmix32(state);
    this.s2 = splitmix32(state);
    this.s3 = splitmix32(state);
  }

  /** Next raw 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform in [0, 1) with 53 random bits. */
  next(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** Uniform in [lo, hi). */
  uniform(lo = 0, hi = 1): number {
    return lo + (hi - lo) * this.next();
  }

  /** Uniform integer in [0, n), without modulo bias. */
  int(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > 2 ** 32)
      throw new NumericInputError('Rng.int', `n must be a whole number in 1…2³², got ${n}`);
    const limit = 2 ** 32 - (2 ** 32 % n);
    let x = this.nextUint32();
    while (x >= limit) x = this.nextUint32();
    return x % n;
  }

  /** Normal with the given mean and standard deviation (ziggurat). */
  normal(mean = 0, std = 1): number {
    return mean + std * this.standardNormal();
  }

  /** Fills `out` with normals (mean, std) and returns it. */
  fillNormal<T extends Float64Array | number[]>(out: T, mean = 0, std = 1): T {
    for (let i = 0; i < out.length; i++) out[i] = mean + std * this.standardNormal();
    return out;
  }

  private standardNormal(): number {
    for (;;) {
      const a = this.nextUint32();
      const layer = a & (LAYERS - 1);
      const sign = a & LAYERS ? -1 : 1;
      // 24 bits left in `a` and 29 from a second draw: a position in [0, 1) with 53 bits.
      const u = ((a >>> 8) * 536870912 + (this.nextUint32() >>> 3)) / TWO_53;
      const x = u * X[layer]!;
      if (x < X[layer + 1]!) return sign * x;
      if (layer === 0) return sign * this.tail();
      // The wedge beside the curve: accept where a uniform height falls under e^(−x²/2).
      if (F[layer]! + this.next() * (F[layer + 1]! - F[layer]!) < density(x)) return sign * x;
    }
  }

  /** Beyond R (Marsaglia, 1964): exact, and reached by about 1 normal in 3,600. */
  private tail(): number {
    for (;;) {
      const a = -detLog(1 - this.next()) / R;
      const b = -detLog(1 - this.next());
      if (2 * b >= a * a) return R + a;
    }
  }

  /** Shuffle an array in place (Fisher–Yates) and return it. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

/**
 * A new seeded generator.
 *
 * @example
 * rng(7).int(6) // the same die roll on every platform
 */
export function rng(seed: number): Rng {
  return new Rng(seed);
}
