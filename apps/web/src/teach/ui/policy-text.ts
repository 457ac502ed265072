import type { Manifest } from '@slope/grader';

/** An exercise's own feedback policy in words, e.g. "summary until 2026-12-01". */
export function policyText(manifest: Manifest | null): string {
  const feedback = manifest?.feedback ?? { visibility: 'full' };
  if (feedback.visibility === 'full') return 'full feedback';
  if (feedback.visibility === 'summary') return 'summary only';
  return `summary until ${feedback.due.slice(0, 10)}`;
}

export const VISIBILITY_TEXT = {
  FULL: 'full feedback',
  SUMMARY: 'summary only',
  AFTER_DUE: 'summary until due, then full',
} as const;
