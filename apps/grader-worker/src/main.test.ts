import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '@slope/db/repo-root';
import type { QueueEvent } from '@slope/grader';
import { createBullmqQueue } from '@slope/grader/bullmq';
import { deletePrefix, redisForTests, uniquePrefix } from '@slope/grader/testing/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const redis = await redisForTests();
const root = findRepoRoot(import.meta.dirname);
// A content folder of its own with one exercise whose time limit is generous (10 s), so a
// machine busy with other test suites cannot turn the reference solution into a time-out.
const content = mkdtempSync(path.join(tmpdir(), 'slope-worker-content-'));
const exerciseDir = path.join(content, 'demo/01-intro/exercises/square-derivative');
cpSync(path.join(root, 'packages/grader/fixtures/square-derivative'), exerciseDir, {
  recursive: true,
});
writeFileSync(path.join(content, 'demo/course.json'), '{}');
const manifestFile = path.join(exerciseDir, 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
writeFileSync(
  manifestFile,
  JSON.stringify({ ...manifest, limits: { timeMs: 10_000, memoryMb: 32 } }),
);
const solution = readFileSync(path.join(exerciseDir, 'solution.ts'), 'utf8');
const prefix = uniquePrefix('worker');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The real worker (`pnpm start` of this package) as a child process. */
function startWorker(port: number) {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'main.ts')],
    {
      env: {
        ...process.env,
        REDIS_URL: redis.url,
        SLOPE_QUEUE_PREFIX: prefix,
        WORKER_HEALTH_PORT: String(port),
        GRADER_CONCURRENCY: '1',
        SLOPE_CONTENT_DIR: content,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exit, output: () => output };
}

describe.skipIf(redis.skip)(`grader worker process${redis.skip ? ` (${redis.skip})` : ''}`, () => {
  const queue = redis.skip ? null : createBullmqQueue({ redisUrl: redis.url, prefix });
  const events: QueueEvent[] = [];
  queue?.events.subscribe((event) => events.push(event));
  let worker: ReturnType<typeof startWorker>;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    worker = startWorker(port);
    // Ready once Redis answers and the worker listens (a hang guard, not a speed limit).
    for (let i = 0; i < 300; i++) {
      const status = await fetch(`${base}/health/ready`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the worker did not get ready:\n${worker.output()}`);
  });
  afterAll(async () => {
    worker.child.kill('SIGKILL');
    await queue?.close();
    await deletePrefix(redis.url, prefix);
    rmSync(content, { recursive: true, force: true });
  });

  const finalEvent = async (id: string) => {
    await expect
      .poll(() => events.find((e) => e.id === id && (e.type === 'done' || e.type === 'failed')), {
        timeout: 30_000,
      })
      .toBeDefined();
    return events.find((e) => e.id === id && (e.type === 'done' || e.type === 'failed'))!;
  };
  const submit = (id: string, exerciseId: string, code: string) =>
    queue!.submit({ id, userId: 'learner', exerciseId, code, seed: 7 });

  it('grades right and wrong code against the hidden tests in its content folder', async () => {
    await submit('right', 'square-derivative', solution);
    await submit('wrong', 'square-derivative', solution.replace('2 * x', '3 * x'));
    expect(await finalEvent('right')).toMatchObject({ type: 'done', result: { score: 1 } });
    const wrong = await finalEvent('wrong');
    expect(wrong).toMatchObject({ type: 'done', result: { gradable: true } });
    expect((wrong as { result: { score: number } }).result.score).toBeLessThan(1);
  });

  it('fails a job for an exercise it does not have at once, with the reason', async () => {
    await submit('gone', 'no-such-exercise', solution);
    expect(await finalEvent('gone')).toMatchObject({
      type: 'failed',
      message: expect.stringMatching(/"no-such-exercise" is not in this worker's content folder/),
    });
  });

  it('reports its work as metrics and logs JSON lines', async () => {
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(/slope_worker_jobs_total\{outcome="completed"\} 2/);
    expect(text).toMatch(/slope_worker_jobs_total\{outcome="failed"\} 1/);
    const lines = worker
      .output()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.filter((l) => l.msg === 'graded')).toHaveLength(2);
    expect(lines[0]).toMatchObject({ service: 'grader-worker', msg: 'grader worker started' });
  });

  it('on SIGTERM finishes the job it is grading, then exits cleanly', async () => {
    const slow = `${solution}\nconst until = Date.now() + 700; while (Date.now() < until) {}`;
    await submit('last', 'square-derivative', slow);
    await expect.poll(() => events.some((e) => e.id === 'last' && e.type === 'running')).toBe(true);
    worker.child.kill('SIGTERM');
    expect(await worker.exit).toBe(0);
    expect(await finalEvent('last')).toMatchObject({ type: 'done', result: { score: 1 } });
    expect(worker.output()).toMatch(/running jobs finished/);
  });
});
