// Burst: 1,000 submissions from 200 simulated learners through the web API, graded by 2 grader
// workers (BullMQ on a Redis of its own, PostgreSQL), followed live over server-sent events.
// Baseline in the same run: the same burst on the embedded mode (one web process grading
// in-process). Prints a table; exits 1 when a submission was lost, duplicated, left
// unfinished or scored wrongly. Needs `pnpm build` first.
//
//   pnpm scale:burst [--learners 200] [--per-learner 5] [--workers 2] [--concurrency 2]
//                    [--web 1] [--no-baseline]
import { benchArgs } from './args';
import {
  createDatabase,
  type Service,
  startRedis,
  startWeb,
  startWorker,
  stop,
  stopAll,
  workerCompleted,
} from './cluster';
import { runLoad } from './run-load';
import { type RunRow, table, verify } from './verify';

const args = benchArgs({ workers: '2', web: '1', concurrency: '2' }, ['no-baseline']);
const learners = args.learners;
const perLearner = args['per-learner'];
const portBase = args['port-base'];
const redisPort = args['redis-port'];
const workers = args.workers;
const webCount = args.web;
const concurrency = args.concurrency;

const rows: RunRow[] = [];
const database = await createDatabase();
await startRedis(redisPort); // stopped by stopAll
let failed = false;
try {
  const runs = [
    { name: `queue: ${webCount} web + ${workers} workers × ${concurrency}`, queue: true },
    ...(args['no-baseline'] ? [] : [{ name: 'baseline: embedded, 1 web process', queue: false }]),
  ];
  for (const [index, run] of runs.entries()) {
    const env = {
      databaseUrl: database.url,
      redisUrl: run.queue ? `redis://127.0.0.1:${redisPort}` : null,
      prefix: `bench-${Date.now()}`,
    };
    const webPorts = Array.from({ length: run.queue ? webCount : 1 }, (_, i) => portBase + i);
    const healthPorts = Array.from(
      { length: run.queue ? workers : 0 },
      (_, i) => portBase + webPorts.length + i,
    );
    console.log(`\n▸ ${run.name}: starting`);
    const services: Service[] = [];
    for (const port of webPorts) services.push(await startWeb(port, env));
    for (const port of healthPorts)
      services.push(await startWorker(port, env, { GRADER_CONCURRENCY: String(concurrency) }));
    console.log(`▸ ${run.name}: ${learners} learners × ${perLearner} submissions`);
    let lastReport = 0;
    const total = learners * perLearner;
    const load = await runLoad({
      databaseUrl: database.url,
      bases: webPorts.map((p) => `http://127.0.0.1:${p}`),
      learners,
      perLearner,
      pattern: 'burst',
      label: `burst${index}-${Date.now()}`,
      onGraded(graded) {
        if (graded - lastReport >= total / 10 || graded === total) {
          lastReport = graded;
          console.log(`  ${graded}/${total} graded`);
        }
      },
    });
    const jobs = run.queue
      ? (await Promise.all(healthPorts.map(workerCompleted))).reduce((a, b) => a + b, 0)
      : null;
    const verdict = await verify(database.url, load.emails, load.outcomes);
    failed ||= !verdict.ok;
    rows.push({
      run: run.name,
      verdict,
      wallS: load.wallS,
      latencies: load.outcomes.map((o) => o.latencyMs),
      workerJobs: jobs,
    });
    for (const service of services) await stop(service);
  }
} finally {
  await stopAll();
  await database.drop();
}
console.log(`\n${table(rows)}\n`);
console.log(
  failed ? '✗ FAILED: see the table' : '✓ every submission graded once, none lost, none stuck',
);
process.exit(failed ? 1 : 0);
