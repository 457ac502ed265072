'use client';
import { declareSymbol, namesFor, toText, understand } from '@slope/numeric/expr';
import { useId, useMemo, useState } from 'react';
import { MathHtmlProvider, MathText } from '../math/math.tsx';
import { MathInput, MathPreview } from '../math-input/index.ts';
import { CheckFooter } from '../shared/check-footer.tsx';
import { AnswerResult, summaryOf } from './answer-result.tsx';
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
  const { feedback, setFeedback, pending, error, setError, check } = useAnswerCheck<Answer>(
    onCheck,
    initialFeedback,
  );
  const shapes = useMemo(() => shapesOf(symbols), [symbols]);
  const reading = text.trim() ? understand(text, shapes) : null;
  const locked = pending || feedback !== null;
  const attemptsUsed = feedback?.attemptsUsed ?? initialFeedback?.attemptsUsed ?? 0;
  const attemptsLeft =
    feedback?.attemptsLeft ?? (maxAttempts === null ? null : maxAttempts - attemptsUsed);

  async function submit() {
    if (!text.trim()) {
      setError('Type your answer first.');
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
        <SymbolsLine symbols={symbols} example={example} id={`${uid}-symbols`} />
        <MathInput
          id={`${uid}-input`}
          label="Your answer"
          value={text}
          onChange={(value) => {
            setText(value);
            setError(null);
          }}
          onSubmit={() => !locked && void submit()}
          disabled={locked}
          describedBy={`${uid}-stem ${uid}-symbols ${uid}-preview`}
        />
        <div id={`${uid}-preview`} className="slope-formula__preview">
          {!feedback && reading && 'understood' in reading && (
            <>
              <span className="slope-muted">Slope reads: </span>
              <MathPreview latex={reading.understood.latex} />
            </>
          )}
          {!feedback && reading && 'error' in reading && (
            <span className="slope-muted">Not understood yet: {reading.error.message}.</span>
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

/** "Symbols: X (n×d), w (d entries), λ (a number). Plain text: 2*X^T*(X*w - y)". */
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

export function shapesOf(symbols: Record<string, string>) {
  try {
    return namesFor(Object.entries(symbols).map(([name, spec]) => declareSymbol(name, spec)));
  } catch {
    return namesFor([]);
  }
}

export function stateOf(f: FormulaFeedback | null): string {
  if (!f) return 'answering';
  if (f.correct) return 'correct';
  return f.finished ? 'revealed' : 'incorrect';
}
