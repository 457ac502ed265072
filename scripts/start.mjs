#!/usr/bin/env node
// `pnpm start`: Slope on its embedded default — migrate and seed the database (SQLite under
// data/ unless DATABASE_URL says otherwise), build the web app (cached by turbo) and serve it.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const port = process.env.PORT ?? '3000';

function step(title, command, args, cwd = root) {
  console.log(`\n▸ ${title}`);
  const run = spawnSync(command, args, { cwd, stdio: 'inherit', env: process.env });
  if (run.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${run.status ?? run.signal}). Nothing was started.`);
    process.exit(run.status ?? 1);
  }
}

const web = path.join(root, 'apps/web');
step(
  'Checking the environment',
  path.join(web, 'node_modules/.bin/tsx'),
  ['scripts/check-env.ts'],
  web,
);
step('Applying database migrations', 'pnpm', ['--filter', '@slope/db', 'run', 'migrate']);
step('Seeding the course and demo accounts', 'pnpm', ['--filter', '@slope/db', 'run', 'seed']);
step('Building the web app', 'pnpm', [
  'exec',
  'turbo',
  'run',
  'build',
  '--filter=@slope/web',
  '--output-logs=errors-only',
]);

console.log(`\n▸ Starting Slope on http://localhost:${port}`);
console.log(
  '  Demo accounts: learner@slope.dev / learner-demo-pw, instructor@slope.dev / instructor-demo-pw, author@slope.dev / author-demo-pw\n',
);
const server = spawn('pnpm', ['--filter', '@slope/web', 'exec', 'next', 'start', '--port', port], {
  cwd: root,
  stdio: 'inherit',
  // Slope handles SIGTERM itself (graceful shutdown: apps/web/src/lifecycle.ts).
  env: { ...process.env, NODE_ENV: 'production', NEXT_MANUAL_SIG_HANDLE: 'true' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
