'use client';
export { SubmissionHistory, type SubmissionHistoryProps } from './submission-history.tsx';
export type { SubmissionHistoryEntry, SubmissionHistoryPage } from './types.ts';
