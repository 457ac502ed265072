import { useServerCheck } from '../shared/use-server-check.ts';
import { UserFacingError } from '../shared/user-error.ts';
import type { FormulaFeedback } from './spec.ts';

/** What the frame around an answer needs of its check (not the answer's own type). */
export type AnswerCheck = Omit<ReturnType<typeof useAnswerCheck>, 'check'>;

/**
 * The server check of a formula, number or matrix answer, with the attempts left. An answer
 * the server could not read is not an attempt: it comes back as an error to fix, and the learner
 * keeps editing.
 */
export function useAnswerCheck<Answer>(
  onCheck: (answer: Answer) => Promise<FormulaFeedback>,
  initialFeedback: FormulaFeedback | null | undefined,
  maxAttempts: number | null,
) {
  const server = useServerCheck<Answer, FormulaFeedback>(
    async (answer) => {
      const feedback = await onCheck(answer);
      if (!feedback.counted)
        throw new UserFacingError(
          `${feedback.message ?? 'Not understood.'} This did not count as an attempt.`,
        );
      return feedback;
    },
    initialFeedback?.counted === false ? null : initialFeedback,
    'Could not check your answer. Check your connection and try again.',
  );
  const { feedback, pending } = server;
  const attemptsUsed = feedback?.attemptsUsed ?? initialFeedback?.attemptsUsed ?? 0;
  return {
    ...server,
    /** checking, or checked: the input waits for Try again */
    locked: pending || feedback !== null,
    attemptsLeft:
      feedback?.attemptsLeft ?? (maxAttempts === null ? null : maxAttempts - attemptsUsed),
  };
}
