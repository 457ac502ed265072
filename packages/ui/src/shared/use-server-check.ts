import { useState } from 'react';
import { userMessageOf } from './user-error.ts';

/**
 * The check cycle every practice widget shares: send the answer through `onCheck` (the server
 * decides), keep the feedback, show a learner-facing error when the check fails.
 */
export function useServerCheck<Answer, Feedback>(
  onCheck: (answer: Answer) => Promise<Feedback>,
  initialFeedback: Feedback | null | undefined,
  failMessage: string,
) {
  const [feedback, setFeedback] = useState<Feedback | null>(initialFeedback ?? null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function check(answer: Answer) {
    setError(null);
    setPending(true);
    try {
      setFeedback(await onCheck(answer));
    } catch (caught) {
      setError(userMessageOf(caught, failMessage));
    } finally {
      setPending(false);
    }
  }

  return { feedback, setFeedback, pending, error, setError, check };
}
