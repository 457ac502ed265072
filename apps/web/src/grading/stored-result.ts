import { type GradeResult, visibleResult } from '@slope/grader';
import { findExercise } from './exercise-registry';

/**
 * A stored grade as its learner may see it now: filtered by the exercise's feedback visibility
 * (summary only, or full after the due date).
 */
export async function visibleStoredResult(
  stored: unknown,
  exerciseId: string,
): Promise<GradeResult | null> {
  if (!stored) return null;
  const result = stored as GradeResult;
  const found = await findExercise(exerciseId);
  return found ? visibleResult(result, found.exercise.manifest) : result;
}
