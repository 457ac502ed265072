import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createGraderPool, spawnSandboxWorker } from './pool.ts';
import type { SandboxJob } from './protocol.ts';

const job = (body: string, timeMs = 500): SandboxJob => ({
  source: `export function f(x) { ${body} }`,
  entry: 'f',
  params: ['x'],
  spec: JSON.stringify([[{ k: 'n', o: 0 }]]),
  data: Float64Array.of(3),
  timeMs,
  memoryBytes: 16 * 1024 * 1024,
  maxOutputElements: 100,
});

describe('createGraderPool', () => {
  it('runs jobs, recycles workers after `recycleAfter` jobs and after a memory limit', async () => {
    const pool = createGraderPool({ size: 1, recycleAfter: 2 });
    try {
      for (let i = 0; i < 3; i++) {
        const out = await pool.run(job('return 2 * x;'));
        expect(out.kind === 'ran' && out.cases[0]).toMatchObject({ status: 'ok', shape: [] });
      }
      expect(pool.stats()).toMatchObject({ completed: 3, recycled: 1, busy: 0, queued: 0 });
      const bomb = await pool.run(job('return new Array(1e8).fill(0);', 2000));
      expect(bomb.kind === 'ran' && bomb.cases[0]?.status).toBe('memory');
      expect(pool.stats().recycled).toBe(2);
      const after = await pool.run(job('return x + 1;'));
      expect(
        after.kind === 'ran' && after.cases[0]?.status === 'ok' && after.cases[0].values[0],
      ).toBe(4);
    } finally {
      await pool.close();
    }
  });

  it('runs the job posted behind a memory bomb in the fresh worker, not the tainted one', async () => {
    const pool = createGraderPool({ size: 1 });
    try {
      await pool.run(job('return x;')); // the worker is up
      // Both are handed to the one worker at once: the second waits in its message queue.
      const [bomb, after] = await Promise.all([
        pool.run(job('const a = []; for (;;) a.push(new Float64Array(1e6));', 2000)),
        pool.run(job('return x + 1;')),
      ]);
      expect(bomb.kind === 'ran' && bomb.cases[0]?.status).toBe('memory');
      expect(after.kind === 'ran' && after.cases[0]).toMatchObject({ status: 'ok' });
      expect(pool.stats()).toMatchObject({ completed: 3, recycled: 1, busy: 0, queued: 0 });
    } finally {
      await pool.close();
    }
  });

  it('starts a slot again after its worker could not be started, instead of losing it', async () => {
    let calls = 0;
    const pool = createGraderPool({
      size: 1,
      spawn: async () => {
        calls++;
        if (calls === 1) throw new Error('EAGAIN: no thread for you');
        return spawnSandboxWorker();
      },
    });
    try {
      // The failed start comes and goes while nothing is queued (as after a recycle); the job
      // sent afterwards must still run.
      await new Promise((r) => setTimeout(r, 50));
      expect(pool.stats().startFailures).toBe(1);
      const out = await pool.run(job('return 2 * x;'));
      expect(out.kind === 'ran' && out.cases[0]).toMatchObject({ status: 'ok' });
      expect(calls).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('replaces a worker that never says it is ready', async () => {
    let silent: Worker | undefined;
    const pool = createGraderPool({
      size: 1,
      startLimitMs: 2000,
      spawn: async () => {
        if (silent) return spawnSandboxWorker();
        // A thread that starts and then never answers.
        silent = new Worker('setInterval(() => {}, 1000);', { eval: true });
        return silent;
      },
    });
    try {
      const silentExited = new Promise((resolve) => silent?.once('exit', resolve));
      const out = await pool.run(job('return x + 1;'));
      expect(out.kind === 'ran' && out.cases[0]).toMatchObject({ status: 'ok' });
      await silentExited; // terminated by the pool, not left running
      // At least the silent one; on a loaded machine a real start may also outlast the limit.
      expect(pool.stats().startFailures).toBeGreaterThanOrEqual(1);
      expect(pool.stats().ready).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('queues beyond its size and ends pending jobs when closed', async () => {
    const pool = createGraderPool({ size: 1 });
    await pool.run(job('return x;')); // the worker is up
    const running = pool.run(job('for (;;) {}', 2000));
    const waiting = pool.run(job('return x;'));
    await new Promise((r) => setTimeout(r, 100));
    expect(pool.stats()).toMatchObject({ busy: 1, queued: 1 });
    await pool.close();
    expect(await waiting).toMatchObject({ kind: 'crashed', message: 'the grader pool was closed' });
    expect(await running).toMatchObject({ kind: 'crashed' });
    expect(await pool.run(job('return x;'))).toMatchObject({
      kind: 'crashed',
      message: 'the grader pool is closed',
    });
  });
});
