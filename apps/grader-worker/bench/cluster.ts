// Processes of a local Slope deployment for the scale benchmarks: a Redis of its own, a
// scratch PostgreSQL database, web processes (`next start` of the production build) and
// grader workers. Everything listens on 127.0.0.1 and is stopped by `stopAll`.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createScratchDatabase, findPostgresServer } from '@slope/db/migrate';
import { findRepoRoot } from '@slope/db/repo-root';

export const root = findRepoRoot(import.meta.dirname);
const children = new Set<ChildProcess>();
/** Where the web processes and workers write their JSON logs (one file per port). */
export const logDir = mkdtempSync(path.join(tmpdir(), 'slope-bench-logs-'));

export interface Service {
  name: string;
  process: ChildProcess;
  exited: Promise<void>;
}

function start(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; quiet?: boolean },
): Service {
  // A process group of its own: signals reach the server behind a shell shim (`.bin/next`).
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: [
      'ignore',
      options.quiet ? openSync(path.join(logDir, `${name.replace(':', '-')}.log`), 'a') : 'inherit',
      'inherit',
    ],
    detached: true,
  });
  children.add(child);
  const exited = new Promise<void>((resolve) =>
    child.on('exit', () => {
      children.delete(child);
      resolve();
    }),
  );
  return { name, process: child, exited };
}

/** Waits until `url` answers 200 (a hang guard of `timeoutMs`); fails at once if `service` exits. */
export async function waitForHttp(
  url: string,
  service?: Service,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service && service.process.exitCode !== null)
      throw new Error(
        `${service.name} exited (code ${service.process.exitCode}) before ${url} answered`,
      );
    const status = await fetch(url).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await sleep(200);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A redis-server of our own (nothing on disk, like the shared one), so it can be restarted. */
export async function startRedis(port: number): Promise<Service> {
  const redis = start(
    'redis',
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { cwd: root, quiet: true },
  );
  for (let i = 0; i < 100; i++) {
    if (
      spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() ===
      'PONG'
    )
      return redis;
    await sleep(50);
  }
  throw new Error(`redis-server on port ${port} did not start`);
}

/** A migrated, seeded scratch PostgreSQL database; `drop` removes it. */
export async function createDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = await findPostgresServer(
    process.env.PG_TEST_URL?.trim() || 'postgresql://127.0.0.1:5432/test',
  );
  if (!server.url) throw new Error(`the scale benchmarks need PostgreSQL: ${server.error}`);
  const scratch = await createScratchDatabase('postgresql', {
    postgresServerUrl: server.url,
    prefix: 'slope_bench',
  });
  for (const script of ['migrate', 'seed']) {
    const run = spawnSync('pnpm', ['--filter', '@slope/db', 'run', script], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: scratch.url, SLOPE_DEMO: 'true' },
      stdio: 'ignore',
    });
    if (run.status !== 0) throw new Error(`db:${script} failed on the scratch database`);
  }
  return scratch;
}

export interface ClusterEnv {
  databaseUrl: string;
  /** null: embedded mode (grading inside the web process) */
  redisUrl: string | null;
  prefix: string;
}

/** `next start` of the production build (build it first: `pnpm build`). */
export async function startWeb(port: number, env: ClusterEnv): Promise<Service> {
  const next = path.join(root, 'apps/web/node_modules/.bin/next');
  const web = start(`web:${port}`, next, ['start', '--port', String(port)], {
    cwd: path.join(root, 'apps/web'),
    quiet: true,
    env: {
      NODE_ENV: 'production',
      SLOPE_DEMO: 'true', // the bench signs in with the demo accounts
      PORT: String(port),
      DATABASE_URL: env.databaseUrl,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      NEXT_MANUAL_SIG_HANDLE: 'true',
      LOG_LEVEL: 'info',
      ...(env.redisUrl
        ? { REDIS_URL: env.redisUrl, SLOPE_QUEUE_PREFIX: env.prefix }
        : { REDIS_URL: '' }),
    },
  });
  await waitForHttp(`http://127.0.0.1:${port}/api/health/ready`, web);
  return web;
}

/** A grader worker (`pnpm --filter @slope/grader-worker start`) with its health server on `healthPort`. */
export async function startWorker(
  healthPort: number,
  env: ClusterEnv,
  extra: NodeJS.ProcessEnv = {},
): Promise<Service> {
  const worker = start(
    `worker:${healthPort}`,
    process.execPath,
    ['--import', 'tsx', 'src/main.ts'],
    {
      cwd: path.join(root, 'apps/grader-worker'),
      quiet: true,
      env: {
        REDIS_URL: env.redisUrl ?? '',
        SLOPE_QUEUE_PREFIX: env.prefix,
        WORKER_HEALTH_PORT: String(healthPort),
        GRADER_CONCURRENCY: '2',
        LOG_LEVEL: 'info',
        ...extra,
      },
    },
  );
  await waitForHttp(`http://127.0.0.1:${healthPort}/health/ready`, worker);
  return worker;
}

/** Jobs a worker finished, from its /metrics. */
export async function workerCompleted(healthPort: number): Promise<number> {
  const text = await fetch(`http://127.0.0.1:${healthPort}/metrics`).then(
    (r) => r.text(),
    () => '',
  );
  return Number(/slope_worker_jobs_total\{outcome="completed"\} (\d+)/.exec(text)?.[1] ?? 0);
}

export async function stop(service: Service, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  signalGroup(service.process, signal);
  await service.exited;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

/** Stops every process this module started (also on Ctrl-C). */
export async function stopAll(): Promise<void> {
  for (const child of children) signalGroup(child, 'SIGKILL');
  await sleep(100);
}
process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));

/** Every JSON log line the services wrote so far, parsed (other lines are skipped). */
export function serviceLogs(): Record<string, unknown>[] {
  return readdirSync(logDir).flatMap((file) =>
    readFileSync(path.join(logDir, file), 'utf8')
      .split('\n')
      .flatMap((line) => {
        try {
          return line.startsWith('{') ? [JSON.parse(line) as Record<string, unknown>] : [];
        } catch {
          return [];
        }
      }),
  );
}
