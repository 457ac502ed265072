import type { Tolerance } from '@slope/numeric';
/** One public example: the learner sees it and can run it in the browser. */
export interface PublicExample {
  name: string;
  /** JSON arguments, in parameter order */
  args: unknown[];
  expected: unknown;
}

export interface ExerciseParam {
  name: string;
  /** a TypeScript type for display; `Tensor…` types are passed as `@slope/numeric` tensors */
  type?: string;
}

export interface RunRequest {
  code: string;
  functionName: string;
  params: ExerciseParam[];
  examples: PublicExample[];
  /** how close numbers must be, as the exercise's check judges them (default: numeric's) */
  tolerance?: Tolerance | undefined;
}

export type ExampleStatus = 'passed' | 'failed' | 'error' | 'timeout' | 'not-run';

export interface ExampleResult {
  name: string;
  status: ExampleStatus;
  got?: string;
  expected: string;
  message: string;
  timeMs?: number;
}

export interface RunReport {
  /** false: the code did not compile or the function is missing (see formatError) */
  ok: boolean;
  formatError?: { line: number; column: number; message: string };
  examples: ExampleResult[];
  output: string;
  outputTruncated: boolean;
  timeMs: number;
}

/** Worker protocol: request in, one `example` message per finished example, then `done`. */
export type WorkerMessage =
  | { type: 'example'; index: number; result: ExampleResult }
  | { type: 'done'; report: RunReport };
