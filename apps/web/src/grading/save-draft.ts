import type { PrismaClient } from '@slope/db';
import { MAX_CODE_BYTES } from '@slope/grader';
import { z } from 'zod';
import { findExercise } from './exercise-registry';
import { exerciseRow } from './exercise-row';

const draftSchema = z.object({ code: z.string() }).strict();

export type DraftOutcome = { status: 204 } | { status: 400 | 404 | 413; error: string };

/** Keeps the learner's current code for an exercise, so another device can pick it up. */
export async function saveExerciseDraft(
  prisma: PrismaClient,
  userId: string,
  exerciseId: string,
  body: unknown,
): Promise<DraftOutcome> {
  const parsed = draftSchema.safeParse(body);
  if (!parsed.success) return { status: 400, error: 'Malformed draft: send { "code": "…" }.' };
  if (Buffer.byteLength(parsed.data.code) > MAX_CODE_BYTES) {
    return { status: 413, error: `A draft may be at most ${MAX_CODE_BYTES / 1024} KB.` };
  }
  const found = await findExercise(exerciseId);
  if (!found) return { status: 404, error: `There is no exercise "${exerciseId}".` };
  const row = await exerciseRow(prisma, found.location, found.exercise);
  await prisma.exerciseProgress.upsert({
    where: { userId_exerciseId: { userId, exerciseId: row.id } },
    create: { userId, exerciseId: row.id, draftCode: parsed.data.code },
    update: { draftCode: parsed.data.code },
  });
  return { status: 204 };
}
