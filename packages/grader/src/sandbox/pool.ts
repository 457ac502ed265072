import { availableParallelism } from 'node:os';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { devWorkerFile } from '../build/bundle-worker.ts';
import { type SandboxJob, type SandboxOutcome, TRANSPILE_LIMIT_MS } from './protocol.ts';

/** Set to true by the dist build (scripts/build.ts): the worker sits beside this file. */
declare const __SLOPE_GRADER_DIST__: boolean | undefined;

export interface GraderPoolOptions {
  /** worker threads (default: available cores, at most 4) */
  size?: number;
  /** replace a worker after this many jobs (WASM memory never shrinks; default 500) */
  recycleAfter?: number;
  /**
   * a worker that has not answered `graceMs` after a job's deadline (its `timeMs` plus the
   * transpile allowance) is terminated (default 1000)
   */
  graceMs?: number;
  /** a started worker that has not said it is ready after this long is replaced (default 60 s) */
  startLimitMs?: number;
  /** starts one sandbox worker (tests give a failing one; default: the sandbox worker) */
  spawn?: () => Promise<Worker>;
}

export interface GraderPoolStats {
  size: number;
  busy: number;
  queued: number;
  completed: number;
  /** workers replaced after a limit, a crash or `recycleAfter` jobs */
  recycled: number;
  /** workers ready for a job now */
  ready: number;
  /** workers that could not be started, or never said they were ready */
  startFailures: number;
}

/** A pool of sandbox workers, each running one submission at a time. */
export interface GraderPool {
  readonly size: number;
  /** Runs one job in the next free worker (FIFO). Never rejects for anything learner code does. */
  run(job: SandboxJob): Promise<SandboxOutcome>;
  stats(): GraderPoolStats;
  /** Terminates every worker; pending jobs end as `crashed`. */
  close(): Promise<void>;
}

interface Pending {
  job: SandboxJob;
  resolve: (o: SandboxOutcome) => void;
}

/** A job handed to a worker. */
interface Assigned {
  id: number;
  pending: Pending;
  /** the watchdog, armed when the job becomes the worker's current one */
  timer?: NodeJS.Timeout;
  started: number;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** jobs handed to this worker */
  jobs: number;
  /** the job the worker is running */
  current: Assigned | null;
  /**
   * The job posted behind it, waiting in the worker's message queue: the worker starts it
   * the moment the current one ends, without waiting for this thread to answer its result.
   */
  next: Assigned | null;
}

const workerOptions: WorkerOptions = {
  // The dev bundle is plain JS: do not inherit tsx/vitest loaders.
  execArgv: [],
  // Defence in depth: learner objects live in WASM memory, not on this heap.
  resourceLimits: { maxOldGenerationSizeMb: 256, stackSizeMb: 4 },
};

export async function spawnSandboxWorker(): Promise<Worker> {
  if (typeof __SLOPE_GRADER_DIST__ !== 'undefined') {
    // Literal form on purpose: bundlers (Next.js/Turbopack) trace and copy the worker.
    return new Worker(new URL('./worker.js', import.meta.url), workerOptions);
  }
  return new Worker(await devWorkerFile(), workerOptions);
}

/**
 * Starts `size` sandbox workers (QuickJS instantiated once per worker) and hands each job to
 * the next free one. A worker that hits a memory or time limit, crashes, stops answering, or
 * has run `recycleAfter` jobs is replaced. Idle workers do not keep the process alive.
 *
 * @example
 * const pool = createGraderPool({ size: 2 });
 * const result = await grade(exercise, code, { seed: 42, pool });
 * await pool.close();
 */
