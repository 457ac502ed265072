// Serves the production build for the browser tests: a fresh SQLite database under data/,
// migrated and seeded, then `next start`. Run by Playwright's webServer.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const port = process.env.E2E_PORT ?? '3100';
const dbFile = path.join(root, 'data', 'e2e.db');
mkdirSync(path.dirname(dbFile), { recursive: true });
for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true });

const env = {
  ...process.env,
  DATABASE_URL: `file:${dbFile}`,
  NEXTAUTH_URL: `http://localhost:${port}`,
  NEXTAUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123456789',
  PORT: port,
  NODE_ENV: 'production',
};

for (const script of ['migrate', 'seed']) {
  const run = spawnSync('pnpm', ['--filter', '@slope/db', 'run', script], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const server = spawn('pnpm', ['exec', 'next', 'start', '--port', port], {
  cwd: path.join(root, 'apps/web'),
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
