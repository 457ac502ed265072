/**
 * A byte limit on the WebAssembly heap of one sandbox worker.
 *
 * QuickJS's own memory limit cannot be trusted with big buffers in this build: compiled with
 * Emscripten, it has no `malloc_usable_size`, so it counts each allocation as a few bytes
 * whatever its size. `new Float64Array(1e8)` then passes the limit and grows the worker's heap
 * towards WebAssembly's 2 GB maximum. Every growth of the heap goes through `memory.grow`
 * (Emscripten's `emscripten_resize_heap`); refusing it makes `malloc` fail, and QuickJS
 * throws its ordinary "out of memory" error inside the sandbox.
 */
/** The part of `WebAssembly.Memory` used here (TypeScript declares it only for the DOM). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
declare const WebAssembly: {
  Memory: new (descriptor: { initial: number; maximum: number }) => WasmMemory;
};

export interface HeapBudget {
  /** the memory to instantiate QuickJS with (Emscripten's `wasmMemory` option) */
  readonly memory: WasmMemory;
  /** the heap's size now, in bytes */
  size(): number;
  /**
   * While a job runs, the heap may grow to its size before the first job plus the job's
   * limit, and never shrinks below what it already is: a run of jobs cannot ratchet it up.
   */
  beginJob(bytes: number): void;
  /** Between jobs (the host opens the next session) the heap may grow freely. */
  endJob(): void;
  /** whether a growth was refused since `beginJob`: the job ran out of memory */
  refused(): boolean;
}

const PAGE = 64 * 1024;
/** Emscripten's default initial heap (16 MB) and wasm32's maximum (2 GB), in pages. */
const INITIAL_PAGES = 256;
const MAX_PAGES = 32_768;

export function createHeapBudget(): HeapBudget {
  const memory = new WebAssembly.Memory({ initial: INITIAL_PAGES, maximum: MAX_PAGES });
  const grow = memory.grow.bind(memory);
  let cap = Number.POSITIVE_INFINITY;
  let refused = false;
  // Emscripten calls `wasmMemory.grow` inside a try/catch and reports failure to malloc.
  memory.grow = (pages: number) => {
    if (memory.buffer.byteLength + pages * PAGE > cap) {
      refused = true;
      throw new RangeError('the sandbox heap is over its budget');
    }
    return grow(pages);
  };
  let baseline: number | undefined;
  return {
    memory,
    size: () => memory.buffer.byteLength,
    beginJob(bytes) {
      baseline ??= memory.buffer.byteLength;
      cap = Math.max(memory.buffer.byteLength, baseline + bytes);
      refused = false;
    },
    endJob() {
      cap = Number.POSITIVE_INFINITY;
    },
    refused: () => refused,
  };
}
