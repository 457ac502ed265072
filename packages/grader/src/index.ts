export { type ExerciseCatalog, exerciseCatalog } from './exercise/exercise-catalog.ts';
export { type JsonLocations, jsonErrorPlace, locateJson } from './exercise/json-locations.ts';
export { type Example, type Exercise, loadExercise } from './exercise/load-exercise.ts';
export {
  type ContentError,
  ExerciseError,
  type Manifest,
  manifestSchema,
  type ParamType,
  parseManifest,
} from './exercise/manifest.ts';
export {
  type CaseContext,
  type Check,
  defineTests,
  type ExerciseTests,
  type NumericValue,
  type TestCase,
} from './exercise/tests-api.ts';
export * from './grade-result.ts';
export { type Mutant, mutants } from './prove/mutants.ts';
export {
  type ProofCheck,
  type ProofReport,
  type ProveOptions,
  proveExercise,
} from './prove/prove-exercise.ts';
export { withDeadline } from './queue/deadline.ts';
export {
  createInProcessQueue,
  type InProcessQueue,
  type InProcessQueueOptions,
} from './queue/in-process-queue.ts';
export { type LatencySummary, LatencyWindow, summarize } from './queue/latency-window.ts';
export type {
  GradingQueue,
  JobStatus,
  QueueEvent,
  QueueStats,
  Submission,
  SubmissionState,
  SubmitReceipt,
} from './queue/types.ts';
export { toleranceOf } from './runner/check.ts';
export { attemptScore, visibleResult } from './runner/feedback.ts';
export { closeDefaultPool, defaultPool, type GradeOptions, grade } from './runner/grade.ts';
export {
  createGraderPool,
  type GraderPool,
  type GraderPoolOptions,
  type GraderPoolStats,
} from './sandbox/pool.ts';
export { seedFor } from './seed.ts';
export { MAX_CODE_BYTES, transpileSubmission } from './transpile/transpile.ts';
