import { Comparator, type Tolerance } from '@slope/numeric';

/** Turns tensors and typed arrays into plain nested arrays so results can be compared and shown. */
export function toPlain(value: unknown): unknown {
  if (value && typeof value === 'object') {
    const v = value as { toArray?: () => unknown };
    if (typeof v.toArray === 'function') return v.toArray();
    if (ArrayBuffer.isView(value) && !(value instanceof DataView))
      return Array.from(value as unknown as ArrayLike<number>);
    if (Array.isArray(value)) return value.map(toPlain);
  }
  return value;
}

/**
 * Deep equality with numbers judged by `@slope/numeric`'s one rule (`Comparator`: rtol, and atol
 * on the scale of the whole expected value), the rule grading uses: what passes Run passes
 * Submit. Without a tolerance, numeric's defaults.
 */
export function approxEqual(got: unknown, expected: unknown, tolerance?: Tolerance): boolean {
  const numbers: number[] = [];
  collectNumbers(expected, numbers);
  return same(got, expected, new Comparator(numbers, tolerance));
}

function collectNumbers(value: unknown, out: number[]): void {
  if (typeof value === 'number') out.push(value);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) collectNumbers(v, out);
}

function same(got: unknown, expected: unknown, cmp: Comparator): boolean {
  if (typeof expected === 'number') return typeof got === 'number' && cmp.close(got, expected);
  if (Array.isArray(expected)) {
    return (
      Array.isArray(got) &&
      got.length === expected.length &&
      expected.every((e, i) => same(got[i], e, cmp))
    );
  }
  if (expected && typeof expected === 'object') {
    if (!got || typeof got !== 'object') return false;
    const keys = Object.keys(expected);
    return (
      keys.length === Object.keys(got).length &&
      keys.every((k) =>
        same((got as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], cmp),
      )
    );
  }
  return Object.is(got, expected);
}

/** A short preview of a value: numbers to 6 significant digits, cut at `max` characters. */
export function preview(value: unknown, max = 160): string {
  const text = format(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function format(value: unknown): string {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return String(Number(value.toPrecision(6)));
  }
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(format).join(', ')}]`;
  if (value && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${format(v)}`)
      .join(', ')} }`;
  return JSON.stringify(value) ?? String(value);
}
