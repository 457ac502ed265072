'use client';
export type { SubmissionHistoryEntry, SubmissionHistoryPage } from './types.ts';
