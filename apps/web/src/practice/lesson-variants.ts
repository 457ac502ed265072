import { toFormulaProps, toMatrixProps, toNumericProps } from '@slope/ui/formula-answer/spec';
import type { LessonRef } from '../content/widgets/lesson-widgets';
import { variantSeed } from './variant-seed';

/**
 * widget id → the props of this learner's variant, for every question of the lesson with
 * parameters (its stem with their values, rendered on the server). No key.
 */
export function lessonVariants(
  ref: Pick<LessonRef, 'course' | 'lesson' | 'widgets'>,
  userId: string,
): Record<string, unknown> {
  const variants: Record<string, unknown> = {};
  for (const { id, practice } of ref.widgets.practice) {
    const seed = variantSeed(practice, userId, `${ref.course.slug}/${ref.lesson.slug}/${id}`);
    if (seed === null) continue;
    if (practice.widget === 'FormulaAnswer') variants[id] = toFormulaProps(practice.spec, seed);
    if (practice.widget === 'NumericAnswer') variants[id] = toNumericProps(practice.spec, seed);
    if (practice.widget === 'MatrixAnswer') variants[id] = toMatrixProps(practice.spec, seed);
  }
  return variants;
}
