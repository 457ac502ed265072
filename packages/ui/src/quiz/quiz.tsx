'use client';
import { useId, useState } from 'react';
import { ControlText, MathHtmlProvider, MathText } from '../math/math.tsx';
import { CheckFooter } from '../shared/check-footer.tsx';
import { mathLabel } from '../shared/plain-text.ts';
import { useServerCheck } from '../shared/use-server-check.ts';
import type { QuizAnswer, QuizFeedback, QuizProps } from './spec.ts';

export interface QuizComponentProps extends QuizProps {
  /** sends the answer to the server, which checks it against the key (see `checkQuiz`) */
  onCheck: (answer: QuizAnswer) => Promise<QuizFeedback>;
  /** restored progress */
  initialAnswer?: QuizAnswer | null;
  initialFeedback?: QuizFeedback | null;
}

/** Single- or multiple-choice question, checked by the server through `onCheck`. */
export function Quiz({
  id,
  stem,
  mode,
  choices,
  maxAttempts,
  math,
  onCheck,
  initialAnswer,
  initialFeedback,
}: QuizComponentProps) {
  const uid = useId();
  const [selected, setSelected] = useState<string[]>(initialAnswer?.selected ?? []);
  const {
    feedback,
    setFeedback,
    pending,
    error,
    setError,
    check: send,
  } = useServerCheck<QuizAnswer, QuizFeedback>(
    onCheck,
    initialFeedback,
    'Could not check your answer. Check your connection and try again.',
  );
  const locked = pending || feedback !== null;
  const attemptsUsed = feedback?.attemptsUsed ?? initialFeedback?.attemptsUsed ?? 0;
  const attemptsLeft =
    feedback?.attemptsLeft ?? (maxAttempts === null ? null : maxAttempts - attemptsUsed);

  function toggle(choiceId: string, checked: boolean) {
    if (locked) return;
    setSelected((prev) =>
      mode === 'single'
        ? [choiceId]
        : checked
          ? [...prev, choiceId]
          : prev.filter((s) => s !== choiceId),
    );
  }

  async function check() {
    if (selected.length === 0) {
      setError(mode === 'single' ? 'Choose an answer first.' : 'Select at least one answer.');
      return;
    }
    await send({ selected });
  }

  function retry() {
    setFeedback(null);
    setSelected([]);
  }

  const byId = new Map(feedback?.choices.map((c) => [c.id, c]));
  const finished = feedback?.finished ?? false;

  return (
    <MathHtmlProvider
      value={math && feedback?.math ? { ...math, ...feedback.math } : (math ?? feedback?.math)}
    >
      <div
        className="slope-widget slope-quiz"
        data-state={feedbackState(feedback)}
        data-quiz-id={id}
      >
        <fieldset className="slope-quiz__fieldset">
          <legend className="slope-quiz__stem">
            <MathText text={stem} />
            {mode === 'multiple' && (
              <span className="slope-quiz__hint"> (select all that apply)</span>
            )}
          </legend>
          <ul className="slope-quiz__choices">
            {choices.map((choice) => {
              const fb = byId.get(choice.id);
              const inputId = `${uid}-${choice.id}`;
              const fbId = `${inputId}-fb`;
              const verdict = fb?.correct;
              return (
                <li
                  key={choice.id}
                  className="slope-quiz__choice"
                  data-verdict={
                    verdict === true ? 'correct' : verdict === false ? 'incorrect' : undefined
                  }
                  data-selected={selected.includes(choice.id) || undefined}
                >
                  <input
                    id={inputId}
                    type={mode === 'single' ? 'radio' : 'checkbox'}
                    name={`${uid}-quiz`}
                    value={choice.id}
                    checked={selected.includes(choice.id)}
                    disabled={locked}
                    aria-describedby={fb ? fbId : undefined}
                    onChange={(e) => toggle(choice.id, e.currentTarget.checked)}
                  />
                  <label htmlFor={inputId}>
                    <ControlText text={choice.text} spoken={mathLabel(choice.text)} />
                  </label>
                  {fb && fb.correct !== null && (fb.selected || fb.correct) && (
                    <div id={fbId} className="slope-quiz__feedback">
                      <span className="slope-verdict" data-ok={fb.correct}>
                        <span aria-hidden="true">{fb.correct ? '✓' : '✗'}</span>{' '}
                        {fb.correct ? (fb.selected ? 'Correct' : 'Correct answer') : 'Not quite'}
                      </span>
                      {fb.feedback && (
                        <span className="slope-quiz__why">
                          {' — '}
                          <MathText text={fb.feedback} />
                        </span>
                      )}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
        <CheckFooter
          feedback={feedback}
          pending={pending}
          error={error}
          attemptsLeft={attemptsLeft}
          onCheck={check}
          onRetry={retry}
          summary={
            feedback?.correct
              ? 'Correct!'
              : finished
                ? 'Not quite. The correct answer is marked above.'
                : mode === 'multiple'
                  ? 'Not yet: that is not the right set of answers. Think again, then try again.'
                  : 'Not quite. Read the feedback, then try again.'
          }
        />
      </div>
    </MathHtmlProvider>
  );
}

function feedbackState(f: QuizFeedback | null): string {
  if (!f) return 'answering';
  if (f.correct) return 'correct';
  return f.finished ? 'revealed' : 'incorrect';
}
