'use client';
import type { ReactNode } from 'react';
import { MathHtmlProvider, MathText } from '../math/math.tsx';
import type { MathHtml } from '../math/math-html.ts';
import { MathPreview } from '../math-input/index.ts';
import { CheckFooter } from '../shared/check-footer.tsx';
import type { FormulaFeedback } from './spec.ts';
import type { AnswerCheck } from './use-answer-check.ts';

/**
 * What the three answer widgets share around their input: the stem, Check / Try again with
 * the attempts left, and after checking what Slope read, the slip it named and, once the
 * question is finished, the answer.
 */
export function AnswerFrame({
  id,
  uid,
  stem,
  math,
  className,
  check,
  onSubmit,
  notes,
  children,
}: {
  id?: string | undefined;
  uid: string;
  stem: string;
  math?: MathHtml | undefined;
  className?: string;
  check: AnswerCheck;
  onSubmit: () => void;
  /** shown with the result, before it (a matrix's notes per entry) */
  notes?: ReactNode;
  children: ReactNode;
}) {
  const { feedback } = check;
  return (
    <MathHtmlProvider value={{ ...math, ...feedback?.math }}>
      <div
        className={`slope-widget slope-formula${className ? ` ${className}` : ''}`}
        data-state={stateOf(feedback)}
        data-formula-id={id}
      >
        <div className="slope-formula__stem" id={`${uid}-stem`}>
          <MathText text={stem} />
        </div>
        {children}
        <CheckFooter
          feedback={feedback}
          pending={check.pending}
          error={check.error}
          attemptsLeft={check.attemptsLeft}
          onCheck={onSubmit}
          onRetry={() => check.setFeedback(null)}
          summary={summaryOf(feedback)}
        >
          {feedback && (
            <>
              {notes}
              <AnswerResult feedback={feedback} id={`${uid}-result`} />
            </>
          )}
        </CheckFooter>
      </div>
    </MathHtmlProvider>
  );
}

function AnswerResult({ feedback, id }: { feedback: FormulaFeedback; id: string }) {
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
function summaryOf(feedback: FormulaFeedback | null): string {
  if (!feedback) return '';
  if (feedback.correct) return 'Correct!';
  return feedback.finished
    ? 'Not quite. The answer is shown below.'
    : 'Not quite. Read the feedback, then try again.';
}

function stateOf(f: FormulaFeedback | null): string {
  if (!f) return 'answering';
  if (f.correct) return 'correct';
  return f.finished ? 'revealed' : 'incorrect';
}
