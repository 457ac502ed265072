'use client';
import type { ReactNode } from 'react';
import { MathText } from '../math/math.tsx';

export interface CheckFooterProps {
  /** the current feedback, if checked */
  feedback: { correct: boolean; finished: boolean; explanation: string | null } | null;
  pending: boolean;
  error: string | null;
  attemptsLeft: number | null;
  checkLabel?: string;
  onCheck: () => void;
  onRetry: () => void;
  /** the one-line verdict, e.g. "3 of 5 in the right place." */
  summary: string;
  /** live region for drag announcements, placed before the status */
  announcer?: ReactNode;
  /** shown between the status and the explanation (e.g. the right order) */
  children?: ReactNode;
}

/** Check / Try again, attempts left, the status line and the explanation: shared by the widgets. */
export function CheckFooter({
  feedback,
  pending,
  error,
  attemptsLeft,
  checkLabel = 'Check',
  onCheck,
  onRetry,
  summary,
  announcer,
  children,
}: CheckFooterProps) {
  const finished = feedback?.finished ?? false;
  return (
    <>
      <div className="slope-actions">
        {!feedback && (
          <button type="button" className="slope-button" onClick={onCheck} disabled={pending}>
            {pending ? 'Checking…' : checkLabel}
          </button>
        )}
        {feedback && !finished && (
          <button type="button" className="slope-button" onClick={onRetry}>
            Try again
          </button>
        )}
        {attemptsLeft !== null && !finished && (
          <span className="slope-muted">
            {attemptsLeft} {attemptsLeft === 1 ? 'attempt' : 'attempts'} left
          </span>
        )}
      </div>
      {announcer}
      <div role="status" className="slope-status">
        {error && <p className="slope-error">{error}</p>}
        {feedback && (
          <p className="slope-summary" data-ok={feedback.correct}>
            <span aria-hidden="true">{feedback.correct ? '✓ ' : '✗ '}</span>
            {summary}
          </p>
        )}
      </div>
      {children}
      {feedback?.explanation && (
        <div className="slope-explanation">
          <strong>Explanation.</strong> <MathText text={feedback.explanation} />
        </div>
      )}
    </>
  );
}
