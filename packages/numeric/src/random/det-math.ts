// exp, log, sqrt, sin and cos from + − × ÷ only. IEEE 754 rounds those exactly the same way on every
// engine, while Math.log/Math.exp may differ in the last bit between engines (QuickJS, V8, …).
// That is what makes seeded normals identical everywhere. Accuracy is ~1e-16 relative.
import { NumericInputError } from '../tensor/errors.ts';

const LN2 = Math.LN2;
const LN2_HI = 0.6931471803691238; // ln 2 with its last 21 bits zero (fdlibm)
const LN2_LO = 1.9082149292705877e-10; // ln 2 − LN2_HI
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

/** 1/n!, n = 0…16: Taylor coefficients of exp, each made by one division so every engine agrees. */
const EXP_COEFFICIENTS = (() => {
  const c = [1];
  for (let n = 1; n <= 16; n++) c.push(c[n - 1]! / n);
  return c;
})();

/** e^x for a finite x ≤ 709, deterministic across platforms (0 below about −745, as Math.exp). */
export function detExp(x: number): number {
  if (!(x <= 709) || !Number.isFinite(x))
    throw new NumericInputError('detExp', `input must be finite and <= 709, got ${x}`);
  if (x < -745.2) return 0;
  // e^x = 2^k · e^r, k = round(x / ln 2), |r| ≤ ln(2)/2; 2^k applied by exact halvings/doublings.
  const k = Math.round(x / LN2);
  // ln 2 split in two (Cody & Waite): k·LN2_HI is exact, so r keeps its precision for big |k|.
  const r = x - k * LN2_HI - k * LN2_LO;
  let poly = 0;
  for (let n = 16; n >= 0; n--) poly = poly * r + EXP_COEFFICIENTS[n]!;
  let scale = 1;
  if (k > 0) for (let i = 0; i < k; i++) scale *= 2;
  else for (let i = 0; i < -k; i++) scale /= 2;
  return poly * scale;
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
