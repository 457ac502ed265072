import type { PrismaClient } from '@slope/db';
import type { GradingQueue, QueueEvent } from '@slope/grader';
import { recordFailure } from './record-result';
import { fromSeedColumn } from './seed-column';

export interface ReconcileReport {
  /** unfinished submissions looked at */
  checked: number;
  /** not in the queue (lost with a restart of the web process or of Redis): queued again */
  requeued: number;
  /** finished in the queue but not recorded (the event was missed): recorded now */
  recorded: number;
  /** started `maxTries` times without an outcome (each time the process died): failed now */
  gaveUp: number;
}

/** What the learner reads for a submission that was never graded because it kept stopping the server. */
export const gaveUpMessage = (tries: number) =>
  `Grading this submission was started ${tries} times and each time the server stopped before it finished, so it is not tried again. Check your code for something that could exhaust the server (a huge allocation or output), then submit again.`;

/**
 * Makes the queue agree with the database, which is the source of truth: every submission
 * still QUEUED or RUNNING (created before `olderThan`) must be in the queue. One the queue
 * does not have is queued again — unless grading it already started `maxTries` times without
 * an outcome: then it is failed with a message; one the queue finished is recorded through
 * `apply` (as if its event had arrived). Safe to run from several processes at once: queueing is idempotent by
 * submission id and recording is conditional on the status.
 */
export async function reconcileUnfinished(
  prisma: PrismaClient,
  queue: GradingQueue,
  apply: (event: QueueEvent) => Promise<void>,
  olderThan: Date = new Date(),
  maxTries = Number.POSITIVE_INFINITY,
): Promise<ReconcileReport> {
  const unfinished = await prisma.submission.findMany({
    where: { status: { in: ['QUEUED', 'RUNNING'] }, createdAt: { lte: olderThan } },
    orderBy: { createdAt: 'asc' },
    take: 10_000,
    select: {
      id: true,
      userId: true,
      code: true,
      seed: true,
      tries: true,
      exercise: { select: { slug: true } },
    },
  });
  const report: ReconcileReport = {
    checked: unfinished.length,
    requeued: 0,
    recorded: 0,
    gaveUp: 0,
  };
  for (const submission of unfinished) {
    const status = await queue.status(submission.id);
    if (status?.state === 'done' || status?.state === 'failed') {
      await apply(
        status.state === 'done'
          ? { type: 'done', id: submission.id, result: status.result }
          : { type: 'failed', id: submission.id, message: status.message },
      );
      report.recorded++;
      continue;
    }
    if (status) continue;
    if (submission.tries >= maxTries) {
      // A poison job: each try ended with the process (a crash, a kill by the OOM killer).
      await apply({ type: 'failed', id: submission.id, message: gaveUpMessage(submission.tries) });
      report.gaveUp++;
      continue;
    }
    await prisma.submission.updateMany({
      where: { id: submission.id, status: { in: ['QUEUED', 'RUNNING'] } },
      data: { status: 'QUEUED', startedAt: null },
    });
    const receipt = await queue.submit({
      id: submission.id,
      userId: submission.userId,
      exerciseId: submission.exercise.slug,
      code: submission.code,
      seed: fromSeedColumn(submission.seed),
    });
    if (receipt.accepted) report.requeued++;
    else if (receipt.reason !== 'closed' && receipt.reason !== 'queue-full') {
      await recordFailure(
        prisma,
        submission.id,
        'The server restarted while this submission waited and could not queue it again. Submit it again; this attempt does not count.',
      );
    }
  }
  return report;
}
