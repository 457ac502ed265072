'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { userMessageOf } from '../shared/user-error.ts';
import { HistoryRow } from './history-row.tsx';
import type { SubmissionHistoryEntry, SubmissionHistoryPage } from './types.ts';

export interface SubmissionHistoryProps {
  /** fetches a page of the learner's submissions, newest first: `before` is the previous page's `nextBefore` */
  load: (before?: number) => Promise<SubmissionHistoryPage>;
  /** how many submissions there are, shown before the list is loaded; null or absent: unknown */
  count?: number | null;
  /** change it (after a new submission, after a grade) to load the list again, at once if open, else when next opened */
  version?: number | string;
  /** puts a submission's code into the editor */
  onRestore: (entry: SubmissionHistoryEntry) => void;
}

type Loaded = {
  version: number | string | undefined;
  total: number;
  submissions: SubmissionHistoryEntry[];
  nextBefore: number | null;
};

/**
 * "My submissions (n)": the learner's own submissions to one exercise, collapsed until opened
 * and loaded only then. Each row (time, attempt, score, diagnosis) opens to the code, the
 * feedback and a button to restore the code into the editor.
 */
export function SubmissionHistory({
  load,
  count = null,
  version,
  onRestore,
}: SubmissionHistoryProps) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Answers to an earlier request (before a newer submission) are dropped.
  const request = useRef(0);

  const fetchPage = useCallback(
    async (before?: number) => {
      const id = ++request.current;
      setLoading(true);
      setError(null);
      try {
        const page = await load(before);
        if (id !== request.current) return;
        setLoaded((previous) => ({
          version,
          total: page.total,
          submissions:
            before === undefined
              ? page.submissions
              : [...(previous?.submissions ?? []), ...page.submissions],
          nextBefore: page.nextBefore,
        }));
      } catch (failure) {
        if (id === request.current)
          setError(
            userMessageOf(failure, 'Could not load your submissions. Try again in a moment.'),
          );
      } finally {
        if (id === request.current) setLoading(false);
      }
    },
    [load, version],
  );

  const stale = !loaded || loaded.version !== version;
  useEffect(() => {
    if (open && stale) void fetchPage();
  }, [open, stale, fetchPage]);

  const total = (stale ? null : loaded?.total) ?? count;
  if (total === 0 && !loaded) return null;
  const entries = loaded?.submissions ?? [];

  return (
    <details
      className="slope-widget slope-history"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="slope-history__summary">
        My submissions{total === null ? '' : ` (${total})`}
      </summary>
      <div role="status" className="slope-status">
        {loading && <p className="slope-muted">Loading your submissions…</p>}
      </div>
      {error && (
        <p className="slope-error">
          {error}{' '}
          <button type="button" className="slope-link-button" onClick={() => void fetchPage()}>
            Try again
          </button>
        </p>
      )}
      {loaded && entries.length === 0 && (
        <p className="slope-muted">You have not submitted any code for this exercise yet.</p>
      )}
      {entries.length > 0 && (
        <ol className="slope-history__list" aria-label="My submissions, newest first">
          {entries.map((entry) => (
            <HistoryRow key={entry.id} entry={entry} onRestore={onRestore} />
          ))}
        </ol>
      )}
      {loaded?.nextBefore != null && (
        <div className="slope-actions">
          <button
            type="button"
            className="slope-button slope-button--secondary"
            disabled={loading}
            onClick={() => void fetchPage(loaded.nextBefore ?? undefined)}
          >
            Show older submissions
          </button>
        </div>
      )}
    </details>
  );
}
