import type { PrismaClient } from '@slope/db';
import type { GradingQueue, QueueEvent } from '@slope/grader';
import type { Logger } from 'pino';
import { findExercise } from './exercise-registry';
import { storedUpdate } from './read-submission';
import { GRADED_SUBMISSION, recordFailure, recordResult } from './record-result';
import type { SubmissionEvents, SubmissionUpdate } from './submission-events';

export interface QueueEventHandler {
  /** applies one event (also used by the reconciler for outcomes it finds in the queue) */
  apply(event: QueueEvent): Promise<void>;
  /** resolves when every event received so far has been applied */
  settled(): Promise<void>;
  stop(): void;
}

/**
 * Turns queue events into database updates and pushes to the learner's page. Events of one
 * submission are applied in order. The database decides: a result is stored only while the
 * submission is still QUEUED or RUNNING, so when several web processes hear the same event
 * (scale-out mode) exactly one stores it; the others pass the stored outcome to the pages
 * following it through them.
 */
export function handleQueueEvents(
  prisma: PrismaClient,
  queue: GradingQueue,
  events: SubmissionEvents,
  logger: Logger,
): QueueEventHandler {
  const chains = new Map<string, Promise<void>>();
  const apply = (event: QueueEvent): Promise<void> => {
    const previous = chains.get(event.id) ?? Promise.resolve();
    const next = previous
      .then(() => applyQueueEvent(prisma, events, event))
      .catch((error) =>
        logger.error(
          { err: error, submission: event.id, event: event.type },
          'could not record a grading event',
        ),
      )
      .finally(() => {
        if (chains.get(event.id) === next) chains.delete(event.id);
      });
    chains.set(event.id, next);
    return next;
  };
  const unsubscribe = queue.events.subscribe((event) => void apply(event));
  return {
    apply,
    async settled() {
      while (chains.size > 0) await Promise.all(chains.values());
    },
    stop: unsubscribe,
  };
}

async function applyQueueEvent(
  prisma: PrismaClient,
  events: SubmissionEvents,
  event: QueueEvent,
): Promise<void> {
  let update: SubmissionUpdate | null;
  switch (event.type) {
    case 'queued':
      return;
    case 'running':
      await prisma.submission.updateMany({
        where: { id: event.id, status: 'QUEUED' },
        data: { status: 'RUNNING', startedAt: new Date(), tries: { increment: 1 } },
      });
      events.publish({ id: event.id, status: 'RUNNING' });
      return;
    case 'done':
      update = await recordGrade(prisma, event.id, event.result);
      break;
    case 'failed':
      update = await recordFailure(prisma, event.id, event.message);
      break;
  }
  if (update) events.publish(update);
  else if (events.isFollowed(event.id)) {
    // Recorded already (by another web process, or an earlier delivery): send what is stored.
    const stored = await storedUpdate(prisma, event.id);
    if (stored && (stored.status === 'GRADED' || stored.status === 'FAILED'))
      events.publish(stored);
  }
}

async function recordGrade(
  prisma: PrismaClient,
  id: string,
  result: Extract<QueueEvent, { type: 'done' }>['result'],
): Promise<SubmissionUpdate | null> {
  const submission = await prisma.submission.findUnique({
    where: { id },
    select: GRADED_SUBMISSION,
  });
  if (!submission) return null;
  const found = await findExercise(submission.exercise.slug);
  return found
    ? recordResult(prisma, submission, result, found.exercise.manifest)
    : recordFailure(
        prisma,
        id,
        'This exercise was removed from the course while your submission waited.',
      );
}
