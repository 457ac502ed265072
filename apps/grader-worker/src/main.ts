// Slope grader worker: takes submissions from the BullMQ queue on REDIS_URL and grades them in
// a QuickJS sandbox pool against the hidden tests under content/. Run as many as you like,
// on any hosts that have the same content/ and reach the same Redis. See README.md.
import { hostname } from 'node:os';
import { createGraderPool, exerciseCatalog, grade } from '@slope/grader';
import { startGradingWorker, throttleErrors, UnrecoverableError } from '@slope/grader/bullmq';
import pino from 'pino';
import { EnvError, type WorkerEnv, workerEnv } from './env';
import { startHealthServer } from './health-server';
import { WorkerMetrics } from './worker-metrics';

let config: WorkerEnv;
try {
  config = workerEnv();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(
    `\n${error.message}\nThe grader worker did not start. Fix the variables above and start again.\n`,
  );
  process.exit(1);
}

const name = `${hostname()}-${process.pid}`;
const logger = pino({
  level: config.logLevel,
  base: { service: 'grader-worker', worker: name },
  timestamp: pino.stdTimeFunctions.isoTime,
});
const exercises = exerciseCatalog(config.contentDir);
const pool = createGraderPool({ size: config.poolSize });
const metrics = new WorkerMetrics();
let stopping = false;

const worker = startGradingWorker({
  redisUrl: config.redisUrl,
  prefix: config.prefix,
  concurrency: config.concurrency,
  maxTries: config.maxTries,
  lockDurationMs: config.lockMs,
  stalledIntervalMs: config.stalledCheckMs,
  name,
  async grade(submission) {
    const exercise = await exercises.find(submission.exerciseId);
    if (!exercise)
      throw new UnrecoverableError(
        `the exercise "${submission.exerciseId}" is not in this worker's content folder`,
      );
    return grade(exercise, submission.code, {
      seed: submission.seed,
      nextSeed: submission.nextSeed,
      pool,
    });
  },
  onJob(event) {
    metrics.record(event);
    const { type, ...fields } = event;
    if (type === 'completed') logger.info({ ...fields, ms: Math.round(event.ms) }, 'graded');
    else logger.warn({ ...fields, ms: Math.round(event.ms) }, 'grading failed');
  },
  onError: throttleErrors((error, repeats) =>
    logger.warn({ err: error, repeats }, 'queue connection problem'),
  ),
});

const server =
  config.healthPort === null
    ? null
    : await startHealthServer(config.healthPort, {
        async ready() {
          if (stopping) throw new Error('shutting down');
          await worker.check();
        },
        metrics: () => metrics.text(worker.running()),
      });

logger.info(
  {
    prefix: config.prefix,
    concurrency: config.concurrency,
    poolSize: config.poolSize,
    maxTries: config.maxTries,
    contentDir: config.contentDir,
    healthPort: config.healthPort,
  },
  'grader worker started',
);

async function shutdown(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal, running: worker.running() }, 'shutting down: finishing running jobs');
  const { finished } = await worker.close(config.shutdownGraceMs);
  if (finished) logger.info('running jobs finished');
  else
    logger.warn(
      { graceMs: config.shutdownGraceMs },
      'running jobs did not finish in time; another worker takes them over when their locks lapse',
    );
  await pool.close();
  server?.close();
  logger.info('stopped');
  logger.flush();
  process.exit(0);
}
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, shutdown);
