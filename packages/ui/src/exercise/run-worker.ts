/// <reference lib="webworker" />
// The Web Worker that runs learner code against the public examples. Bundled by Next.js /
// Turbopack / esbuild from `new Worker(new URL('./run-worker.ts', import.meta.url), { type: 'module' })`.
import * as numeric from '@slope/numeric';
import { transform } from 'sucrase';
import { runExamples } from './run-examples.ts';
import type { RunRequest, WorkerMessage } from './types.ts';

const post = (message: WorkerMessage) => (self as unknown as Worker).postMessage(message);

self.addEventListener('message', (event: MessageEvent<RunRequest>) => {
  const report = runExamples(event.data, {
    numeric: numeric as unknown as Record<string, unknown>,
    transpile: (code) =>
      transform(code, { transforms: ['typescript', 'imports'], filePath: 'submission.ts' }).code,
    onExample: (index, result) => post({ type: 'example', index, result }),
  });
  post({ type: 'done', report });
});
