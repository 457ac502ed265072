import { z } from 'zod';

/** Attempts before the answer is revealed; null = unlimited. Shared by every checked widget. */
export const maxAttemptsSchema = z.number().int().min(1).nullable().default(null);

/** The attempt bookkeeping every check result carries. */
export interface AttemptState {
  attemptsUsed: number;
  attemptsLeft: number | null;
  /** correct or out of attempts: the key may be shown, no more checking */
  finished: boolean;
}

export function attemptState(
  maxAttempts: number | null,
  attemptsUsed: number,
  correct: boolean,
): AttemptState {
  const attemptsLeft = maxAttempts === null ? null : Math.max(0, maxAttempts - attemptsUsed);
  return { attemptsUsed, attemptsLeft, finished: correct || attemptsLeft === 0 };
}
