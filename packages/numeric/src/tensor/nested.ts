/** A number or an arbitrarily nested array of numbers (`[[1, 2], [3, 4]]`). */
export type NestedArray = number | readonly NestedArray[];

/** Why a value could not be read as a rectangular array of numbers. */
export type ParseFailure =
  | { ok: false; reason: 'ragged'; path: number[]; detail: string }
  | { ok: false; reason: 'not-number'; path: number[]; detail: string };

export type ParseResult = { ok: true; data: Float64Array; shape: number[] } | ParseFailure;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 20))}`;
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function isTypedNumbers(value: unknown): value is Float64Array | Float32Array | Int32Array {
  return (
    value instanceof Float64Array || value instanceof Float32Array || value instanceof Int32Array
  );
}

/**
 * Read a number, a (nested) array of numbers or a typed array into flat data + shape.
 * Never throws: ragged arrays and non-numbers (strings, null, booleans…) are reported with the
 * path of the first offending entry, because learner code may return anything.
 *
 * @example
 * parseNested([[1, 2], [3, 4]]) // { ok: true, data: Float64Array [1, 2, 3, 4], shape: [2, 2] }
 * parseNested([[1, 2], [3]])    // { ok: false, reason: 'ragged', path: [1], … }
 */
export function parseNested(value: unknown): ParseResult {
  if (typeof value === 'number') return { ok: true, data: Float64Array.of(value), shape: [] };
  if (isTypedNumbers(value))
    return { ok: true, data: Float64Array.from(value), shape: [value.length] };
  if (!Array.isArray(value)) {
    return { ok: false, reason: 'not-number', path: [], detail: `got ${describe(value)}` };
  }
  // Shape from the first element along each axis, then check every entry against it.
  const shape: number[] = [];
  let probe: unknown = value;
  while (Array.isArray(probe) || isTypedNumbers(probe)) {
    shape.push(probe.length);
    if (probe.length === 0) break;
    probe = probe[0];
  }
  const out: number[] = [];
  const walk = (node: unknown, depth: number, path: number[]): ParseFailure | null => {
    if (depth === shape.length) {
      if (typeof node === 'number') {
        out.push(node);
        return null;
      }
      if (Array.isArray(node) || isTypedNumbers(node)) {
        return { ok: false, reason: 'ragged', path, detail: 'has an extra level of nesting' };
      }
      return { ok: false, reason: 'not-number', path, detail: `is ${describe(node)}` };
    }
    if (!Array.isArray(node) && !isTypedNumbers(node)) {
      return typeof node === 'number'
        ? { ok: false, reason: 'ragged', path, detail: 'is a number where an array was expected' }
        : { ok: false, reason: 'not-number', path, detail: `is ${describe(node)}` };
    }
    if (node.length !== shape[depth]) {
      return {
        ok: false,
        reason: 'ragged',
        path,
        detail: `has length ${node.length} but its siblings have length ${shape[depth]}`,
      };
    }
    for (let i = 0; i < node.length; i++) {
      const failure = walk(node[i], depth + 1, [...path, i]);
      if (failure) return failure;
    }
    return null;
  };
  const failure = walk(value, 0, []);
  if (failure) return failure;
  return { ok: true, data: Float64Array.from(out), shape };
}

/**
 * Turn flat row-major data back into nested arrays.
 *
 * @example
 * toNested(Float64Array.of(1, 2, 3, 4), [2, 2]) // [[1, 2], [3, 4]]
 */
export function toNested(data: ArrayLike<number>, shape: readonly number[]): NestedArray {
  if (shape.length === 0) return data[0]!;
  let pos = 0;
  const build = (depth: number): NestedArray[] => {
    const n = shape[depth]!;
    const arr: NestedArray[] = new Array(n);
    for (let i = 0; i < n; i++) {
      arr[i] = depth === shape.length - 1 ? data[pos++]! : build(depth + 1);
    }
    return arr;
  };
  return build(0);
}
