import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { GradeResult } from '../../grade-result.ts';
import type { QueueEvent, Submission } from '../types.ts';
import { type BullmqGradingQueue, createBullmqQueue } from './bullmq-queue.ts';
import { type GradingWorker, startGradingWorker, UnrecoverableError } from './grading-worker.ts';
import { deletePrefix, redisForTests, uniquePrefix } from './testing/redis-for-tests.ts';

const redis = await redisForTests();
const prefixes: string[] = [];
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});
afterAll(async () => {
  if (!redis.skip) for (const prefix of prefixes) await deletePrefix(redis.url, prefix);
});

const result = (score: number): GradeResult => ({ gradable: true, score, tests: [], timeMs: 1 });
const sub = (id: string): Submission => ({
  id,
  userId: 'u1',
  exerciseId: 'ex',
  code: 'x',
  seed: 1,
});

/** A queue on a fresh prefix, with every event it reports collected. */
function setup(label: string, options: { maxQueued?: number } = {}) {
  const prefix = uniquePrefix(label);
  prefixes.push(prefix);
  const queue = createBullmqQueue({ redisUrl: redis.url, prefix, ...options });
  closers.push(() => queue.close());
  const events: QueueEvent[] = [];
  queue.events.subscribe((event) => events.push(event));
  const worker = (grade: (s: Submission) => Promise<GradeResult>, extra = {}) => {
    const w = startGradingWorker({
      redisUrl: redis.url,
      prefix,
      concurrency: 2,
      grade,
      lockDurationMs: 1000,
      stalledIntervalMs: 500,
      ...extra,
    });
    closers.push(() => w.close(1000));
    return w;
  };
  return { prefix, queue, events, worker };
}

/** Waits until `events` has a final (done/failed) event for `id`, and returns it. */
async function finalEvent(events: QueueEvent[], id: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = events.find((e) => e.id === id && (e.type === 'done' || e.type === 'failed'));
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(`no final event for ${id}: ${JSON.stringify(events)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A grader worker in a child process (see testing/worker-process.ts). */
function workerProcess(prefix: string, behaviour: 'grade' | 'hang' | 'crash') {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'testing/worker-process.ts'),
      redis.url,
      prefix,
      behaviour,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => lines.push(...chunk.toString().trim().split('\n')));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  closers.push(async () => {
    child.kill('SIGKILL');
    await exited;
  });
  const waitFor = async (line: string) => {
    while (!lines.includes(line)) {
      if (child.exitCode !== null || child.signalCode !== null) return false;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return true;
  };
  return { child, lines, exited, waitFor };
}

describe.skipIf(redis.skip)(`BullMQ grading queue${redis.skip ? ` (${redis.skip})` : ''}`, () => {
  it('grades a submission once, however often it is submitted, and reports each step', async () => {
    const { queue, events, worker } = setup('once');
    let graded = 0;
    worker(async () => {
      graded++;
      return result(0.75);
    });
    expect(await queue.submit(sub('a'))).toMatchObject({ accepted: true, duplicate: false });
    expect(await queue.submit(sub('a'))).toMatchObject({ accepted: true, duplicate: true });
    expect(await finalEvent(events, 'a')).toEqual({ type: 'done', id: 'a', result: result(0.75) });
    expect(events.map((e) => e.type)).toEqual(['queued', 'running', 'done']);
    expect(await queue.status('a')).toEqual({ state: 'done', result: result(0.75) });
    expect(await queue.submit(sub('a'))).toMatchObject({ duplicate: true, state: 'done' });
    expect(graded).toBe(1);
    expect(await queue.status('never-submitted')).toBeUndefined();
    expect(await queue.stats()).toMatchObject({ waiting: 0, running: 0, done: 1 });
  });

  it('retries a grading error and reports only the final outcome', async () => {
    const { queue, events, worker } = setup('retry');
    let tries = 0;
    worker(async () => {
      tries++;
      if (tries === 1) throw new Error('transient');
      return result(1);
    });
    await queue.submit(sub('r'));
    expect(await finalEvent(events, 'r')).toMatchObject({ type: 'done' });
    expect(tries).toBe(2);
    expect(events.some((e) => e.type === 'failed')).toBe(false);
  });

  it('fails at once, with the reason, when no retry can help', async () => {
    const { queue, events, worker } = setup('unrecoverable');
    worker(async () => {
      throw new UnrecoverableError('exercise "ex" no longer exists');
    });
    await queue.submit(sub('u'));
    const failed = await finalEvent(events, 'u');
    expect(failed).toMatchObject({
      type: 'failed',
      message: expect.stringMatching(/no longer exists/),
    });
    expect(await queue.status('u')).toEqual({
      state: 'failed',
      message: (failed as { message: string }).message,
    });
  });

  it('pushes back when too much is waiting', async () => {
    const { queue } = setup('full', { maxQueued: 2 });
    for (const id of ['s1', 's2']) expect((await queue.submit(sub(id))).accepted).toBe(true);
    expect(await queue.submit(sub('s3'))).toEqual({
      id: 's3',
      accepted: false,
      reason: 'queue-full',
    });
    expect(await queue.stats()).toMatchObject({ waiting: 2 });
  });

  it('hands a job whose worker was killed mid-job to another worker, and reports one result', async () => {
    const { prefix, queue, events, worker } = setup('killed');
    const doomed = workerProcess(prefix, 'hang');
    expect(await doomed.waitFor('ready')).toBe(true);
    await queue.submit(sub('k'));
    expect(await doomed.waitFor('started k')).toBe(true);
    doomed.child.kill('SIGKILL');
    await doomed.exited;

    let graded = 0;
    worker(async () => {
      graded++;
      return result(1);
    });
    expect(await finalEvent(events, 'k')).toMatchObject({ type: 'done', result: result(1) });
    expect(graded).toBe(1);
    expect(events.filter((e) => e.type === 'done' || e.type === 'failed')).toHaveLength(1);
  });

  it('fails a poison job that kills its worker every time, after maxTries starts', async () => {
    const { prefix, queue, events } = setup('poison');
    await queue.submit(sub('p'));
    let starts = 0;
    // Keep one crash-prone worker alive, as a supervisor would, until the job is given up on
    // (the worker that finds it given up on fails it without running it, and stays up).
    const failed = finalEvent(events, 'p', 80_000);
    let settled = false;
    void failed.finally(() => {
      settled = true;
    });
    while (!settled && starts < 6) {
      const w = workerProcess(prefix, 'crash');
      await Promise.race([w.exited, failed]);
      if (w.lines.includes('started p')) starts++;
    }
    expect(await failed).toMatchObject({
      type: 'failed',
      message: expect.stringMatching(/stopped the grading process 3 times/),
    });
    expect(starts).toBe(3);
  }, 90_000);
});

export type { BullmqGradingQueue, GradingWorker };
