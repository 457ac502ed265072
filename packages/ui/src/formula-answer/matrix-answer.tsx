'use client';
import { understand } from '@slope/numeric/expr';
import { useId, useMemo, useState } from 'react';
import { MathText } from '../math/math.tsx';
import { MathPreview } from '../math-input/index.ts';
import { AnswerFrame } from './answer-frame.tsx';
import { shapesOf } from './formula-answer.tsx';
import type { MatrixAnswer as Answer, FormulaFeedback, MatrixProps } from './spec.ts';
import { useAnswerCheck } from './use-answer-check.ts';

export interface MatrixAnswerProps extends MatrixProps {
  onCheck: (answer: Answer) => Promise<FormulaFeedback>;
  initialAnswer?: Answer | null;
  initialFeedback?: FormulaFeedback | null;
}

/**
 * A vector or matrix answered entry by entry (a Jacobian, a Hessian): a grid of plain-text
 * entries, the matrix Slope reads shown typeset, and per-entry feedback after checking.
 */
export function MatrixAnswer({
  id,
  stem,
  symbols,
  rows,
  cols,
  rowLabels,
  colLabels,
  maxAttempts,
  math,
  onCheck,
  initialAnswer,
  initialFeedback,
}: MatrixAnswerProps) {
  const uid = useId();
  const [entries, setEntries] = useState<string[][]>(
    () =>
      initialAnswer?.entries ?? Array.from({ length: rows }, () => Array<string>(cols).fill('')),
  );
  const check = useAnswerCheck<Answer>(onCheck, initialFeedback, maxAttempts);
  const { feedback } = check;
  const shapes = useMemo(() => shapesOf(symbols), [symbols]);
  const readings = entries.map((row) => row.map((t) => (t.trim() ? understand(t, shapes) : null)));
  const preview = readings.every((row) => row.every((r) => r && 'understood' in r))
    ? `\\begin{bmatrix}${readings
        .map((row) => row.map((r) => (r && 'understood' in r ? r.understood.latex : '')).join('&'))
        .join('\\\\')}\\end{bmatrix}`
    : null;
  const firstProblem = readings
    .flatMap((row, r) => row.map((x, c) => ({ x, r, c })))
    .find(({ x }) => x && 'error' in x);
  const notes = (feedback?.entries ?? []).flatMap((e, i) => {
    const [r, c] = [Math.floor(i / cols), i % cols];
    return e.message ? [{ place: `r${r}c${c}`, r, c, message: e.message }] : [];
  });
  const locked = check.locked;

  async function submit() {
    if (entries.some((row) => row.some((t) => !t.trim()))) {
      check.setError('Fill in every entry first (0 where the entry is zero).');
      return;
    }
    await check.check({ entries });
  }

  const cellLabel = (r: number, c: number) =>
    `Row ${r + 1}${rowLabels?.[r] ? ` (${rowLabels[r]})` : ''}, column ${c + 1}${colLabels?.[c] ? ` (${colLabels[c]})` : ''}`;

  return (
    <AnswerFrame
      id={id}
      uid={uid}
      stem={stem}
      math={math}
      className="slope-matrix"
      check={check}
      onSubmit={() => void submit()}
      notes={
        notes.length > 0 && (
          <ul className="slope-matrix__notes">
            {notes.map((n) => (
              <li key={n.place} id={`${uid}-e${n.r}-${n.c}`}>
                {cellLabel(n.r, n.c)}: <MathText text={n.message} />
              </li>
            ))}
          </ul>
        )
      }
    >
      <table className="slope-matrix__grid" aria-describedby={`${uid}-stem`}>
        {colLabels && (
          <thead>
            <tr>
              {rowLabels && <td />}
              {colLabels.map((label) => (
                <th key={label} scope="col">
                  <MathText text={label} />
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {entries.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions
            <tr key={r}>
              {rowLabels && (
                <th scope="row">
                  <MathText text={rowLabels[r] ?? ''} />
                </th>
              )}
              {row.map((value, c) => {
                const verdict = feedback?.entries?.[r * cols + c];
                const place = `r${r}c${c}`;
                return (
                  <td
                    key={place}
                    data-verdict={verdict ? (verdict.correct ? 'correct' : 'incorrect') : undefined}
                  >
                    <input
                      className="slope-matrix__entry"
                      type="text"
                      autoComplete="off"
                      spellCheck={false}
                      aria-label={cellLabel(r, c)}
                      aria-describedby={verdict?.message ? `${uid}-e${r}-${c}` : undefined}
                      value={value}
                      disabled={locked}
                      onChange={(e) => {
                        const next = entries.map((x) => x.slice());
                        next[r]![c] = e.currentTarget.value;
                        setEntries(next);
                        check.setError(null);
                      }}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter' && !locked) void submit();
                      }}
                    />
                    {verdict && (
                      <span className="slope-verdict" data-ok={verdict.correct}>
                        <span aria-hidden="true">{verdict.correct ? '✓' : '✗'}</span>
                        <span className="slope-sr-only">
                          {verdict.correct ? 'right' : 'not right'}
                        </span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="slope-formula__preview" aria-live="polite">
        {!feedback && preview && (
          <>
            <span className="slope-muted">Slope reads: </span>
            <MathPreview latex={preview} />
          </>
        )}
        {!feedback && firstProblem && firstProblem.x && 'error' in firstProblem.x && (
          <span className="slope-muted">
            {cellLabel(firstProblem.r, firstProblem.c)}: not understood yet:{' '}
            {firstProblem.x.error.message}.
          </span>
        )}
      </div>
    </AnswerFrame>
  );
}
