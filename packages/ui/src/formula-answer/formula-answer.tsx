'use client';
import { declareSymbol, namesFor, toText, understand } from '@slope/numeric/expr';
import { useId, useMemo, useState } from 'react';
import { MathInput, MathPreview } from '../math-input/index.ts';
import { AnswerFrame } from './answer-frame.tsx';
import type { FormulaAnswer as Answer, FormulaFeedback, FormulaProps } from './spec.ts';
import { useAnswerCheck } from './use-answer-check.ts';

export interface FormulaAnswerProps extends FormulaProps {
  /** sends what was typed to the server, which checks it against the key */
  onCheck: (answer: Answer) => Promise<FormulaFeedback>;
  initialAnswer?: Answer | null;
  initialFeedback?: FormulaFeedback | null;
}

/**
 * A formula answer: the learner types an expression in the question's symbols (formula editor
 * or plain text), sees what Slope reads before checking, and the server names the slip.
 */
export function FormulaAnswer({
  id,
  stem,
  symbols,
  maxAttempts,
  example,
  math,
  onCheck,
  initialAnswer,
  initialFeedback,
}: FormulaAnswerProps) {
  const uid = useId();
  const [text, setText] = useState(initialAnswer?.text ?? '');
  const check = useAnswerCheck<Answer>(onCheck, initialFeedback, maxAttempts);
  const shapes = useMemo(() => shapesOf(symbols), [symbols]);
  const reading = text.trim() ? understand(text, shapes) : null;

  async function submit() {
    if (!text.trim()) check.setError('Type your answer first.');
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
      <SymbolsLine symbols={symbols} example={example} id={`${uid}-symbols`} />
      <MathInput
        id={`${uid}-input`}
        label="Your answer"
        value={text}
        onChange={(value) => {
          setText(value);
          check.setError(null);
        }}
        onSubmit={() => !check.locked && void submit()}
        disabled={check.locked}
        describedBy={`${uid}-stem ${uid}-symbols ${uid}-preview`}
      />
      <div id={`${uid}-preview`} className="slope-formula__preview">
        {!check.feedback && reading && 'understood' in reading && (
          <>
            <span className="slope-muted">Slope reads: </span>
            <MathPreview latex={reading.understood.latex} />
          </>
        )}
        {!check.feedback && reading && 'error' in reading && (
          <span className="slope-muted">Not understood yet: {reading.error.message}.</span>
        )}
      </div>
    </AnswerFrame>
  );
}

/** "In X (n×d), w (d), λ. As plain text, for example: 2*X^T*(X*w - y)". */
function SymbolsLine({
  symbols,
  example,
  id,
}: {
  symbols: Record<string, string>;
  example?: string | undefined;
  id: string;
}) {
  const names = Object.entries(symbols);
  if (!names.length && !example) return null;
  return (
    <p className="slope-formula__symbols slope-muted" id={id}>
      {names.length > 0 && (
        <>
          In{' '}
          {names.map(([name, shape], i) => (
            <span key={name}>
              {i > 0 && ', '}
              <strong>{toText({ k: 'sym', name })}</strong>
              {shape.startsWith('scalar') ? '' : ` (${shape})`}
            </span>
          ))}
          .{' '}
        </>
      )}
      {example && (
        <>
          As plain text, for example: <code>{example}</code>
        </>
      )}
    </p>
  );
}

/** The names and shapes a question's formulas may use (for reading them in the browser). */
export function shapesOf(symbols: Record<string, string>) {
  try {
    return namesFor(Object.entries(symbols).map(([name, spec]) => declareSymbol(name, spec)));
  } catch {
    return namesFor([]);
  }
}
