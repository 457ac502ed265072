import {
  checkFormulaAnswer,
  checkMatrixAnswer,
  checkNumericAnswer,
  type FormulaAnswer,
  type MatrixAnswer,
} from '@slope/ui/formula-answer/spec';
import { checkMatch, type MatchAnswer } from '@slope/ui/match/spec';
import { checkOrdering, type OrderingAnswer } from '@slope/ui/ordering/spec';
import { checkQuiz, type QuizAnswer } from '@slope/ui/quiz/spec';
import type { PracticeSpec } from '../content/widgets/practice-registry';

/** `counted: false`: the answer could not be read; it is not stored and costs no attempt. */
export type PracticeFeedback = { correct: boolean; finished: boolean; counted?: boolean } & Record<
  string,
  unknown
>;

/** Runs the widget's own check (from `@slope/ui`) against the key, which stays on the server. */
export function checkAnswer(
  practice: PracticeSpec,
  answer: unknown,
  attemptsUsed: number,
  /** the learner's variant of a question with parameters (see variant-seed.ts) */
  seed: number | null = null,
): PracticeFeedback {
  switch (practice.widget) {
    case 'Quiz':
      return { ...checkQuiz(practice.spec, answer as QuizAnswer, { attemptsUsed }) };
    case 'Ordering':
      return { ...checkOrdering(practice.spec, answer as OrderingAnswer, { attemptsUsed }) };
    case 'Match':
      return { ...checkMatch(practice.spec, answer as MatchAnswer, { attemptsUsed }) };
    case 'FormulaAnswer':
      return {
        ...checkFormulaAnswer(practice.spec, answer as FormulaAnswer, { attemptsUsed, seed }),
      };
    case 'NumericAnswer':
      return {
        ...checkNumericAnswer(practice.spec, answer as FormulaAnswer, { attemptsUsed, seed }),
      };
    case 'MatrixAnswer':
      return {
        ...checkMatrixAnswer(practice.spec, answer as MatrixAnswer, { attemptsUsed, seed }),
      };
  }
}
