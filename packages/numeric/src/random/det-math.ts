// log, sqrt, sin and cos from + − × ÷ only. IEEE 754 rounds those exactly the same way on every
// engine, while Math.log/Math.cos may differ in the last bit between engines (QuickJS, V8, …).
// That is what makes seeded normals identical everywhere. Accuracy is ~1e-16 relative.
import { NumericInputError } from '../tensor/errors.ts';

const LN2 = Math.LN2;
const SQRT2 = Math.SQRT2;
const HALF_PI = Math.PI / 2;

/** 1/(2k + 1), k = 0…13: the same quotients the series would divide out at every call. */
const ATANH_COEFFICIENTS = Array.from({ length: 14 }, (_, k) => 1 / (2 * k + 1));

/** Natural log of a positive finite number, deterministic across platforms. */
export function detLog(x: number): number {
  if (!(x > 0) || !Number.isFinite(x))
    throw new NumericInputError('detLog', `input must be positive and finite, got ${x}`);
  let m = x;
  let e = 0;
  while (m >= SQRT2) {
    m /= 2;
    e++;
  }
  while (m < SQRT2 / 2) {
    m *= 2;
    e--;
  }
  // log m = 2 atanh(s) = 2(s + s³/3 + s⁵/5 + …), s = (m − 1)/(m + 1), |s| ≤ 0.1716
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let poly = 0;
  for (let k = 13; k >= 0; k--) poly = poly * s2 + ATANH_COEFFICIENTS[k]!;
  return e * LN2 + 2 * s * poly;
}

/** Square root of a finite number >= 0 by Newton's method, deterministic across platforms. */
export function detSqrt(x: number): number {
  if (!(x >= 0) || !Number.isFinite(x))
    throw new NumericInputError('detSqrt', `input must be finite and >= 0, got ${x}`);
  if (x === 0) return 0;
  let m = x;
  let scale = 1;
  while (m >= 2) {
    m /= 4;
    scale *= 2;
  }
  while (m < 0.5) {
    m *= 4;
    scale /= 2;
  }
  let y = (m + 1) / 2;
  for (let i = 0; i < 6; i++) y = (y + m / y) / 2;
  return y * scale;
}

/** [sin 2πt, cos 2πt] for an angle given in turns, deterministic across platforms. */
export function sinCosTurns(t: number): [number, number] {
  if (!Number.isFinite(t))
    throw new NumericInputError('sinCosTurns', `angle must be finite, got ${t}`);
  const quarters = (t - Math.floor(t)) * 4;
  const q = Math.floor(quarters + 0.5);
  const theta = (quarters - q) * HALF_PI; // in [−π/4, π/4]
  const t2 = theta * theta;
  // Taylor series in nested (Horner) form: sin θ = θ(1 − θ²/2·3 (1 − θ²/4·5 (1 − …))), 10 terms.
  let sin = 1;
  let cos = 1;
  for (let k = 10; k >= 1; k--) {
    sin = 1 - (t2 * sin) / (2 * k * (2 * k + 1));
    cos = 1 - (t2 * cos) / ((2 * k - 1) * (2 * k));
  }
  sin *= theta;
  switch (q % 4) {
    case 0:
      return [sin, cos];
    case 1:
      return [cos, -sin];
    case 2:
      return [-sin, -cos];
    default:
      return [-cos, sin];
  }
}
