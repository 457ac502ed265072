'use client';
export { Exercise, type ExerciseProps, type SubmissionStatus } from './exercise.tsx';
export type { RestoreRequest } from './restore.tsx';
export {
  createRunWorker,
  type RunOptions,
  runInWorker,
  runReportToGradeResult,
} from './run-in-worker.ts';
export type {
  ExampleResult,
  ExerciseParam,
  PublicExample,
  RunReport,
  RunRequest,
} from './types.ts';
