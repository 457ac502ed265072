'use client';

import { LearningAids, type LearningAidsView } from '@slope/ui/learning-aids';
import { UserFacingError } from '@slope/ui/user-error';
import { useCallback, useEffect, useState } from 'react';

/**
 * The signed-in learner's hints and worked solution for an exercise, fetched from the server
 * (nothing that is not open for them is in the page) and fetched again whenever `after`
 * changes — a new grade may open a hint or the solution.
 */
export function ExerciseAids({ id, after }: { id: string; after: unknown }) {
  const [aids, setAids] = useState<LearningAidsView | null>(null);

  useEffect(() => {
    void after; // a new grade: ask again
    const controller = new AbortController();
    fetch(`/api/exercises/${id}/aids`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { aids?: LearningAidsView } | null) => setAids(body?.aids ?? null))
      .catch(() => {});
    return () => controller.abort();
  }, [id, after]);

  const onAskHint = useCallback(
    async (index: number) => {
      const response = await fetch(`/api/exercises/${id}/hints`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ index }),
      });
      const body = (await response.json().catch(() => ({}))) as {
        aids?: LearningAidsView;
        error?: string;
      };
      if (!response.ok || !body.aids)
        throw new UserFacingError(body.error ?? 'The hint did not open; try again in a moment.');
      setAids(body.aids);
    },
    [id],
  );

  return aids ? <LearningAids aids={aids} onAskHint={onAskHint} /> : null;
}
