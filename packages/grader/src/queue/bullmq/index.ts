// @slope/grader/bullmq — the scale-out grading queue (BullMQ on Redis): the side web
// processes use to queue and follow submissions, and the side grader workers run.
export {
  type BullmqGradingQueue,
  type BullmqQueueOptions,
  createBullmqQueue,
} from './bullmq-queue.ts';
export {
  type GradingWorker,
  type GradingWorkerOptions,
  startGradingWorker,
  UnrecoverableError,
  type WorkerJobEvent,
} from './grading-worker.ts';
export { DEFAULT_MAX_TRIES, type GradeJobData, QUEUE_NAME } from './job.ts';
export { connectRedis, throttleErrors } from './redis.ts';
