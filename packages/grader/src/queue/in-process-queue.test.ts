import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../grade-result.ts';
import { grade } from '../runner/grade.ts';
import { createGraderPool } from '../sandbox/pool.ts';
import { fixture, fixtureFile } from '../testing/fixtures.ts';
import { createInProcessQueue } from './in-process-queue.ts';
import type { QueueEvent, Submission } from './types.ts';

const result = (score: number): GradeResult => ({ gradable: true, score, tests: [], timeMs: 1 });
const sub = (id: string, userId = 'u1'): Submission => ({
  id,
  userId,
  exerciseId: 'ex',
  code: 'x',
  seed: 1,
});

/** A grade function whose jobs finish only when released, recording the order they start. */
function controllable() {
  const started: string[] = [];
  const release = new Map<string, () => void>();
  let running = 0;
  let maxRunning = 0;
  return {
    started,
    get maxRunning() {
      return maxRunning;
    },
    release: (id: string) => release.get(id)?.(),
    grade: (s: Submission) =>
      new Promise<GradeResult>((resolve) => {
        started.push(s.id);
        running++;
        maxRunning = Math.max(maxRunning, running);
        release.set(s.id, () => {
          running--;
          resolve(result(1));
        });
      }),
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createInProcessQueue', () => {
  it('emits queued → running → done with the result', async () => {
    const queue = createInProcessQueue({
      concurrency: 1,
      maxQueued: 10,
      grade: async () => result(0.5),
    });
    const events: QueueEvent['type'][] = [];
    queue.events.subscribe((e) => events.push(e.type));
    await queue.submit(sub('a'));
    expect(await queue.result('a')).toMatchObject({ score: 0.5 });
    expect(events).toEqual(['queued', 'running', 'done']);
    expect(queue.state('a')).toBe('done');
  });

  it('is idempotent by submission id', async () => {
    let calls = 0;
    const queue = createInProcessQueue({
      concurrency: 1,
      maxQueued: 10,
      grade: async () => {
        calls++;
        return result(1);
      },
    });
    expect(await queue.submit(sub('a'))).toMatchObject({ accepted: true, duplicate: false });
    expect(await queue.submit(sub('a'))).toMatchObject({ accepted: true, duplicate: true });
    await queue.result('a');
    expect(await queue.submit(sub('a'))).toMatchObject({
      accepted: true,
      duplicate: true,
      state: 'done',
    });
    expect(calls).toBe(1);
  });

  it('bounds concurrency and pushes back when the waiting room is full', async () => {
    const c = controllable();
    const queue = createInProcessQueue({
      concurrency: 2,
      maxQueued: 2,
      maxQueuedPerUser: 10,
      grade: c.grade,
    });
    for (const id of ['1', '2', '3', '4'])
      expect((await queue.submit(sub(id))).accepted).toBe(true);
    expect(await queue.submit(sub('5'))).toEqual({
      id: '5',
      accepted: false,
      reason: 'queue-full',
    });
    expect(c.started).toEqual(['1', '2']);
    c.release('1');
    await tick();
    expect(c.started).toEqual(['1', '2', '3']);
    for (const id of ['2', '3']) c.release(id);
    await tick();
    c.release('4');
    await queue.result('4');
    expect(c.maxRunning).toBe(2);
  });

  it('takes turns between users so one burst does not starve others', async () => {
    const c = controllable();
    const queue = createInProcessQueue({
      concurrency: 1,
      maxQueued: 100,
      maxQueuedPerUser: 10,
      grade: c.grade,
    });
    await queue.submit(sub('first', 'alice'));
    for (const id of ['a1', 'a2', 'a3']) await queue.submit(sub(id, 'alice'));
    await queue.submit(sub('b1', 'bob'));
    await queue.submit(sub('c1', 'carol'));
    for (const id of ['first', 'a1', 'b1', 'c1', 'a2', 'a3']) {
      await tick();
      c.release(id);
    }
    await queue.result('a3');
    expect(c.started).toEqual(['first', 'a1', 'b1', 'c1', 'a2', 'a3']);
  });

  it('limits how much one user may have waiting', async () => {
    const c = controllable();
    const queue = createInProcessQueue({
      concurrency: 1,
      maxQueued: 100,
      maxQueuedPerUser: 1,
      grade: c.grade,
    });
    await queue.submit(sub('run'));
    await queue.submit(sub('wait'));
    expect(await queue.submit(sub('more'))).toMatchObject({
      accepted: false,
      reason: 'user-queue-full',
    });
    expect(await queue.submit(sub('other', 'bob'))).toMatchObject({ accepted: true });
  });

  it('turns a failing grade function into a result, not a rejection', async () => {
    const queue = createInProcessQueue({
      concurrency: 1,
      maxQueued: 1,
      grade: () => Promise.reject(new Error('exercise not found')),
    });
    await queue.submit(sub('x'));
    expect(await queue.result('x')).toMatchObject({
      gradable: false,
      formatErrors: [{ message: expect.stringMatching(/exercise not found/) }],
    });
  });
});

describe('createInProcessQueue with the real grader', () => {
  it('grades fixture submissions end to end and reports each step', async () => {
    const exercise = await fixture('square-derivative');
    const pool = createGraderPool({ size: 2 });
    const queue = createInProcessQueue({
      concurrency: 2,
      maxQueued: 10,
      grade: (s) => grade(exercise, s.code, { seed: s.seed, pool }),
    });
    const seen: string[] = [];
    queue.events.subscribe((e) => seen.push(`${e.id}:${e.type}`));
    try {
      await queue.submit({
        id: 'good',
        userId: 'ada',
        exerciseId: exercise.manifest.id,
        code: fixtureFile('square-derivative', 'solution.ts'),
        seed: 1,
      });
      await queue.submit({
        id: 'bad',
        userId: 'bob',
        exerciseId: exercise.manifest.id,
        code: 'export const derivative = (x: number) => x;',
        seed: 2,
      });
      expect((await queue.result('good')).score).toBe(1);
      expect((await queue.result('bad')).score).toBe(0);
      for (const id of ['good', 'bad']) {
        expect(seen.filter((s) => s.startsWith(`${id}:`))).toEqual([
          `${id}:queued`,
          `${id}:running`,
          `${id}:done`,
        ]);
      }
    } finally {
      await queue.close();
      await pool.close();
    }
  });
});
