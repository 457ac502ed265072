// Faults: 1,000 submissions from 200 learners (each submits, waits for the grade, submits
// again) through 2 web processes, graded by 2 workers, while the deployment is hurt:
//   1. a worker is killed with SIGKILL in the middle of jobs (restarted 3 s later, as a
//      supervisor would),
//   2. a web process is restarted (SIGTERM, then started again),
//   3. Redis is restarted — it keeps nothing on disk, so every queued job is lost with it.
// Passes when every submission is graded exactly once with the right score and none is left
// unfinished. Needs `pnpm build` first.
//
//   pnpm scale:faults [--learners 200] [--per-learner 5]
import { benchArgs } from './args';
import {
  createDatabase,
  logDir,
  type Service,
  serviceLogs,
  sleep,
  startRedis,
  startWeb,
  startWorker,
  stop,
  stopAll,
  workerCompleted,
} from './cluster';
import { runLoad } from './run-load';
import { table, verify } from './verify';

const args = benchArgs({}, []);
const learners = args.learners;
const perLearner = args['per-learner'];
const portBase = args['port-base'];
const redisPort = args['redis-port'];

const total = learners * perLearner;
const database = await createDatabase();
let redis = await startRedis(redisPort);
const env = {
  databaseUrl: database.url,
  redisUrl: `redis://127.0.0.1:${redisPort}`,
  prefix: `faults-${Date.now()}`,
};
// Short locks so a killed worker's jobs are taken over in ~15 s rather than a minute.
const workerEnv = { GRADER_LOCK_MS: '10000', GRADER_STALLED_CHECK_MS: '5000' };
const webPorts = [portBase, portBase + 1];
const healthPorts = [portBase + 2, portBase + 3];
const log = (message: string) =>
  console.log(`  [${new Date().toISOString().slice(11, 19)}] ${message}`);

let failed = false;
let row: Parameters<typeof table>[0][number] | undefined;
const faults: string[] = [];
try {
  const webs: Service[] = [];
  const workers: Service[] = [];
  for (const port of webPorts) webs.push(await startWeb(port, env));
  for (const port of healthPorts) workers.push(await startWorker(port, env, workerEnv));
  let jobsBefore = 0; // jobs counted by workers that were killed (their /metrics went with them)

  const schedule = [
    {
      at: Math.round(total * 0.15),
      name: 'SIGKILL worker 1 mid-job, restart it 3 s later',
      async run() {
        jobsBefore += await workerCompleted(healthPorts[0]!);
        await stop(workers[0]!, 'SIGKILL');
        await sleep(3000);
        workers[0] = await startWorker(healthPorts[0]!, env, workerEnv);
      },
    },
    {
      at: Math.round(total * 0.35),
      name: 'restart web process 1 (SIGTERM, start again)',
      async run() {
        await stop(webs[0]!, 'SIGTERM');
        webs[0] = await startWeb(webPorts[0]!, env);
      },
    },
    {
      at: Math.round(total * 0.55),
      name: 'restart Redis (everything in it is lost)',
      async run() {
        await stop(redis, 'SIGKILL');
        redis = await startRedis(redisPort);
      },
    },
  ];
  let injecting = Promise.resolve();
  console.log(`▸ faults: ${learners} learners × ${perLearner} submissions, 2 web + 2 workers`);
  const load = await runLoad({
    databaseUrl: database.url,
    bases: webPorts.map((p) => `http://127.0.0.1:${p}`),
    learners,
    perLearner,
    pattern: 'steady',
    label: `faults-${Date.now()}`,
    onGraded(graded) {
      if (graded % (total / 10) === 0) log(`${graded}/${total} graded`);
      const fault = schedule.find((f) => f.at === graded);
      if (fault) {
        injecting = injecting.then(async () => {
          log(`fault: ${fault.name}`);
          const started = Date.now();
          await fault.run();
          faults.push(
            `${fault.name} (at ${graded}/${total}, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
          );
          log(`fault done: ${fault.name}`);
        });
      }
    },
  });
  await injecting;
  const jobs =
    jobsBefore + (await Promise.all(healthPorts.map(workerCompleted))).reduce((a, b) => a + b, 0);
  const verdict = await verify(database.url, load.emails, load.outcomes);
  failed = !verdict.ok;
  row = {
    run: 'faults: 2 web + 2 workers',
    verdict,
    wallS: load.wallS,
    latencies: load.outcomes.map((o) => o.latencyMs),
    workerJobs: jobs,
  };
} finally {
  await stopAll();
  await database.drop();
}
const logs = serviceLogs();
const sum = (key: string) =>
  logs
    .filter((l) => l.msg === 'reconciled unfinished submissions')
    .reduce((n, l) => n + Number(l[key] ?? 0), 0);
console.log(`\nFaults injected:\n${faults.map((f) => `- ${f}`).join('\n')}\n`);
console.log(
  `Recovery (from the services' logs in ${logDir}): the reconcilers re-queued ${sum('requeued')} submission(s) the queue had lost and recorded ${sum('recorded')} whose event was missed; workers logged ${logs.filter((l) => l.msg === 'graded').length} graded jobs for ${total} submissions.\n`,
);
if (row) console.log(`${table([row])}\n`);
console.log(
  failed || !row
    ? '✗ FAILED: see the table'
    : '✓ every submission graded once, none lost, none stuck',
);
process.exit(failed || !row ? 1 : 0);
