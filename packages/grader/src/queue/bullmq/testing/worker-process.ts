// A grader worker in a process of its own, for the queue tests that kill one.
// Usage: tsx worker-process.ts <redisUrl> <prefix> <behaviour>
//   grade: answers every job with score 1 (after 300 ms)
//   hang:  never finishes a job (the test SIGKILLs the process mid-job)
//   crash: dies (SIGKILL to itself) as soon as it starts a job, like a poison submission would
// It prints "started <id>" when it takes a job.
import { startGradingWorker } from '../grading-worker.ts';

const [redisUrl, prefix, behaviour] = process.argv.slice(2);
if (!redisUrl || !prefix || !['grade', 'hang', 'crash'].includes(behaviour ?? '')) {
  console.error('usage: worker-process.ts <redisUrl> <prefix> grade|hang|crash');
  process.exit(2);
}

startGradingWorker({
  redisUrl,
  prefix,
  concurrency: 1,
  lockDurationMs: 1000,
  stalledIntervalMs: 500,
  async grade(submission) {
    console.log(`started ${submission.id}`);
    if (behaviour === 'crash') process.kill(process.pid, 'SIGKILL');
    if (behaviour === 'hang') await new Promise(() => {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { gradable: true, score: 1, tests: [], timeMs: 300 };
  },
});
console.log('ready');
