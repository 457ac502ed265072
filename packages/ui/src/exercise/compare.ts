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

/** Deep equality with a relative/absolute tolerance on numbers. */
export function approxEqual(got: unknown, expected: unknown, tol = 1e-6): boolean {
  if (typeof expected === 'number' && typeof got === 'number') {
    if (Number.isNaN(expected)) return Number.isNaN(got);
    if (!Number.isFinite(expected)) return got === expected;
    return Math.abs(got - expected) <= tol * (1 + Math.abs(expected));
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(got) &&
      got.length === expected.length &&
      expected.every((e, i) => approxEqual(got[i], e, tol))
    );
  }
  if (expected && typeof expected === 'object') {
    if (!got || typeof got !== 'object') return false;
    const keys = Object.keys(expected);
    return (
      keys.length === Object.keys(got).length &&
      keys.every((k) =>
        approxEqual(
          (got as Record<string, unknown>)[k],
          (expected as Record<string, unknown>)[k],
          tol,
        ),
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
