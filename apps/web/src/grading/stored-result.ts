import type { PrismaClient } from '@slope/db';
import { type GradeResult, type Manifest, visibleResult } from '@slope/grader';
import { classSettingsFor, effectiveFeedback } from './class-settings';
import { findExercise } from './exercise-registry';

/**
 * The feedback policy for one learner and exercise: the manifest's, overridden by what the
 * learner's class set (due date, visibility).
 */
export async function learnerManifest(
  prisma: PrismaClient,
  userId: string,
  manifest: Manifest,
  exerciseSlug: string,
): Promise<Manifest> {
  const setting = (await classSettingsFor(prisma, userId, [exerciseSlug])).get(exerciseSlug);
  return setting
    ? { ...manifest, feedback: effectiveFeedback(manifest.feedback, setting) }
    : manifest;
}

/**
 * A stored grade as its learner may see it now: filtered by the feedback visibility in force
 * for them (the exercise's, or their class's: summary only, or full after the due date).
 */
export async function visibleStoredResult(
  prisma: PrismaClient,
  userId: string,
  stored: unknown,
  exerciseSlug: string,
): Promise<GradeResult | null> {
  if (!stored) return null;
  const result = stored as GradeResult;
  const found = await findExercise(exerciseSlug);
  if (!found) return result;
  return visibleResult(
    result,
    await learnerManifest(prisma, userId, found.exercise.manifest, exerciseSlug),
  );
}
