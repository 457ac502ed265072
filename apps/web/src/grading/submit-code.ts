import type { PrismaClient } from '@slope/db';
import { MAX_CODE_BYTES, seedFor } from '@slope/grader';
import { z } from 'zod';
import { checkLimit, describeWait, type Limit, recordHit } from '../auth/rate-limit';
import { env } from '../env';
import { closedBySolution } from '../learning-aids/learning-aids';
import { log } from '../log';
import { attemptsSpent } from './attempts';
import { findExercise } from './exercise-registry';
import { exerciseRow } from './exercise-row';
import type { GradingService } from './grading-service';
import { toSeedColumn } from './seed-column';

export const SUBMIT_LIMIT: Limit = { max: 10, windowMs: 60_000 };

const submitSchema = z
  .object({
    exerciseId: z.string().min(1).max(100),
    code: z.string(),
    /** chosen by the page per click, so a double-clicked or retried Submit is one submission */
    idempotencyKey: z.string().min(8).max(100),
  })
  .strict();

export type SubmitOutcome =
  | {
      status: 200 | 202;
      submission: {
        id: string;
        status: string;
        /** this submission's number among the learner's submissions of the exercise */
        attempt: number;
        /** attempts spent on the exercise now (see attempts.ts: unGradable code costs none) */
        attemptsUsed: number;
        duplicate: boolean;
      };
    }
  | { status: 400 | 404 | 409 | 413 | 429 | 503; error: string };

/**
 * Accepts a code submission: validates it, applies the rate limit, the attempt policy (the
 * attempts spent, attempts.ts) and the class's opened solution (learning-aids), stores it with
 * the next submission number and queues it for grading. Nothing is stored for a refused submission, so a refusal never costs an attempt.
 */
export async function submitCode(
  prisma: PrismaClient,
  service: GradingService,
  userId: string,
  body: unknown,
  now = new Date(),
): Promise<SubmitOutcome> {
  const parsed = submitSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      status: 400,
      error: `Malformed submission: ${issue.path.join('.') || '(body)'}: ${issue.message}`,
    };
  }
  const { exerciseId, code, idempotencyKey } = parsed.data;
  if (Buffer.byteLength(code) > MAX_CODE_BYTES) {
    return {
      status: 413,
      error: `Your code is larger than ${MAX_CODE_BYTES / 1024} KB; nothing was submitted.`,
    };
  }
  const existing = await sameKey(prisma, userId, idempotencyKey);
  if (existing) return { status: 200, submission: existing };

  const found = await findExercise(exerciseId);
  if (!found) return { status: 404, error: `There is no exercise "${exerciseId}".` };

  const limitKey = `submit:user:${userId}`;
  const limit = await checkLimit(prisma, limitKey, SUBMIT_LIMIT, now);
  if (limit.limited) {
    return {
      status: 429,
      error: `You have submitted ${SUBMIT_LIMIT.max} times in the last minute. Wait ${describeWait(limit.retryAfterMs)} and submit again; your code is kept.`,
    };
  }

  const { manifest } = found.exercise;
  if (await closedBySolution(prisma, userId, exerciseId, manifest, now)) {
    return {
      status: 409,
      error:
        'The due date has passed and your class has opened the worked solution: this exercise takes no more submissions.',
    };
  }
  const row = await exerciseRow(prisma, found.location, found.exercise);
  for (let retry = 0; ; retry++) {
    const [submitted, used] = await Promise.all([
      prisma.submission.count({ where: { userId, exerciseId: row.id } }),
      attemptsSpent(prisma, userId, row.id),
    ]);
    if (manifest.attempts.max !== null && used >= manifest.attempts.max) {
      return {
        status: 409,
        error: `You have used all ${manifest.attempts.max} attempts for this exercise.`,
      };
    }
    // New hidden inputs for every submission, reproducible for a regrade (stored with the row);
    // the next one's are prepared while the learner reads this one's result.
    const secret = env().nextAuthSecret;
    const seed = seedFor(userId, exerciseId, submitted + 1, secret);
    const nextSeed = seedFor(userId, exerciseId, submitted + 2, secret);
    let created: { id: string; status: string; attempt: number };
    try {
      created = await prisma.submission.create({
        data: {
          userId,
          exerciseId: row.id,
          attempt: submitted + 1,
          code,
          idempotencyKey,
          seed: toSeedColumn(seed),
        },
        select: { id: true, status: true, attempt: true },
      });
    } catch (error) {
      if ((error as { code?: string }).code !== 'P2002' || retry >= 5) throw error;
      // Either the same key arrived twice at once (return that one) or another submission
      // took this attempt number (count again).
      const twin = await sameKey(prisma, userId, idempotencyKey);
      if (twin) return { status: 200, submission: twin };
      continue;
    }
    const receipt = await service.queue
      .submit({ id: created.id, userId, exerciseId, code, seed, nextSeed })
      .catch((error: unknown) => {
        // The queue is unreachable (Redis restarting): the submission is stored, and the
        // reconciler queues it once Redis answers again, so the learner still gets a grade.
        log().warn(
          { err: error, submission: created.id },
          'queue unreachable; left for the reconciler',
        );
        return null;
      });
    if (receipt && !receipt.accepted) {
      await prisma.submission.delete({ where: { id: created.id } });
      const why =
        receipt.reason === 'user-queue-full'
          ? 'You already have several submissions waiting'
          : 'The grader is very busy';
      return {
        status: 503,
        error: `${why}; this one was not kept and costs no attempt. Try again in a minute.`,
      };
    }
    await recordHit(prisma, limitKey, SUBMIT_LIMIT, now);
    return { status: 202, submission: { ...created, attemptsUsed: used + 1, duplicate: false } };
  }
}

/** The submission already made with this key (a double click or a retried request), if any. */
async function sameKey(prisma: PrismaClient, userId: string, idempotencyKey: string) {
  const row = await prisma.submission.findUnique({
    where: { userId_idempotencyKey: { userId, idempotencyKey } },
    select: { id: true, status: true, attempt: true, exerciseId: true },
  });
  if (!row) return null;
  const { exerciseId, ...submission } = row;
  const attemptsUsed = await attemptsSpent(prisma, userId, exerciseId);
  return { ...submission, attemptsUsed, duplicate: true };
}
