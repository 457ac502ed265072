// Serves the production build for the browser tests, run by Playwright's webServer:
// - embedded (default): a fresh SQLite database under data/, migrated and seeded, `next start`;
// - scale-out (E2E_SCALE=1, see playwright.scale.config.ts): a fresh PostgreSQL database
//   (E2E_DATABASE_URL), grading on BullMQ (REDIS_URL, a prefix of its own) and one grader worker
//   kept running like a supervisor would: restarted when it dies. Its pid is in
//   data/e2e-worker-<port>.pid, so a spec can kill it mid-job.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const port = process.env.E2E_PORT ?? '3100';
const scale = process.env.E2E_SCALE === '1';
const dbFile = path.join(root, 'data', 'e2e.db');
mkdirSync(path.join(root, 'data'), { recursive: true });

let databaseUrl = `file:${dbFile}`;
if (scale) {
  databaseUrl = process.env.E2E_DATABASE_URL ?? '';
  if (!databaseUrl.startsWith('postgres')) {
    console.error(
      'E2E_SCALE=1 needs E2E_DATABASE_URL=postgresql://… (playwright.scale.config.ts sets it)',
    );
    process.exit(1);
  }
  dropPostgresDatabase(databaseUrl); // db:migrate creates it again
} else {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
}
const redisUrl = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
// Playwright may stop this script before it cleans up: clear earlier runs' keys on this port.
if (scale) deleteRedisKeys(`slope-e2e-${port}-`);
const prefix = `slope-e2e-${port}-${Date.now()}`;

const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  NEXTAUTH_URL: `http://localhost:${port}`,
  NEXTAUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123456789',
  PORT: port,
  NODE_ENV: 'production',
  SLOPE_DEMO: 'true', // the specs sign in with the demo accounts
  LOG_LEVEL: 'warn',
  NEXT_MANUAL_SIG_HANDLE: 'true',
  METRICS_TOKEN: 'e2e-metrics-token-0123456789',
  ...(scale ? { REDIS_URL: redisUrl, SLOPE_QUEUE_PREFIX: prefix } : {}),
};

for (const script of ['migrate', 'seed']) {
  const run = spawnSync('pnpm', ['--filter', '@slope/db', 'run', script], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

let stopping = false;
// --keepAliveTimeout as in the package's start script (see the web README).
const server = spawn(
  'pnpm',
  ['exec', 'next', 'start', '--port', port, '--keepAliveTimeout', '65000'],
  {
    cwd: path.join(root, 'apps/web'),
    env,
    stdio: 'inherit',
  },
);
let worker = scale ? startWorker() : null;

function startWorker() {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'apps/grader-worker/src/main.ts')],
    {
      cwd: path.join(root, 'apps/grader-worker'),
      // Short locks, so a killed worker's job is taken over within seconds in the tests.
      env: { ...env, GRADER_LOCK_MS: '2000', GRADER_STALLED_CHECK_MS: '1000' },
      stdio: 'inherit',
    },
  );
  writeFileSync(path.join(root, 'data', `e2e-worker-${port}.pid`), String(child.pid));
  child.on('exit', () => {
    if (!stopping) setTimeout(() => (worker = startWorker()), 200);
  });
  return child;
}

function stop(signal) {
  stopping = true;
  worker?.kill('SIGKILL');
  server.kill(signal);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));
server.on('exit', (code) => {
  stopping = true;
  worker?.kill('SIGKILL');
  if (scale) deleteRedisKeys(`${prefix}:`);
  process.exit(code ?? 0);
});

function dropPostgresDatabase(url) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  // node-postgres is a dependency of @slope/db: run there.
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import pg from 'pg';
       const c = new pg.Client({ connectionString: process.argv[1] });
       await c.connect();
       await c.query('DROP DATABASE IF EXISTS "' + process.argv[2].replaceAll('"', '') + '" WITH (FORCE)');
       await c.end();`,
      admin.toString(),
      name,
    ],
    { cwd: path.join(root, 'packages/db'), stdio: 'inherit' },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}

function deleteRedisKeys(keyPrefix) {
  const host = new URL(redisUrl);
  const cli = ['-h', host.hostname, '-p', host.port || '6379'];
  const keys = spawnSync('redis-cli', [...cli, '--scan', '--pattern', `${keyPrefix}*`], {
    encoding: 'utf8',
  });
  const list = keys.stdout?.split('\n').filter(Boolean) ?? [];
  for (let i = 0; i < list.length; i += 500)
    spawnSync('redis-cli', [...cli, 'del', ...list.slice(i, i + 500)]);
}
