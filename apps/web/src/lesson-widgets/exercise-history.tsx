'use client';

import type { RestoreRequest } from '@slope/ui/exercise';
import {
  SubmissionHistory,
  type SubmissionHistoryEntry,
  type SubmissionHistoryPage,
} from '@slope/ui/submission-history';
import { UserFacingError } from '@slope/ui/user-error';
import { useCallback, useRef, useState } from 'react';

/**
 * What the exercise and its history share: the code to restore into the editor, and a version
 * that moves with each new submission and grade, so an open history loads again.
 */
export function useExerciseHistory(latestNumber: number | null) {
  const [restore, setRestore] = useState<RestoreRequest | null>(null);
  const [version, setVersion] = useState(0);
  const [count, setCount] = useState<number | null>(null);
  const restores = useRef(0);
  return {
    restore,
    version,
    count: count ?? latestNumber,
    onRestore: useCallback((entry: SubmissionHistoryEntry) => {
      setRestore({
        code: entry.code,
        key: ++restores.current,
        label: `submission ${entry.number}`,
      });
    }, []),
    /** a new submission (its number), or a grade (none): the history is out of date */
    changed: useCallback((submissionNumber?: number) => {
      if (submissionNumber !== undefined) setCount(submissionNumber);
      setVersion((v) => v + 1);
    }, []),
  };
}

/** "My submissions" under an exercise, from `GET /api/exercises/:id/submissions`. */
export function ExerciseHistory({
  id,
  count,
  version,
  onRestore,
}: {
  id: string;
  count: number | null;
  version: number;
  onRestore: (entry: SubmissionHistoryEntry) => void;
}) {
  const load = useCallback(
    async (before?: number): Promise<SubmissionHistoryPage> => {
      const query = before === undefined ? '' : `?before=${before}`;
      const response = await fetch(`/api/exercises/${encodeURIComponent(id)}/submissions${query}`, {
        cache: 'no-store',
      });
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      if (!response.ok)
        throw new UserFacingError(
          body.error ?? 'Could not load your submissions. Try again in a moment.',
        );
      return body as SubmissionHistoryPage;
    },
    [id],
  );
  return <SubmissionHistory load={load} count={count} version={version} onRestore={onRestore} />;
}
