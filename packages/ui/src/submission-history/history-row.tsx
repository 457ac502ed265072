'use client';
import { useState } from 'react';
import { GradeResultPanel } from '../grade-result-panel/grade-result-panel.tsx';
import type { SubmissionHistoryEntry } from './types.ts';

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The score or where the submission stands, in a few words. */
export function outcomeText(entry: SubmissionHistoryEntry): string {
  switch (entry.status) {
    case 'QUEUED':
      return 'waiting for a grader';
    case 'RUNNING':
      return 'being graded';
    case 'FAILED':
      return 'grading failed on our side';
  }
  if (entry.result && !entry.result.gradable) return 'not graded';
  const score = percent(entry.score ?? 0);
  // The stored penalty is a difference of floats: 1e-10 is no penalty.
  const penalty = percent(entry.penalty);
  return penalty === '0%' ? score : `${score} (−${penalty} penalty)`;
}

/** When, in the viewer's own time zone (formatted in the browser). */
function When({ iso }: { iso: string }) {
  const text = new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return <time dateTime={iso}>{text}</time>;
}

/** One submission: a summary line that opens to its code, its feedback and "Restore". */
export function HistoryRow({
  entry,
  onRestore,
}: {
  entry: SubmissionHistoryEntry;
  onRestore: (entry: SubmissionHistoryEntry) => void;
}) {
  const name = `submission ${entry.number}`;
  const codeId = `slope-history-${entry.id}-code`;
  const [open, setOpen] = useState(false);
  return (
    <li className="slope-history__item">
      <details
        className="slope-history__entry"
        onToggle={(event) => setOpen(event.currentTarget.open)}
      >
        <summary className="slope-history__row">
          <When iso={entry.submittedAt} />
          {' · '}
          <span>{entry.attempt === null ? 'no attempt spent' : `attempt ${entry.attempt}`}</span>
          {' · '}
          <strong>{outcomeText(entry)}</strong>
          {entry.diagnosis && (
            <>
              {' · '}
              <span className="slope-muted">{entry.diagnosis}</span>
            </>
          )}
        </summary>
        {/* Drawn when opened: a page of closed rows stays light. */}
        {open && (
          <div className="slope-history__body">
            <section aria-labelledby={codeId}>
              <p className="slope-history__code-label" id={codeId}>
                Code of {name}
              </p>
              {/* Read-only, not another editor; focusable so a keyboard can scroll a long line. */}
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable */}
              <pre className="slope-history__code" tabIndex={0}>
                <code>{entry.code}</code>
              </pre>
            </section>
            <div className="slope-actions">
              <button
                type="button"
                className="slope-button slope-button--secondary"
                onClick={() => onRestore(entry)}
              >
                Restore this code into the editor
              </button>
            </div>
            {entry.result && (
              <GradeResultPanel result={entry.result} title={`Feedback on ${name}`} />
            )}
            {entry.status === 'FAILED' && entry.errorMessage && (
              <p className="slope-error">{entry.errorMessage} This spent no attempt.</p>
            )}
          </div>
        )}
      </details>
    </li>
  );
}
