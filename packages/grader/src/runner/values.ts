import type { ParamType } from '../exercise/manifest.ts';

/** A numeric value on the host: row-major numbers and a shape ([] for a scalar). */
export interface Numeric {
  shape: number[];
  values: Float64Array;
}

/** Reads numbers, nested arrays, typed arrays or tensor-likes ({ data, shape }) on the host. */
export function toNumeric(value: unknown, what = 'value'): Numeric {
  if (typeof value === 'number') return { shape: [], values: Float64Array.of(value) };
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const values = Float64Array.from(value as unknown as ArrayLike<number>);
    return { shape: [values.length], values };
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const t = value as { data?: unknown; shape?: unknown };
    if (ArrayBuffer.isView(t.data) && Array.isArray(t.shape)) {
      return {
        shape: [...(t.shape as number[])],
        values: Float64Array.from(t.data as Float64Array),
      };
    }
  }
  if (!Array.isArray(value)) throw new TypeError(`${what} is not numeric: ${typeof value}`);
  const shape: number[] = [];
  for (let v: unknown = value; Array.isArray(v) || ArrayBuffer.isView(v); ) {
    const arr = v as ArrayLike<unknown>;
    shape.push(arr.length);
    v = arr.length > 0 ? arr[0] : undefined;
  }
  const flat: number[] = [];
  const walk = (v: unknown, depth: number) => {
    if (depth === shape.length) {
      if (typeof v !== 'number') throw new TypeError(`${what} holds a non-number`);
      flat.push(v);
      return;
    }
    const arr = v as ArrayLike<unknown>;
    if ((!Array.isArray(v) && !ArrayBuffer.isView(v)) || arr.length !== shape[depth]) {
      throw new TypeError(`${what} is not rectangular`);
    }
    for (let i = 0; i < arr.length; i++) walk(arr[i], depth + 1);
  };
  walk(value, 0);
  return { shape, values: Float64Array.from(flat) };
}

/** Nested arrays from row-major numbers. */
export function toNested(n: Numeric): unknown {
  const { shape, values } = n;
  if (shape.length === 0) return values[0];
  const build = (offset: number, dim: number): unknown[] => {
    const len = shape[dim]!;
    if (dim === shape.length - 1) {
      // The innermost rows hold most of the numbers: filled in one tight loop.
      const row = new Array<number>(len);
      for (let i = 0; i < len; i++) row[i] = values[offset + i]!;
      return row;
    }
    let stride = 1;
    for (let d = dim + 1; d < shape.length; d++) stride *= shape[d]!;
    const out = new Array<unknown>(len);
    for (let i = 0; i < len; i++) out[i] = build(offset + i * stride, dim + 1);
    return out;
  };
  return build(0, 0);
}

const ranks: Partial<Record<ParamType, number>> = { number: 0, vector: 1, matrix: 2 };

/** Checks an argument against its declared type; returns it as the learner will see it. */
export function presentArg(n: Numeric, type: ParamType, name: string): unknown {
  const rank = ranks[type];
  if (rank !== undefined && n.shape.length !== rank) {
    throw new TypeError(
      `argument ${name} should be a ${type} but has shape [${n.shape.join(', ')}]`,
    );
  }
  if (type === 'float64array') return Float64Array.from(n.values);
  return toNested(n);
}

/** A short preview of values for messages, e.g. "[0.5, -1.25, 3, … 13 more]". */
export function preview(n: Numeric, max = 6): string {
  const fmt = (v: number) =>
    Number.isInteger(v) ? String(v) : Number(v.toPrecision(6)).toString();
  if (n.shape.length === 0) return fmt(n.values[0]!);
  const shown = Array.from(n.values.subarray(0, max), fmt);
  const more = n.values.length > max ? `, … ${n.values.length - max} more` : '';
  const shape = n.shape.length > 1 ? ` (shape [${n.shape.join(', ')}])` : '';
  return `[${shown.join(', ')}${more}]${shape}`;
}

/** "[3]", "[1][2]" */
export function formatIndex(index: readonly number[]): string {
  return index.map((i) => `[${i}]`).join('');
}

export function unravel(flat: number, shape: readonly number[]): number[] {
  const out = new Array<number>(shape.length).fill(0);
  for (let d = shape.length - 1; d >= 0; d--) {
    out[d] = flat % shape[d]!;
    flat = Math.floor(flat / shape[d]!);
  }
  return out;
}
