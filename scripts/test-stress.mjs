// `pnpm test:stress [runs] [--load N] [--command "pnpm test"]`: runs the whole suite `runs`
// times (default 5) while N busy loops (default: one per core) compete for the CPU, the way CI
// meets a machine that other work keeps busy. Prints each run's failures and a summary; exits
// non-zero if any run failed. Logs: data/stress/run-<k>.log. Turbo's cache is bypassed, so
// every run really runs every test.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const load = Number(flag('--load', String(availableParallelism())));
const command = flag('--command', 'pnpm test');
const runs = Number(args[0] ?? 5);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(load) || load < 0) {
  console.error('usage: pnpm test:stress [runs ≥ 1] [--load busy-loops ≥ 0] [--command "…"]');
  process.exit(2);
}

const logDir = path.join(root, 'data/stress');
mkdirSync(logDir, { recursive: true });

/** A busy loop in its own process: the controlled load. */
const loops = Array.from({ length: load }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const stopLoad = () => {
  for (const loop of loops) loop.kill('SIGKILL');
};
process.on('exit', stopLoad);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopLoad();
    process.exit(130);
  });
}

/** Lines of a test log that name a failure (vitest, Playwright, turbo, tsc, biome). */
const FAILURE =
  /(FAIL\s|✘|×\s|^\s*\d+\)\s|failed|Error:|error TS\d+|ERR_PNPM|Tasks:.*failed|timed out)/i;

function runOnce(k) {
  return new Promise((resolve) => {
    const started = Date.now();
    const log = createWriteStream(path.join(logDir, `run-${k}.log`));
    const child = spawn(command, {
      cwd: root,
      shell: true,
      // Every run runs everything: no cached test results.
      env: { ...process.env, TURBO_FORCE: 'true', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const failures = [];
    let rest = '';
    const scan = (chunk) => {
      log.write(chunk);
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) if (FAILURE.test(line)) failures.push(line.trim().slice(0, 300));
    };
    child.stdout.on('data', scan);
    child.stderr.on('data', scan);
    child.on('close', (code) => {
      log.end();
      resolve({ k, code, seconds: Math.round((Date.now() - started) / 1000), failures });
    });
  });
}

console.log(`${runs} run(s) of \`${command}\` beside ${load} busy loop(s); logs in ${logDir}`);
const results = [];
for (let k = 1; k <= runs; k++) {
  const r = await runOnce(k);
  results.push(r);
  console.log(`run ${k}: ${r.code === 0 ? 'passed' : `FAILED (exit ${r.code})`} in ${r.seconds} s`);
  if (r.code !== 0) for (const line of r.failures.slice(0, 40)) console.log(`  ${line}`);
}
stopLoad();
const failed = results.filter((r) => r.code !== 0).length;
console.log(`${runs - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
