import { formulaAnswerSchema, matrixAnswerSchema } from '@slope/ui/formula-answer/spec';
import { matchAnswerSchema } from '@slope/ui/match/spec';
import { orderingAnswerSchema } from '@slope/ui/ordering/spec';
import { quizAnswerSchema } from '@slope/ui/quiz/spec';
import { z } from 'zod';
import type { PracticeSpec } from '../content/widgets/practice-registry';

/**
 * The answers one widget accepts, checked before anything is stored: its own choice, item and
 * target ids (each widget's schema lives beside its check in `@slope/ui`), and one choice for a
 * single-answer quiz.
 */
export function answerSchemaFor(practice: PracticeSpec): z.ZodType {
  switch (practice.widget) {
    case 'Quiz':
      return quizAnswerSchema(practice.spec);
    case 'Ordering':
      return orderingAnswerSchema(practice.spec);
    case 'Match':
      return matchAnswerSchema(practice.spec);
    case 'FormulaAnswer':
    case 'NumericAnswer':
      return formulaAnswerSchema;
    case 'MatrixAnswer':
      return matrixAnswerSchema(practice.spec);
  }
}

export const practiceRequestSchema = z
  .object({
    course: z.string().min(1).max(100),
    lesson: z.string().min(1).max(100),
    widget: z.string().min(1).max(100),
    answer: z.unknown(),
  })
  .strict();
export type PracticeRequest = z.infer<typeof practiceRequestSchema>;
