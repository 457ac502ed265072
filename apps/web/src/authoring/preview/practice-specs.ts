import {
  validateFormulaSpec,
  validateMatrixSpec,
  validateNumericSpec,
} from '@slope/ui/formula-answer/spec';
import { validateMatchSpec } from '@slope/ui/match/spec';
import { validateOrderingSpec } from '@slope/ui/ordering/spec';
import { validateQuizSpec } from '@slope/ui/quiz/spec';

/** The practice widgets' spec validators, by MDX tag (the same schemas content:check uses). */
export const PRACTICE_VALIDATORS = {
  Quiz: validateQuizSpec,
  Ordering: validateOrderingSpec,
  Match: validateMatchSpec,
  FormulaAnswer: validateFormulaSpec,
  NumericAnswer: validateNumericSpec,
  MatrixAnswer: validateMatrixSpec,
} as const;

export type PracticeName = keyof typeof PRACTICE_VALIDATORS;

export function isPracticeName(name: string): name is PracticeName {
  return Object.hasOwn(PRACTICE_VALIDATORS, name);
}
