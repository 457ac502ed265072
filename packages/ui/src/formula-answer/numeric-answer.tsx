'use client';
import { namesFor, understand } from '@slope/numeric/expr';
import { useId, useState } from 'react';
import { AnswerFrame } from './answer-frame.tsx';
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
  const check = useAnswerCheck<Answer>(onCheck, initialFeedback, maxAttempts);
  const reading = text.trim() ? understand(text, NO_NAMES) : null;

  async function submit() {
    if (!text.trim()) check.setError('Type a number first.');
    else await check.check({ text });
  }

  return (
    <AnswerFrame
      id={id}
      uid={uid}
      stem={stem}
      math={math}
      check={check}
      onSubmit={() => void submit()}
    >
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
        disabled={check.locked}
        aria-describedby={`${uid}-stem ${uid}-preview`}
        onChange={(e) => {
          setText(e.currentTarget.value);
          check.setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !check.locked) void submit();
        }}
      />
      <div id={`${uid}-preview`} className="slope-formula__preview slope-muted">
        {!check.feedback && reading && 'error' in reading && (
          <>Not understood yet: {reading.error.message}.</>
        )}
        {!check.feedback && reading && 'understood' in reading && reading.expr.k !== 'num' && (
          <>Slope reads: {reading.understood.text}</>
        )}
      </div>
    </AnswerFrame>
  );
}
