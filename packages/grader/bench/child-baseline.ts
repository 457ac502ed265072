import { spawn } from 'node:child_process';
import type { Exercise } from '../src/exercise/load-exercise.ts';
import type { GradeResult } from '../src/grade-result.ts';
import { prepareCases } from '../src/runner/prepare.ts';
import { scoreOutcome } from '../src/runner/score-outcome.ts';
import { toNumeric } from '../src/runner/values.ts';
import type { CaseOutcome } from '../src/sandbox/protocol.ts';
import { transpileSubmission } from '../src/transpile/transpile.ts';

/** Runs in the child: reads the job from stdin, imports the code, calls it per case. */
const CHILD = `
const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const { code, entry, cases } = JSON.parse(Buffer.concat(chunks).toString());
const mod = await import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'));
const out = cases.map((args) => {
  try {
    const r = mod[entry](...args);
    return { ok: true, value: ArrayBuffer.isView(r) ? Array.from(r) : r };
  } catch (e) {
    return { ok: false, message: String(e) };
  }
});
process.stdout.write(JSON.stringify(out));
`;

/**
 * The naive baseline: the same host pipeline (transpile, cases, checks) but a fresh `node`
 * process per submission, inputs and outputs as JSON — what a container-per-job or
 * process-per-job grader does at best.
 */
export async function gradeInChildProcess(
  exercise: Exercise,
  code: string,
  seed: number,
): Promise<GradeResult> {
  const started = performance.now();
  const t = await transpileSubmission(code);
  if (!t.ok) throw new Error('baseline: does not compile');
  const prepared = await prepareCases(exercise, seed);
  const input = JSON.stringify({
    code: t.code,
    entry: exercise.manifest.signature.name,
    cases: prepared.cases.map((c) => c.args()),
  });
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD], {
      stdio: ['pipe', 'pipe', 'inherit'],
      timeout: exercise.manifest.limits.timeMs + 1000,
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      out += d;
    });
    child.on('error', reject);
    child.on('close', () => resolve(out));
    child.stdin.end(input);
  });
  const results = JSON.parse(stdout) as { ok: boolean; value?: unknown; message?: string }[];
  const cases: CaseOutcome[] = results.map((r) => {
    if (!r.ok) return { status: 'error', error: { name: 'Error', message: r.message ?? '' } };
    const n = toNumeric(r.value);
    return { status: 'ok', shape: n.shape, values: n.values, timeMs: 0 };
  });
  return scoreOutcome(
    exercise,
    prepared,
    { kind: 'ran', cases, output: '', outputTruncated: false, timeMs: 0 },
    started,
  );
}
