// A second process using the database while the server writes to it, as a backup, an
// instructor's SQL client or `pnpm db:seed` would:
//   node e2e/database-neighbour-process.mjs read <DATABASE_URL>   plain client (no Slope settings), a
//                                                           read every 1–20 ms
//   node e2e/database-neighbour-process.mjs seed <DATABASE_URL>   `pnpm db:seed`, again and again
// Prints "ready" once its first read or seed has started, and on SIGTERM (after the current
// seed run) one JSON line: { runs, failures, errors }.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const [mode, url] = process.argv.slice(2);
const root = path.resolve(import.meta.dirname, '../../..');
// The drivers are dependencies of @slope/db.
const requireFromDb = createRequire(path.join(root, 'packages/db/package.json'));
const report = { runs: 0, failures: 0, errors: [] };
let stopping = false;
process.on('SIGTERM', () => {
  stopping = true;
});
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const fail = (error) => {
  report.failures++;
  if (report.errors.length < 5) report.errors.push(String(error?.message ?? error));
};

if (mode === 'read') {
  const query = url.startsWith('file:') ? sqliteReader(url) : await postgresReader(url);
  console.log('ready');
  while (!stopping) {
    try {
      await query('SELECT count(*) AS n FROM "PracticeResponse"');
      await query('SELECT * FROM "LessonProgress" ORDER BY "lastViewedAt" DESC LIMIT 50');
      report.runs++;
    } catch (error) {
      fail(error);
    }
    await pause(1 + Math.random() * 19);
  }
} else if (mode === 'seed') {
  console.log('ready');
  while (!stopping) {
    const code = await new Promise((resolve) => {
      const child = spawn('pnpm', ['--filter', '@slope/db', 'run', 'seed'], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: url, SLOPE_DEMO: 'true' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      child.on('exit', (status) => resolve(status === 0 ? 0 : stderr.slice(-500) || status));
    });
    if (code === 0) report.runs++;
    else fail(code);
  }
} else {
  console.error('usage: database-neighbour-process.mjs read|seed <DATABASE_URL>');
  process.exit(2);
}
console.log(JSON.stringify(report));
process.exit(0);

function sqliteReader(fileUrl) {
  const { createClient } = requireFromDb('@libsql/client');
  const client = createClient({ url: fileUrl });
  return (sql) => client.execute(sql);
}

async function postgresReader(pgUrl) {
  const pg = requireFromDb('pg');
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  return (sql) => client.query(sql);
}
