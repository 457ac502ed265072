/**
 * The plain-data messages between the host and a sandbox worker. Nothing here holds a
 * function or a class instance: a job goes in with `postMessage`, an outcome comes back.
 */

/** How one argument is laid out in the job's flat `data` buffer and handed to learner code. */
export type ArgSpec =
  /** a number stored at data[o] */
  | { k: 'n'; o: number }
  /** nested arrays (`number[]`, `number[][]`, …) of shape `s` stored row-major from data[o] */
  | { k: 'a'; o: number; s: number[] }
  /** a Float64Array of shape `s` (flat) stored from data[o] */
  | { k: 't'; o: number; s: number[] };

import type { FormatError } from '../grade-result.ts';

/**
 * The longest a worker spends transpiling one submission (on top of the job's `timeMs`);
 * past it the submission is refused as a format error and the worker is replaced.
 */
export const TRANSPILE_LIMIT_MS = 2000;

export interface SandboxJob {
  /**
   * the learner's TypeScript as submitted (checked on the host for size, UTF-8 and nesting):
   * the worker transpiles it, so that step too runs off the host's event loop, bounded
   */
  source: string;
  /** the exported function to call */
  entry: string;
  /** expected parameter names (the signature check compares their number) */
  params: string[];
  /** JSON of `ArgSpec[][]`: one list of arguments per case */
  spec: string;
  /** all numeric inputs of all cases, flat (backed by a SharedArrayBuffer: posted without a copy) */
  data: Float64Array;
  /**
   * every case's arguments already encoded as QuickJS binary JSON, without the format header
   * (see bjson.ts); the worker decodes them in one C call. Shared like `data`.
   */
  inputs?: Uint8Array;
  /** deadline for loading the module and running every case, in ms */
  timeMs: number;
  memoryBytes: number;
  /** the most numbers all outputs together may hold */
  maxOutputElements: number;
}

/** A job once the worker has transpiled its source (what run-job.ts runs). */
export type CompiledJob = Omit<SandboxJob, 'source'> & {
  /** the transpiled learner code: one ES module */
  code: string;
};

export interface SandboxError {
  name: string;
  message: string;
  /** stack frames inside the learner's module, if any */
  stack?: string;
  /** the line in the learner's source where it was thrown (1-based), when known */
  line?: number;
}

/** Why an output could not be read as plain numeric data. */
export interface OutputProblem {
  kind: 'type' | 'not-numbers' | 'ragged' | 'too-deep' | 'too-large' | 'getter';
  message: string;
  path?: number[];
}

export type CaseOutcome =
  | { status: 'ok'; shape: number[]; values: Float64Array; timeMs: number }
  | { status: 'error'; error: SandboxError }
  | { status: 'output'; problem: OutputProblem }
  | { status: 'timeout' | 'memory' | 'not-run'; message: string };

export type SandboxOutcome =
  | {
      kind: 'ran';
      cases: CaseOutcome[];
      output: string;
      outputTruncated: boolean;
      timeMs: number;
    }
  | {
      /** the module did not load: its top-level code threw, ran out of time or memory */
      kind: 'load-error';
      status: 'error' | 'timeout' | 'memory';
      error: SandboxError;
      output: string;
      outputTruncated: boolean;
      timeMs: number;
    }
  | {
      /** the entry is missing, not a function, or takes the wrong number of parameters */
      kind: 'signature';
      missing: boolean;
      /** what the module exports: functions with their parameter names (null: not a function) */
      found: { name: string; params: string[] | null }[];
      output: string;
      outputTruncated: boolean;
      timeMs: number;
    }
  | {
      /** the code could not be transpiled: syntax errors, forbidden imports, too large */
      kind: 'format';
      errors: FormatError[];
      timeMs: number;
    }
  | {
      /** the worker died or stopped answering: the pool replaced it */
      kind: 'crashed';
      status: 'timeout' | 'memory' | 'error';
      message: string;
      timeMs: number;
    };
