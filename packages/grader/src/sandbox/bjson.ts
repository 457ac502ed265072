import type { QuickJSContext } from 'quickjs-emscripten-core';
import type { ArgSpec } from './protocol.ts';

/**
 * Encodes every case's arguments in QuickJS's binary JSON format, so one C-speed
 * `decodeBinaryJSON` builds all nested input arrays inside the sandbox (about twice as fast as
 * building them element by element in interpreted JS). Only arrays, float64 and null are
 * written; typed-array arguments become null and are sliced from the data buffer instead.
 */
const TAG_NULL = 1;
const TAG_FLOAT64 = 6;
const TAG_ARRAY = 9;

function lebSize(n: number): number {
  let size = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
}

class Writer {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  at = 0;
  constructor(size: number) {
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
  }
  byte(b: number) {
    this.bytes[this.at++] = b;
  }
  leb(n: number) {
    while (n >= 0x80) {
      this.byte((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    this.byte(n);
  }
  f64(v: number) {
    this.byte(TAG_FLOAT64);
    this.view.setFloat64(this.at, v, true);
    this.at += 8;
  }
  /** `count` consecutive numbers of `data` from `from`, each as a tagged float64. */
  f64s(data: Float64Array, from: number, count: number) {
    const { bytes, view } = this;
    let at = this.at;
    for (let i = from; i < from + count; i++) {
      bytes[at] = TAG_FLOAT64;
      view.setFloat64(at + 1, data[i]!, true);
      at += 9;
    }
    this.at = at;
  }
}

function nestedSize(shape: readonly number[], dim: number): number {
  if (dim === shape.length) return 9;
  const n = shape[dim]!;
  return 1 + lebSize(n) + n * nestedSize(shape, dim + 1);
}

function writeNested(
  w: Writer,
  data: Float64Array,
  off: number,
  shape: readonly number[],
  dim: number,
) {
  if (dim === shape.length) {
    w.f64(data[off]!);
    return;
  }
  const n = shape[dim]!;
  w.byte(TAG_ARRAY);
  w.leb(n);
  if (dim === shape.length - 1) {
    w.f64s(data, off, n);
    return;
  }
  let stride = 1;
  for (let d = dim + 1; d < shape.length; d++) stride *= shape[d]!;
  for (let i = 0; i < n; i++) writeNested(w, data, off + i * stride, shape, dim + 1);
}

/** `[[arg, …], …]` per case, args as the learner sees them (typed arrays: null). */
export function encodeArgs(prefix: Uint8Array, spec: ArgSpec[][], data: Float64Array): Uint8Array {
  let size = prefix.length + 1 + lebSize(spec.length);
  for (const args of spec) {
    size += 1 + lebSize(args.length);
    for (const a of args) size += a.k === 'n' ? 9 : a.k === 't' ? 1 : nestedSize(a.s, 0);
  }
  const w = new Writer(size);
  w.bytes.set(prefix);
  w.at = prefix.length;
  w.byte(TAG_ARRAY);
  w.leb(spec.length);
  for (const args of spec) {
    w.byte(TAG_ARRAY);
    w.leb(args.length);
    for (const a of args) {
      if (a.k === 'n') w.f64(data[a.o]!);
      else if (a.k === 't') w.byte(TAG_NULL);
      else writeNested(w, data, a.o, a.s, 0);
    }
  }
  return w.bytes;
}

/**
 * The format header of this QuickJS build, or null if its binary JSON does not look like what
 * encodeArgs writes (then inputs are built in JS instead). Checked once per worker.
 */
export function probeBinaryJson(ctx: QuickJSContext): Uint8Array | null {
  try {
    const read = (code: string): Uint8Array => {
      const value = ctx.unwrapResult(ctx.evalCode(code));
      const encoded = ctx.encodeBinaryJSON(value);
      value.dispose();
      const view = ctx.getArrayBuffer(encoded);
      const bytes = view.value.slice();
      view.dispose();
      encoded.dispose();
      return bytes;
    };
    const empty = read('[]');
    if (empty.at(-2) !== TAG_ARRAY || empty.at(-1) !== 0) return null;
    const prefix = empty.slice(0, -2);
    const probe = read('[[[1.5, -2.25], null, 3.125]]');
    const mine = encodeArgs(
      prefix,
      [
        [
          { k: 'a', o: 0, s: [2] },
          { k: 't', o: 0, s: [0] },
          { k: 'n', o: 2 },
        ],
      ],
      Float64Array.of(1.5, -2.25, 3.125),
    );
    // QuickJS writes small integers as int32: compare after decoding instead of bytewise.
    const decoded = ctx.newArrayBuffer(mine.buffer as ArrayBuffer);
    const back = ctx.decodeBinaryJSON(decoded);
    decoded.dispose();
    const stringify = ctx.unwrapResult(ctx.evalCode('JSON.stringify'));
    const json = ctx.unwrapResult(ctx.callFunction(stringify, ctx.undefined, back));
    stringify.dispose();
    back.dispose();
    const text = ctx.getString(json);
    json.dispose();
    return probe.length > 0 && text === '[[[1.5,-2.25],null,3.125]]' ? prefix : null;
  } catch {
    return null;
  }
}
