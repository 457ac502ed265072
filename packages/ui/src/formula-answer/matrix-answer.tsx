'use client';
import { understand } from '@slope/numeric/expr';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { MathText } from '../math/math.tsx';
import { MathEntry, MathModeControls, MathPreview, useMathMode } from '../math-input/index.ts';
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
 * A vector or matrix answered entry by entry (a Jacobian, a Hessian): a grid of formula entries
 * (one switch between the formula editor and plain text for all of them), the matrix Slope
 * reads shown typeset, and per-entry feedback after checking.
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
  const gridRef = useRef<HTMLTableElement>(null);
  /** the entry last focused: it keeps focus when the editor changes */
  const focused = useRef(0);
  const plainEntries = () =>
    Array.from(gridRef.current?.querySelectorAll('input') ?? []) as HTMLInputElement[];
  const editor = useMathMode({
    convert(_format, change) {
      setEntries((all) => all.map((row) => row.map((t) => (t.trim() ? change(t) : t))));
    },
    plainHasFocus: () => plainEntries().some((input) => input === document.activeElement),
    focusPlain: () => plainEntries()[focused.current]?.focus(),
  });
  const hintId = `${uid}-hint`;
  useEffect(() => {
    const grid = gridRef.current;
    const remember = (event: FocusEvent) => {
      const cell = (event.target as Element).closest?.('[data-entry]');
      if (cell) focused.current = Number(cell.getAttribute('data-entry'));
    };
    grid?.addEventListener('focusin', remember);
    return () => grid?.removeEventListener('focusin', remember);
  }, []);

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
      <table ref={gridRef} className="slope-matrix__grid" aria-describedby={`${uid}-stem`}>
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
                    data-entry={r * cols + c}
                    data-verdict={verdict ? (verdict.correct ? 'correct' : 'incorrect') : undefined}
                  >
                    <MathEntry
                      editor={editor}
                      id={`${uid}-${place}`}
                      ariaLabel={cellLabel(r, c)}
                      value={value}
                      disabled={locked}
                      describedBy={[hintId, verdict?.message && `${uid}-e${r}-${c}`]
                        .filter(Boolean)
                        .join(' ')}
                      takesFocus={r * cols + c === focused.current}
                      onChange={(text) => {
                        setEntries((all) =>
                          all.map((x, i) => (i === r ? x.map((t, j) => (j === c ? text : t)) : x)),
                        );
                        check.setError(null);
                      }}
                      onSubmit={() => !locked && void submit()}
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
      <MathModeControls editor={editor} hintId={hintId} disabled={locked} />
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
