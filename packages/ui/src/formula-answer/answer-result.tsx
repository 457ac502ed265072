'use client';
import { MathText } from '../math/math.tsx';
import { MathPreview } from '../math-input/index.ts';
import type { FormulaFeedback } from './spec.ts';

/**
 * What the server said of a checked answer: what it read, the slip it named (or the author's
 * feedback), and once the question is finished, the answer.
 */
export function AnswerResult({ feedback, id }: { feedback: FormulaFeedback; id: string }) {
  return (
    <div id={id} className="slope-formula__result">
      {feedback.understood && (
        <p className="slope-formula__read">
          <span className="slope-muted">Slope read: </span>
          <MathPreview latex={feedback.understood.latex} />
        </p>
      )}
      {feedback.message && (
        <p className="slope-formula__message">
          <MathText text={feedback.message} />
        </p>
      )}
      {feedback.answerLatex && !feedback.correct && (
        <p className="slope-formula__answer">
          <span className="slope-muted">The answer: </span>
          <MathText text={`$${feedback.answerLatex}$`} />
        </p>
      )}
    </div>
  );
}

/** One line for the status: right, not yet, or out of attempts. */
export function summaryOf(feedback: FormulaFeedback | null): string {
  if (!feedback) return '';
  if (feedback.correct) return 'Correct!';
  return feedback.finished
    ? 'Not quite. The answer is shown below.'
    : 'Not quite. Read the feedback, then try again.';
}
