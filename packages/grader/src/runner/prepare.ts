import { Rng } from '@slope/numeric';
import type { Exercise } from '../exercise/load-exercise.ts';
import type { Check } from '../exercise/tests-api.ts';
import { encodeArgs } from '../sandbox/bjson.ts';
import type { ArgSpec } from '../sandbox/protocol.ts';
import { type Numeric, presentArg, toNumeric } from './values.ts';

export interface PreparedCase {
  name: string;
  weight: number;
  check: Check;
  /**
   * The arguments as the learner sees them (used by convergence losses), made on demand from
   * the flat inputs: kept as nested arrays, 32 learners' cases would weigh tens of MB on the
   * host's heap, and every garbage collection of the host's event loop would walk them.
   */
  args(): unknown[];
  /** the reference's output on these arguments */
  expected: Numeric;
}

/** Hidden cases of one exercise for one seed, ready to be encoded for the sandbox. */
export interface PreparedCases {
  cases: PreparedCase[];
  /** every numeric input, flat (SharedArrayBuffer: posted to workers without a copy) */
  data: Float64Array;
  /** where each case's arguments lie in `data`, and their shapes */
  layout: ArgSpec[][];
  /**
   * The cases encoded for the sandbox, per number of parts (see `shardsOf`): encoded only when
   * a grading needs them, so a submission split over two workers does not also pay for one.
   */
  shards: Map<number, Shard[]>;
}

/** Cases first … first+count−1, as their own job inputs (data stays shared). */
export interface Shard {
  first: number;
  count: number;
  /** JSON of the shard's ArgSpec[][] */
  spec: string;
  /** the shard's arguments as QuickJS binary JSON without its header (see sandbox/bjson.ts) */
  inputs: Uint8Array;
}

function shared(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(new SharedArrayBuffer(bytes.length));
  out.set(bytes);
  return out;
}

/** The cases split into `parts` consecutive shards (memoized; 1 part: all cases in one job). */
export function shardsOf(prepared: PreparedCases, parts: number): Shard[] {
  let shards = prepared.shards.get(parts);
  if (!shards) {
    const size = Math.ceil(prepared.layout.length / parts);
    shards = [];
    for (let first = 0; first < prepared.layout.length; first += size) {
      const layout = prepared.layout.slice(first, first + size);
      shards.push({
        first,
        count: layout.length,
        spec: JSON.stringify(layout),
        inputs: shared(encodeArgs(new Uint8Array(0), layout, prepared.data)),
      });
    }
    prepared.shards.set(parts, shards);
  }
  return shards;
}

const MAX_CACHED_SEEDS = 32;
const cache = new WeakMap<Exercise, Map<number, Promise<PreparedCases>>>();
/** Lets other work on the host's event loop run between cases. */
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The numbers of one case's arguments, checked against the signature. */
function argNumerics(exercise: Exercise, args: readonly unknown[], label: string): Numeric[] {
  const params = exercise.manifest.signature.params;
  if (args.length !== params.length) {
    throw new Error(`${label}: ${args.length} arguments, but the signature has ${params.length}`);
  }
  return params.map((p, i) => toNumeric(args[i], `${label} ${p.name}`));
}

/** The arguments of one case, checked against the signature and presented as learners see them. */
export function presentArgs(
  exercise: Exercise,
  args: readonly unknown[],
  label: string,
): unknown[] {
  return presenter(argNumerics(exercise, args, label), exercise.manifest.signature.params)();
}

/** Runs the (trusted) reference on presented arguments. */
function runReference(exercise: Exercise, presented: unknown[], label: string): Numeric {
  return toNumeric(exercise.reference(...presented), `${label}: the reference's output`);
}

/** Runs the (trusted) reference on fresh copies of the arguments. */
export function referenceOutput(
  exercise: Exercise,
  args: readonly unknown[],
  label: string,
): Numeric {
  return runReference(exercise, presentArgs(exercise, args, label), label);
}

/**
 * Generates the hidden cases for `seed`, computes the reference's outputs on the host and
 * keeps all inputs as one flat Float64Array plus a small layout (no JSON of nested arrays).
 * Yields to the event loop between cases so a first submission does not stall the server.
 * Memoized per exercise and seed: a learner's resubmissions reuse them.
 */
export function prepareCases(exercise: Exercise, seed: number): Promise<PreparedCases> {
  let perSeed = cache.get(exercise);
  if (!perSeed) {
    perSeed = new Map();
    cache.set(exercise, perSeed);
  }
  const hit = perSeed.get(seed);
  if (hit) return hit;
  const prepared = generate(exercise, seed);
  if (perSeed.size >= MAX_CACHED_SEEDS) perSeed.delete(perSeed.keys().next().value as number);
  perSeed.set(seed, prepared);
  prepared.catch(() => perSeed.delete(seed));
  return prepared;
}

/**
 * Prepares the hidden cases of `seed` in the background (after the current event-loop turn),
 * so a later `prepareCases` for it finds them ready. Failures are left for that call to meet.
 */
export function warmCases(exercise: Exercise, seed: number): void {
  setImmediate(() => {
    prepareCases(exercise, seed).catch(() => {});
  });
}

/**
 * Presents a case's arguments from its numbers. Made outside the loop of `generate`: a closure
 * made there would keep the generator's case (nested arrays) alive through their shared scope.
 */
function presenter(
  numerics: Numeric[],
  params: Exercise['manifest']['signature']['params'],
): () => unknown[] {
  return () => params.map((p, i) => presentArg(numerics[i]!, p.type, p.name));
}

async function generate(exercise: Exercise, seed: number): Promise<PreparedCases> {
  const { manifest, tests } = exercise;
  const generated = tests.cases(new Rng(seed), { exerciseId: manifest.id, seed });
  if (generated === null || typeof generated !== 'object' || !(Symbol.iterator in generated)) {
    throw new Error('tests.ts: `cases` must return an array or be a generator function');
  }
  const chunks: Float64Array[] = [];
  let offset = 0;
  const spec: ArgSpec[][] = [];
  const cases: PreparedCase[] = [];
  let k = -1;
  for (const c of generated) {
    k++;
    await yieldToLoop();
    const name = c.name ?? `case ${k + 1}`;
    const label = `tests.ts case "${name}"`;
    const params = manifest.signature.params;
    const numerics = argNumerics(exercise, c.args, label);
    const args = presenter(numerics, params);
    const layout: ArgSpec[] = params.map((p, i) => {
      const n = numerics[i]!;
      chunks.push(n.values);
      const o = offset;
      offset += n.values.length;
      if (p.type === 'number') return { k: 'n', o };
      if (p.type === 'float64array') return { k: 't', o, s: [n.values.length] };
      return { k: 'a', o, s: n.shape };
    });
    spec.push(layout);
    cases.push({
      name,
      weight: c.points ?? 1,
      check: c.check ?? tests.check,
      args,
      expected: runReference(exercise, args(), label),
    });
  }
  if (cases.length === 0)
    throw new Error(`tests.ts: the case generator made no cases for seed ${seed}`);
  const data = new Float64Array(new SharedArrayBuffer(offset * 8));
  let at = 0;
  for (const chunk of chunks) {
    data.set(chunk, at);
    at += chunk.length;
  }
  return { cases, data, layout: spec, shards: new Map() };
}