export function createGraderPool(options: GraderPoolOptions = {}): GraderPool {
  const size = Math.max(1, options.size ?? Math.min(4, availableParallelism()));
  const recycleAfter = options.recycleAfter ?? 500;
  const graceMs = options.graceMs ?? 1000;
  const startLimitMs = options.startLimitMs ?? 60_000;
  const spawnWorker = options.spawn ?? spawnSandboxWorker;
  let startFailures = 0;
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 1;
  let completed = 0;
  let recycled = 0;
  let closed = false;
  let keepAlive: NodeJS.Timeout | undefined;

  const updateKeepAlive = () => {
    const pending = queue.length > 0 || slots.some((s) => s.current);
    if (pending && !keepAlive) keepAlive = setInterval(() => {}, 1 << 30);
    if (!pending && keepAlive) {
      clearInterval(keepAlive);
      keepAlive = undefined;
    }
  };

  const start = (slot: Slot, assigned: Assigned) => {
    slot.current = assigned;
    assigned.started = performance.now();
    assigned.timer = setTimeout(
      () => crash(slot, 'timeout', 'the sandbox stopped responding and was restarted'),
      assigned.pending.job.timeMs + TRANSPILE_LIMIT_MS + graceMs,
    );
    assigned.timer.unref();
  };

  const finish = (slot: Slot, outcome: SandboxOutcome, replace: boolean) => {
    const cur = slot.current;
    if (!cur) return;
    clearTimeout(cur.timer);
    slot.current = null;
    completed++;
    cur.pending.resolve(outcome);
    const next = slot.next;
    slot.next = null;
    if (replace || slot.jobs >= recycleAfter) {
      // The job posted behind never ran in this worker: it goes first to the next free one.
      if (next) queue.unshift(next.pending);
      replaceSlot(slot);
    } else if (next) {
      start(slot, next);
    }
    dispatch();
    updateKeepAlive();
  };

  const crash = (slot: Slot, status: 'timeout' | 'memory' | 'error', message: string) => {
    const cur = slot.current;
    if (!cur) return;
    finish(
      slot,
      { kind: 'crashed', status, message, timeMs: performance.now() - cur.started },
      true,
    );
  };

  const attach = (slot: Slot) => {
    const w = slot.worker;
    w.unref();
    w.on(
      'message',
      (msg: { type: string; id?: number; outcome?: SandboxOutcome; tainted?: boolean }) => {
        if (slots.indexOf(slot) < 0 || slot.worker !== w) return;
        if (msg.type === 'ready') {
          slot.ready = true;
          dispatch();
        } else if (
          msg.type === 'done' &&
          slot.current &&
          msg.id === slot.current.id &&
          msg.outcome
        ) {
          finish(slot, msg.outcome, msg.tainted === true);
        }
      },
    );
    w.on('error', (err: Error & { code?: string }) => {
      if (slot.worker !== w) return;
      const memory = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      if (slot.current)
        crash(slot, memory ? 'memory' : 'error', `the sandbox worker failed: ${err.message}`);
      else replaceSlot(slot);
    });
    w.on('exit', () => {
      if (slot.worker !== w || closed) return;
      if (slot.current) crash(slot, 'error', 'the sandbox worker exited');
      else replaceSlot(slot);
    });
  };

  const startSlot = (slot: Slot, failures = 0) => {
    spawnWorker().then(
      (w) => {
        if (closed) {
          void w.terminate();
          return;
        }
        slot.worker = w;
        attach(slot);
        // A worker that never says it is ready would leave its slot dead, and every job
        // queued behind it waiting: replace it instead.
        setTimeout(() => {
          if (!closed && slot.worker === w && !slot.ready) {
            startFailures++;
            replaceSlot(slot);
          }
        }, startLimitMs).unref();
      },
      (err: unknown) => {
        startFailures++;
        // Cannot start a worker now: fail queued jobs rather than make them wait, then try
        // again (1 s, 2 s, 4 s… up to 30 s), so the slot is not lost for every later job.
        for (const p of queue.splice(0)) {
          p.resolve({
            kind: 'crashed',
            status: 'error',
            message: `cannot start the sandbox: ${String(err)}`,
            timeMs: 0,
          });
        }
        updateKeepAlive();
        if (closed) return;
        const delay = Math.min(30_000, 1000 * 2 ** failures);
        setTimeout(() => {
          if (!closed) startSlot(slot, failures + 1);
        }, delay).unref();
      },
    );
  };

  function replaceSlot(slot: Slot) {
    if (closed) return;
    recycled++;
    const old = slot.worker;
    slot.ready = false;
    slot.jobs = 0;
    slot.worker = undefined as unknown as Worker;
    void old?.terminate();
    startSlot(slot);
  }

  const post = (slot: Slot): Assigned => {
    const pending = queue.shift()!;
    const assigned: Assigned = { id: nextId++, pending, started: 0 };
    slot.jobs++;
    slot.worker.postMessage({ id: assigned.id, job: pending.job });
    return assigned;
  };

  /** Idle workers get a job first; then each busy one gets the job to run after its own. */
  function dispatch() {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (slot.ready && !slot.current) start(slot, post(slot));
    }
    for (const slot of slots) {
      if (queue.length === 0) return;
      // A worker due for recycling gets nothing more to run behind its current job.
      if (slot.ready && slot.current && !slot.next && slot.jobs < recycleAfter) {
        slot.next = post(slot);
      }
    }
  }

  for (let i = 0; i < size; i++) {
    const slot: Slot = {
      worker: undefined as unknown as Worker,
      ready: false,
      jobs: 0,
      current: null,
      next: null,
    };
    slots.push(slot);
    startSlot(slot);
  }

  return {
    size,
    run(job) {
      if (closed) {
        return Promise.resolve({
          kind: 'crashed',
          status: 'error',
          message: 'the grader pool is closed',
          timeMs: 0,
        });
      }
      return new Promise<SandboxOutcome>((resolve) => {
        queue.push({ job, resolve });
        updateKeepAlive();
        dispatch();
      });
    },
    stats: () => ({
      size,
      busy: slots.filter((s) => s.current).length,
      queued: queue.length + slots.filter((s) => s.next).length,
      completed,
      recycled,
      ready: slots.filter((s) => s.ready).length,
      startFailures,
    }),
    async close() {
      closed = true;
      for (const p of queue.splice(0)) {
        p.resolve({
          kind: 'crashed',
          status: 'error',
          message: 'the grader pool was closed',
          timeMs: 0,
        });
      }
      for (const slot of slots) {
        for (const assigned of [slot.current, slot.next]) {
          if (!assigned) continue;
          clearTimeout(assigned.timer);
          assigned.pending.resolve({
            kind: 'crashed',
            status: 'error',
            message: 'the grader pool was closed',
            timeMs: 0,
          });
        }
        slot.current = null;
        slot.next = null;
      }
      updateKeepAlive();
      await Promise.all(slots.map((s) => s.worker?.terminate()));
    },
  };
}
