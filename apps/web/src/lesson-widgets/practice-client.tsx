'use client';

import type {
  FormulaAnswerValue,
  FormulaFeedback,
  FormulaProps,
  MatrixAnswerValue,
  MatrixProps,
  NumericProps,
} from '@slope/ui/formula-answer';
import { FormulaAnswer, MatrixAnswer, NumericAnswer } from '@slope/ui/formula-answer';
import { Match } from '@slope/ui/match';
import type { MatchAnswer, MatchFeedback, MatchProps } from '@slope/ui/match/spec';
import { Ordering } from '@slope/ui/ordering';
import type { OrderingAnswer, OrderingFeedback, OrderingProps } from '@slope/ui/ordering/spec';
import { Quiz } from '@slope/ui/quiz';
import type { QuizAnswer, QuizFeedback, QuizProps } from '@slope/ui/quiz/spec';
import { inShownOrder } from '@slope/ui/shown-order';
import { UserFacingError } from '@slope/ui/user-error';
import { useLessonState } from './lesson-state';
import { SignInNote } from './sign-in-note';

type Widget =
  | { widget: 'Quiz'; props: QuizProps }
  | { widget: 'Ordering'; props: OrderingProps }
  | { widget: 'Match'; props: MatchProps }
  | { widget: 'FormulaAnswer'; props: FormulaProps }
  | { widget: 'NumericAnswer'; props: NumericProps }
  | { widget: 'MatrixAnswer'; props: MatrixProps };

/**
 * A practice widget (quiz, ordering, matching, formula, number, matrix) whose answers are
 * checked and saved by the server. The
 * page comes with the order every anonymous visitor sees; a signed-in learner's own order
 * (`shown`, from the lesson state) replaces it before the widget appears.
 */
export function PracticeWidget({ id, ...widget }: Widget & { id: string }) {
  const { course, lesson, ready, signedIn, practice, shown, variants } = useLessonState();
  const saved = practice[id];

  async function check<F>(answer: unknown): Promise<F> {
    if (!signedIn)
      throw new UserFacingError('Sign in to check your answer and keep your progress.');
    const response = await fetch('/api/practice', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ course, lesson, widget: id, answer }),
    });
    const body = (await response.json().catch(() => ({}))) as { feedback?: F; error?: string };
    // 409: already finished elsewhere (another tab); show the final feedback.
    if ((response.ok || response.status === 409) && body.feedback) return body.feedback;
    if (response.status === 401)
      throw new UserFacingError('Your session has ended. Sign in again to check your answer.');
    // 429 says "Take a moment: try again in N s"; 400 names the field the server refused.
    throw new UserFacingError(body.error ?? 'Could not check your answer. Try again in a moment.');
  }

  // Wait for the saved state, so the widget starts from it and an early answer is not lost.
  if (!ready) {
    return (
      <div className="practice practice--loading" id={`practice-${id}`} aria-busy="true">
        <p className="muted">Loading your answers…</p>
      </div>
    );
  }
  const key = 'ready';
  // A question with parameters: this learner's own values (the page has a visitor's).
  const own = variants[id] as (typeof widget)['props'] | undefined;
  const initial = {
    initialAnswer: (saved?.answer ?? null) as never,
    initialFeedback: (saved?.feedback ?? null) as never,
  };
  return (
    <div className="practice" id={`practice-${id}`}>
      {!signedIn && (
        <SignInNote
          anchor={`practice-${id}`}
          gives="to check your answers and keep your progress."
        />
      )}
      {widget.widget === 'Quiz' && (
        <Quiz
          key={key}
          {...widget.props}
          {...initial}
          onCheck={(answer: QuizAnswer) => check<QuizFeedback>(answer)}
        />
      )}
      {widget.widget === 'Ordering' && (
        <Ordering
          key={key}
          {...widget.props}
          items={inShownOrder(widget.props.items, shown[id])}
          {...initial}
          onCheck={(answer: OrderingAnswer) => check<OrderingFeedback>(answer)}
        />
      )}
      {widget.widget === 'Match' && (
        <Match
          key={key}
          {...widget.props}
          items={inShownOrder(widget.props.items, shown[id])}
          {...initial}
          onCheck={(answer: MatchAnswer) => check<MatchFeedback>(answer)}
        />
      )}
      {widget.widget === 'FormulaAnswer' && (
        <FormulaAnswer
          key={key}
          {...((own as typeof widget.props | undefined) ?? widget.props)}
          {...initial}
          onCheck={(answer: FormulaAnswerValue) => check<FormulaFeedback>(answer)}
        />
      )}
      {widget.widget === 'NumericAnswer' && (
        <NumericAnswer
          key={key}
          {...((own as typeof widget.props | undefined) ?? widget.props)}
          {...initial}
          onCheck={(answer: FormulaAnswerValue) => check<FormulaFeedback>(answer)}
        />
      )}
      {widget.widget === 'MatrixAnswer' && (
        <MatrixAnswer
          key={key}
          {...((own as typeof widget.props | undefined) ?? widget.props)}
          {...initial}
          onCheck={(answer: MatrixAnswerValue) => check<FormulaFeedback>(answer)}
        />
      )}
    </div>
  );
}
