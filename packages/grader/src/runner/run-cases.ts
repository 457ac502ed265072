import type { GraderPool } from '../sandbox/pool.ts';
import type { SandboxJob, SandboxOutcome } from '../sandbox/protocol.ts';
import { OUTPUT_CAP } from '../sandbox/run-job.ts';
import { type PreparedCases, shardsOf } from './prepare.ts';

/** Below this many input numbers a submission is not worth splitting (fixed costs dominate). */
const SPLIT_MIN_INPUTS = 20_000;

/** Joins the outcomes of consecutive shards into the outcome of the whole submission. */
export function mergeOutcomes(outcomes: SandboxOutcome[]): SandboxOutcome {
  const first = outcomes[0]!;
  const special =
    outcomes.find((o) => o.kind === 'format') ??
    outcomes.find((o) => o.kind === 'signature') ??
    outcomes.find((o) => o.kind === 'load-error') ??
    outcomes.find((o) => o.kind === 'crashed');
  if (special) return special;
  if (outcomes.length === 1) return first;
  const ran = outcomes as Extract<SandboxOutcome, { kind: 'ran' }>[];
  const output = ran.map((o) => o.output).join('');
  return {
    kind: 'ran',
    cases: ran.flatMap((o) => o.cases),
    output: output.slice(0, OUTPUT_CAP),
    outputTruncated: output.length > OUTPUT_CAP || ran.some((o) => o.outputTruncated),
    timeMs: Math.max(...ran.map((o) => o.timeMs)),
  };
}

/**
 * Runs every case of a submission. When at least two workers are idle and the inputs are
 * big, the cases are split into consecutive shards, one per idle worker, each in its own fresh
 * runtime (the learner's module is loaded in each): the learner waits for the slowest shard
 * instead of the sum. Under load (no idle workers) a submission is one job, so throughput is
 * unchanged.
 */
export async function runCases(
  pool: GraderPool,
  prepared: PreparedCases,
  job: Omit<SandboxJob, 'spec' | 'inputs'>,
): Promise<SandboxOutcome> {
  const s = pool.stats();
  const idle = s.size - s.busy - s.queued;
  const parts = Math.min(idle, prepared.cases.length);
  const split = parts >= 2 && prepared.data.length >= SPLIT_MIN_INPUTS;
  const shards = shardsOf(prepared, split ? parts : 1);
  const outcomes = await Promise.all(
    shards.map((shard) => pool.run({ ...job, spec: shard.spec, inputs: shard.inputs })),
  );
  return mergeOutcomes(outcomes);
}
