import {
  type FormulaSpec,
  type MatrixSpec,
  type NumericSpec,
  validateFormulaSpec,
  validateMatrixSpec,
  validateNumericSpec,
} from '@slope/ui/formula-answer/spec';
import { type MatchSpec, validateMatchSpec } from '@slope/ui/match/spec';
import { type OrderingSpec, validateOrderingSpec } from '@slope/ui/ordering/spec';
import { type QuizSpec, validateQuizSpec } from '@slope/ui/quiz/spec';
import type { SpecValidation } from '@slope/ui/spec-utils';

/**
 * The practice widgets an author can put in a lesson, with the validation of their props.
 * Server-only: specs hold the answer keys.
 */
export const PRACTICE_WIDGETS = {
  Quiz: { kind: 'QUIZ', validate: validateQuizSpec },
  Ordering: { kind: 'ORDERING', validate: validateOrderingSpec },
  Match: { kind: 'MATCH', validate: validateMatchSpec },
  FormulaAnswer: { kind: 'FORMULA', validate: validateFormulaSpec },
  NumericAnswer: { kind: 'NUMERIC', validate: validateNumericSpec },
  MatrixAnswer: { kind: 'MATRIX', validate: validateMatrixSpec },
} as const satisfies Record<
  string,
  {
    kind: 'QUIZ' | 'ORDERING' | 'MATCH' | 'FORMULA' | 'NUMERIC' | 'MATRIX';
    validate: (input: unknown) => SpecValidation<unknown>;
  }
>;

export type PracticeWidgetName = keyof typeof PRACTICE_WIDGETS;
export type PracticeKind = (typeof PRACTICE_WIDGETS)[PracticeWidgetName]['kind'];

export type PracticeSpec =
  | { widget: 'Quiz'; spec: QuizSpec }
  | { widget: 'Ordering'; spec: OrderingSpec }
  | { widget: 'Match'; spec: MatchSpec }
  | { widget: 'FormulaAnswer'; spec: FormulaSpec }
  | { widget: 'NumericAnswer'; spec: NumericSpec }
  | { widget: 'MatrixAnswer'; spec: MatrixSpec };

export function isPracticeWidget(name: string): name is PracticeWidgetName {
  return Object.hasOwn(PRACTICE_WIDGETS, name);
}
