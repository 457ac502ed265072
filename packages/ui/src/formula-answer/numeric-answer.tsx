'use client';
import { namesFor, understand } from '@slope/numeric/expr';
import { useId, useState } from 'react';
import { MathHtmlProvider, MathText } from '../math/math.tsx';
import { CheckFooter } from '../shared/check-footer.tsx';
import { AnswerResult, summaryOf } from './answer-result.tsx';
import { stateOf } from './formula-answer.tsx';
import type { FormulaAnswer as Answer, FormulaFeedback, NumericProps } from './spec.ts';
import { useAnswerCheck } from './use-answer-check.ts';

export interface NumericAnswerProps extends NumericProps {
  onCheck: (answer: Answer) => Promise<FormulaFeedback>;
  initialAnswer?: Answer | null;
  initialFeedback?: FormulaFeedback | null;
}

const NO_NAMES = namesFor([]);

/** A number answer (`0.4`, `2/5`, `\frac{2}{5}`), checked by the server within a tolerance. */
export function NumericAnswer({
  id,
  stem,
  maxAttempts,
  math,
  onCheck,
  initialAnswer,
  initialFeedback,
}: NumericAnswerProps) {
  const uid = useId();
  const [text, setText] = useState(initialAnswer?.text ?? '');
  const { feedback, setFeedback, pending, error, setError, check } = useAnswerCheck<Answer>(
    onCheck,
    initialFeedback,
  );
  const reading = text.trim() ? understand(text, NO_NAMES) : null;
  const locked = pending || feedback !== null;
  const attemptsUsed = feedback?.attemptsUsed ?? initialFeedback?.attemptsUsed ?? 0;
  const attemptsLeft =
    feedback?.attemptsLeft ?? (maxAttempts === null ? null : maxAttempts - attemptsUsed);

  async function submit() {
    if (!text.trim()) {
      setError('Type a number first.');
      return;
    }
    await check({ text });
  }

  return (
    <MathHtmlProvider value={{ ...math, ...feedback?.math }}>
      <div
        className="slope-widget slope-formula"
        data-state={stateOf(feedback)}
        data-formula-id={id}
      >
        <div className="slope-formula__stem" id={`${uid}-stem`}>
          <MathText text={stem} />
        </div>
        <label className="slope-formula__label" htmlFor={`${uid}-input`}>
          Your answer
        </label>
        <input
          id={`${uid}-input`}
          className="slope-formula__number"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={text}
          disabled={locked}
          aria-describedby={`${uid}-stem ${uid}-preview`}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !locked) void submit();
          }}
        />
        <div id={`${uid}-preview`} className="slope-formula__preview slope-muted">
          {!feedback && reading && 'error' in reading && (
            <>Not understood yet: {reading.error.message}.</>
          )}
          {!feedback && reading && 'understood' in reading && reading.expr.k !== 'num' && (
            <>Slope reads: {reading.understood.text}</>
          )}
        </div>
        <CheckFooter
          feedback={feedback}
          pending={pending}
          error={error}
          attemptsLeft={attemptsLeft}
          onCheck={() => void submit()}
          onRetry={() => setFeedback(null)}
          summary={summaryOf(feedback)}
        >
          {feedback && <AnswerResult feedback={feedback} id={`${uid}-result`} />}
        </CheckFooter>
      </div>
    </MathHtmlProvider>
  );
}
