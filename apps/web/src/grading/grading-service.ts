import type { PrismaClient } from '@slope/db';
import { createInProcessQueue, type GradingQueue, grade } from '@slope/grader';
import { findExercise } from './exercise-registry';
import { GRADED_SUBMISSION, recordFailure, recordResult } from './record-result';
import { SubmissionEvents } from './submission-events';

export interface GradingService {
  queue: GradingQueue;
  events: SubmissionEvents;
}

const KEY = Symbol.for('slope.grading-service');
type Holder = { [KEY]?: GradingService };

/**
 * The grading queue of this process (embedded mode: an in-process queue over the grader's
 * worker-thread sandbox pool). Created once; on creation it re-queues submissions a previous
 * run left queued or running, so a restart never leaves one stuck.
 */
export function gradingService(prisma: PrismaClient): GradingService {
  const holder = globalThis as Holder;
  if (holder[KEY]) return holder[KEY];
  const events = new SubmissionEvents();
  const queue = createInProcessQueue({
    concurrency: 2,
    maxQueued: 1000,
    // The submit rate limit (SUBMIT_LIMIT) already bounds one learner's load; match it here.
    maxQueuedPerUser: 10,
    async grade(submission) {
      const found = await findExercise(submission.exerciseId);
      if (!found) throw new Error(`exercise "${submission.exerciseId}" no longer exists`);
      return grade(found.exercise, submission.code, { seed: submission.seed });
    },
  });
  queue.events.subscribe((event) => {
    void onQueueEvent(prisma, events, event).catch((error) => {
      console.error(`grading: could not record ${event.type} for submission ${event.id}:`, error);
    });
  });
  const service = { queue, events };
  holder[KEY] = service;
  void requeueUnfinished(prisma, queue).catch((error) =>
    console.error('grading: re-queue after restart failed:', error),
  );
  return service;
}

async function onQueueEvent(
  prisma: PrismaClient,
  events: SubmissionEvents,
  event: Parameters<Parameters<GradingQueue['events']['subscribe']>[0]>[0],
): Promise<void> {
  if (event.type === 'queued') return;
  if (event.type === 'running') {
    await prisma.submission.updateMany({
      where: { id: event.id, status: 'QUEUED' },
      data: { status: 'RUNNING', startedAt: new Date() },
    });
    events.publish({ id: event.id, status: 'RUNNING' });
    return;
  }
  const submission = await prisma.submission.findUnique({
    where: { id: event.id },
    select: GRADED_SUBMISSION,
  });
  const found = submission && (await findExercise(submission.exercise.slug));
  const update = found
    ? await recordResult(prisma, submission, event.result, found.exercise.manifest)
    : await recordFailure(
        prisma,
        event.id,
        'This exercise was removed from the course while your submission waited.',
      );
  if (update) events.publish(update);
}

/** Submissions left QUEUED or RUNNING by a stopped process go back into the queue. */
async function requeueUnfinished(prisma: PrismaClient, queue: GradingQueue): Promise<void> {
  const stuck = await prisma.submission.findMany({
    where: { status: { in: ['QUEUED', 'RUNNING'] } },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      userId: true,
      code: true,
      seed: true,
      exercise: { select: { slug: true } },
    },
  });
  for (const submission of stuck) {
    await prisma.submission.update({
      where: { id: submission.id },
      data: { status: 'QUEUED', startedAt: null },
    });
    const receipt = await queue.submit({
      id: submission.id,
      userId: submission.userId,
      exerciseId: submission.exercise.slug,
      code: submission.code,
      seed: submission.seed,
    });
    if (!receipt.accepted) {
      await recordFailure(
        prisma,
        submission.id,
        'The server restarted while this submission waited and could not queue it again. Submit it again; this attempt does not count.',
      );
    }
  }
  if (stuck.length)
    console.log(`grading: re-queued ${stuck.length} submission(s) left unfinished by the last run`);
}
