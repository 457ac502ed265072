#!/usr/bin/env node
// `pnpm start`: Slope on its embedded default — migrate and seed the database (SQLite under
// data/ unless DATABASE_URL says otherwise; the demo accounts in demo mode only), build the web
// app (cached by turbo) and serve it, proving the exercises in the background for the author page.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
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
// Demo or deployment, decided once from the operator's environment (see `pnpm slope mode`)
// and passed on explicitly: the server itself runs with NODE_ENV=production either way.
const modeRun = spawnSync(
  path.join(web, 'node_modules/.bin/tsx'),
  ['scripts/slope.ts', 'mode', '--json'],
  { cwd: web, encoding: 'utf8', env: process.env },
);
if (modeRun.status !== 0) {
  console.error(`\n✗ ${modeRun.stderr.trim()}\nNothing was started.`);
  process.exit(1);
}
const mode = JSON.parse(modeRun.stdout);
process.env.SLOPE_DEMO = String(mode.demo);
console.log(
  mode.demo
    ? `\n▸ Demo mode (${mode.reason}): the demo accounts are seeded. A deployment sets SLOPE_DEMO=false.`
    : `\n▸ Deployment (${mode.reason}): no demo accounts.`,
);
step('Applying database migrations', 'pnpm', ['--filter', '@slope/db', 'run', 'migrate']);
step(mode.demo ? 'Seeding the course and demo accounts' : 'Registering the course', 'pnpm', [
  '--filter',
  '@slope/db',
  'run',
  'seed',
]);
step('Building the web app', 'pnpm', [
  'exec',
  'turbo',
  'run',
  'build',
  '--filter=@slope/web',
  '--output-logs=errors-only',
]);

// The author page shows each exercise's proof from the last content check: prove the content
// once in the background (skipped when the saved report is current), while the server starts.
console.log('\n▸ Proving the exercises in the background (log: data/content-check.log)');
mkdirSync(path.join(root, 'data'), { recursive: true });
const proofLog = openSync(path.join(root, 'data/content-check.log'), 'w');
const prover = spawn(
  path.join(web, 'node_modules/.bin/tsx'),
  ['scripts/content-check.ts', '--if-stale'],
  { cwd: web, stdio: ['ignore', proofLog, proofLog], env: process.env },
);
prover.on('exit', (code) =>
  console.log(
    code === 0
      ? '▸ Exercises proved: the author page shows the report.'
      : `▸ The content check found problems (exit ${code}): see data/content-check.log and /author.`,
  ),
);

console.log(`\n▸ Starting Slope on http://localhost:${port}`);
console.log(
  mode.demo
    ? '  Demo accounts: learner@slope.dev / learner-demo-pw, instructor@slope.dev / instructor-demo-pw, author@slope.dev / author-demo-pw, admin@slope.dev / admin-demo-pw\n'
    : '  The first administrator: pnpm slope admin create --email you@example.edu\n',
);
// An idle keep-alive connection stays open 65 s (Node's default is 5 s): longer than the idle
// timeout of the clients and proxies in front (nginx, cloud load balancers: 60 s), so none of
// them sends a request on a connection the server is closing at that moment (ECONNRESET).
const server = spawn(
  'pnpm',
  [
    '--filter',
    '@slope/web',
    'exec',
    'next',
    'start',
    '--port',
    port,
    '--keepAliveTimeout',
    '65000',
  ],
  {
    cwd: root,
    stdio: 'inherit',
    // Slope handles SIGTERM itself (graceful shutdown: apps/web/src/lifecycle.ts).
    env: { ...process.env, NODE_ENV: 'production', NEXT_MANUAL_SIG_HANDLE: 'true' },
  },
);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    prover.kill(signal);
    server.kill(signal);
  });
server.on('exit', (code) => process.exit(code ?? 0));
