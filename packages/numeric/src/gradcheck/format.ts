/** `[2]`, `[1, 0]` — how a component is named in messages. */
export function formatIndex(index: readonly number[]): string {
  return `[${index.join(', ')}]`;
}

/** A short, readable number for messages. */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-3 && a < 1e6) return String(Number(v.toPrecision(4)));
  return v.toExponential(2);
}

/**
 * A relative error's order of magnitude: the nearest power of ten (0 for 0, null if not
 * finite). What a hidden test may say of an error's size (see the grader's disclosure rule).
 *
 * @example
 * errorMagnitude(0.0372) // 0.1
 */
export function errorMagnitude(relativeError: number): number | null {
  if (!Number.isFinite(relativeError) || relativeError < 0) return null;
  if (relativeError === 0) return 0;
  return 10 ** Math.round(Math.log10(relativeError));
}

/**
 * A relative error as its order of magnitude, in words.
 *
 * @example
 * describeErrorMagnitude(0.0372) // 'about 10%'
 * describeErrorMagnitude(2.4e-5) // 'about 1e-5'
 */
export function describeErrorMagnitude(relativeError: number): string {
  const m = errorMagnitude(relativeError);
  if (m === null) return 'not comparable';
  if (m === 0) return 'zero';
  return m >= 0.01 ? `about ${Math.round(m * 100)}%` : `about ${m.toExponential(0)}`;
}

/** "[0], [3] and [5]" — a list of components, cut after `limit`. */
export function formatIndexList(indices: readonly (readonly number[])[], limit = 6): string {
  const shown = indices.slice(0, limit).map(formatIndex);
  if (indices.length > limit) return `${shown.join(', ')} and ${indices.length - limit} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

const VULGAR: Record<string, string> = {
  '1/2': '½',
  '1/3': '⅓',
  '2/3': '⅔',
  '1/4': '¼',
  '3/4': '¾',
  '1/5': '⅕',
  '1/8': '⅛',
};

/**
 * The factor as a person writes it: ×2, ×½, ×(−3), ×2/3, else ×1.37.
 *
 * @example
 * scaleLabel(0.5) // "×½"
 */
export function scaleLabel(k: number): string {
  for (let q = 1; q <= 12; q++) {
    const p = Math.round(k * q);
    if (p !== 0 && Math.abs(k - p / q) <= 1e-6 * Math.abs(k)) {
      const sign = p < 0 ? '−' : '';
      const ap = Math.abs(p);
      const frac = q === 1 ? String(ap) : (VULGAR[`${ap}/${q}`] ?? `${ap}/${q}`);
      return sign ? `×(${sign}${frac})` : `×${frac}`;
    }
  }
  const s = String(Number(Math.abs(k).toPrecision(6)));
  return k < 0 ? `×(−${s})` : `×${s}`;
}
